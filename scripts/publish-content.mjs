#!/usr/bin/env node
// Trunk post_build step (see [[hooks]] in Trunk.toml): publishes the built-in content as
// files of their own, so no learner pays on first load for a deck they do not open.
//
// What it owns, in $TRUNK_STAGING_DIR only:
// - content/<id>.<hash>.json for each deck in content/index.json (menu order) and for the
//   questionnaire: the source file re-serialised without whitespace, named by the first 10
//   hex digits of its SHA-256, so a host may cache it for ever;
// - for each language but English (each content/i18n/<code>.json besides en.json): each of its
//   translated decks and questionnaire (content/l10n/<code>/decks/<id>.json,
//   content/l10n/<code>/chooser/<id>.json) as content/<code>/<id>.<hash>.json (a file not
//   translated is left out: the widget uses English's), and its table as
//   content/<code>/i18n.<hash>.txt: at its head the manifest below in that language (each
//   file its translation where there is one; no `langs`) and U+001D, then its texts in the
//   core's message order (en.json's keys in order, crash.* first, so js/page.js finds the
//   crash screen's three texts first; the lms.* ones last) separated by U+001E, a plural one
//   U+001F and then its forms (zero one two few many other, empty where it has none)
//   separated by U+001F, an empty entry for a text it lacks. js/page.js fetches it, puts its
//   head in the page as the manifest, and hands the texts to the wasm (twofold_core's
//   Catalog::from_records reads them): no keys and no JSON there, so the wasm needs neither.
//   English's table is compiled into the wasm: no file;
// - in each *.html, the manifest naming those files, as inert JSON the widget reads at start:
//   <script type="application/json" id="twofold-content">{"decks":[{"id","href","cards"}…],
//   "chooser":"…","questions":8,"langs":{"ar":"content/ar/i18n.<hash>.txt",…}}</script>
//   (read by twofold_core::content::Manifest; `langs` by js/page.js only). A page fetches one
//   language's files only.
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
 * content/i18n/en.json's order, crash.* first, the lms.* ones last). */
function messageKeys() {
  const keys = Object.keys(JSON.parse(readFileSync(join(root, 'content/i18n/en.json'), 'utf8')));
  const lms = (k) => k.startsWith('lms.');
  if (keys.slice(0, 3).join() !== 'crash.heading,crash.body,crash.reload') throw new Error('content/i18n/en.json must start with crash.heading, crash.body, crash.reload (js/page.js reads them first)');
  return [...keys.filter((k) => !lms(k)), ...keys.filter(lms)];
}

/** What ends a published table's head (its language's files), separates its entries, and a
 * plural entry's forms. */
const FILES = '\u001d';
const RECORD = '\u001e';
const FORM = '\u001f';
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** A language's table as the widget reads it (twofold_core's Catalog::from_records): its
 * entries in message order, empty where it has none, without the keys. */
function publishTable(lang, manifest) {
  const table = JSON.parse(readFileSync(join(root, `content/i18n/${lang}.json`), 'utf8'));
  const entry = (key) => {
    const value = table[key] ?? '';
    const forms = typeof value === 'string' ? [value] : CATEGORIES.map((c) => value[c] ?? '');
    if (forms.some((f) => /[\u001d-\u001f]/.test(f))) throw new Error(`content/i18n/${lang}.json: ${key} holds U+001D, U+001E or U+001F`);
    return typeof value === 'string' ? value : FORM + forms.join(FORM);
  };
  const text = JSON.stringify(manifest) + FILES + messageKeys().map(entry).join(RECORD);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const href = `content/${lang}/i18n.${hash}.txt`;
  mkdirSync(join(dir, 'content', lang), { recursive: true });
  writeFileSync(join(dir, href), text);
  return href;
}

/** One language's table, with at its head the manifest in that language (`english`'s, each
 * file its translation where there is one): the manifest's entry for the language. */
function language(lang, index, english) {
  const l10n = `content/l10n/${lang}`;
  const own = (path, id) => (existsSync(join(root, path)) ? publish(path, id, `${lang}/`) : undefined);
  const manifest = {
    ...english,
    decks: english.decks.map((d) => ({ ...d, href: own(`${l10n}/decks/${d.id}.json`, d.id) ?? d.href })),
    chooser: own(`${l10n}/chooser/${index.chooser}.json`, index.chooser) ?? english.chooser,
  };
  return publishTable(lang, manifest);
}

try {
  if (!dir) throw new Error('no staging dir (TRUNK_STAGING_DIR or an argument)');
  const index = JSON.parse(readFileSync(join(root, 'content/index.json'), 'utf8'));
  mkdirSync(join(dir, 'content'), { recursive: true });
  const manifest = {
    decks: index.decks.map((id) => ({ id, href: publish(`content/decks/${id}.json`, id), cards: size(`content/decks/${id}.json`, 'cards') })),
    chooser: publish(`content/chooser/${index.chooser}.json`, index.chooser),
    questions: size(`content/chooser/${index.chooser}.json`, 'questions'),
  };
  manifest.langs = Object.fromEntries(
    readdirSync(join(root, 'content/i18n'))
      .filter((n) => n.endsWith('.json') && n !== 'en.json')
      .map((n) => n.slice(0, -'.json'.length))
      .sort()
      .map((lang) => [lang, language(lang, index, { ...manifest })]),
  );
  const tag = `<script type="application/json" id="twofold-content">${JSON.stringify(manifest)}</script>\n`;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const path = join(dir, name);
    const html = readFileSync(path, 'utf8').replace(MANIFEST, '');
    const at = html.indexOf('</head>');
    if (at < 0) throw new Error(`${name} has no </head>`);
    writeFileSync(path, html.slice(0, at) + tag + html.slice(at));
  }
  const langs = Object.keys(manifest.langs).join(', ');
  console.log(`publish-content: ${manifest.decks.length} decks and the questionnaire in content/, and in ${langs}`);
} catch (e) {
  console.error(`publish-content: ERROR: ${e.message}`);
  process.exit(1);
}
