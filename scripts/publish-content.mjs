#!/usr/bin/env node
// Trunk post_build step (see [[hooks]] in Trunk.toml): publishes the built-in content as
// files of their own, so no learner pays on first load for a deck they do not open.
//
// What it owns, in $TRUNK_STAGING_DIR only:
// - content/<id>.<hash>.json for each deck in content/index.json (menu order) and for the
//   questionnaire: the source file re-serialised without whitespace, named by the first 10
//   hex digits of its SHA-256, so a host may cache it for ever;
// - for each language but English (each content/i18n/<code>.json besides en.json): its table
//   as content/<code>/i18n.<hash>.json, a list of its texts in the core's message order
//   (en.json's keys in order, the lms.* ones last; null for a text it lacks) without the keys,
//   so the wasm needs none (twofold_core's Catalog::from_list reads it), and each of its translated decks and questionnaire
//   (content/l10n/<code>/decks/<id>.json, content/l10n/<code>/chooser/<id>.json) as
//   content/<code>/<id>.<hash>.json; a file not translated is left out (the widget uses
//   English's). English's table is compiled into the wasm: no file;
// - in each *.html, the manifest naming those files, as inert JSON the widget reads at start:
//   <script type="application/json" id="twofold-content">{"decks":[{"id","href","cards"}…],
//   "chooser":"…","questions":8,"langs":[{"lang":"ar","table":"…","decks":[…],"chooser":"…"}]}</script>
//   (read by twofold_core::content::Manifest). The widget fetches one language's files only.
// A missing or broken content file fails the build: a widget without its content is broken.
//
// By hand: node scripts/publish-content.mjs <dir>   (a built dist; rewritten in place)

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const MANIFEST = /<script type="application\/json" id="twofold-content">[^<]*<\/script>\s*/;

/** Writes `source` (relative to the repository) as content/<folder><id>.<hash>.json. */
function publish(source, id, folder = '') {
  const text = JSON.stringify(JSON.parse(readFileSync(join(root, source), 'utf8')));
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const href = `content/${folder}${id}.${hash}.json`;
  mkdirSync(join(dir, 'content', folder), { recursive: true });
  writeFileSync(join(dir, href), text);
  return href;
}

/** How many `field` items (cards, questions) the file has: the home screen's durations. */
function size(source, field) {
  return JSON.parse(readFileSync(join(root, source), 'utf8'))[field].length;
}

/** The keys of the interface's messages in the order the core numbers them (core/build.rs:
 * content/i18n/en.json's order, the lms.* ones last). */
function messageKeys() {
  const keys = Object.keys(JSON.parse(readFileSync(join(root, 'content/i18n/en.json'), 'utf8')));
  const lms = (k) => k.startsWith('lms.');
  return [...keys.filter((k) => !lms(k)), ...keys.filter(lms)];
}

/** A language's table as the widget reads it (twofold_core's Catalog::from_list): its
 * entries in message order, null where it has none, without the keys. */
function publishTable(lang) {
  const table = JSON.parse(readFileSync(join(root, `content/i18n/${lang}.json`), 'utf8'));
  const text = JSON.stringify(messageKeys().map((k) => table[k] ?? null));
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const href = `content/${lang}/i18n.${hash}.json`;
  mkdirSync(join(dir, 'content', lang), { recursive: true });
  writeFileSync(join(dir, href), text);
  return href;
}

/** One language's table and translated files, as the manifest lists them. */
function language(lang, index) {
  const l10n = `content/l10n/${lang}`;
  const translated = (path) => existsSync(join(root, path));
  const entry = { lang, table: publishTable(lang) };
  entry.decks = index.decks
    .filter((id) => translated(`${l10n}/decks/${id}.json`))
    .map((id) => ({ id, href: publish(`${l10n}/decks/${id}.json`, id, `${lang}/`) }));
  const chooser = `${l10n}/chooser/${index.chooser}.json`;
  if (translated(chooser)) entry.chooser = publish(chooser, index.chooser, `${lang}/`);
  return entry;
}

try {
  if (!dir) throw new Error('no staging dir (TRUNK_STAGING_DIR or an argument)');
  const index = JSON.parse(readFileSync(join(root, 'content/index.json'), 'utf8'));
  mkdirSync(join(dir, 'content'), { recursive: true });
  const manifest = {
    decks: index.decks.map((id) => ({ id, href: publish(`content/decks/${id}.json`, id), cards: size(`content/decks/${id}.json`, 'cards') })),
    chooser: publish(`content/chooser/${index.chooser}.json`, index.chooser),
    questions: size(`content/chooser/${index.chooser}.json`, 'questions'),
    langs: readdirSync(join(root, 'content/i18n'))
      .filter((n) => n.endsWith('.json') && n !== 'en.json')
      .map((n) => n.slice(0, -'.json'.length))
      .sort()
      .map((lang) => language(lang, index)),
  };
  const tag = `<script type="application/json" id="twofold-content">${JSON.stringify(manifest)}</script>\n`;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const path = join(dir, name);
    const html = readFileSync(path, 'utf8').replace(MANIFEST, '');
    const at = html.indexOf('</head>');
    if (at < 0) throw new Error(`${name} has no </head>`);
    writeFileSync(path, html.slice(0, at) + tag + html.slice(at));
  }
  const langs = manifest.langs.map((l) => l.lang).join(', ');
  console.log(`publish-content: ${manifest.decks.length} decks and the questionnaire in content/, and in ${langs}`);
} catch (e) {
  console.error(`publish-content: ERROR: ${e.message}`);
  process.exit(1);
}
