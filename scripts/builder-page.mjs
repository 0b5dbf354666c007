#!/usr/bin/env node
// Trunk post_build hook, after oembed.mjs and before csp-headers.mjs (see Trunk.toml): the
// embed-code builder, a page of its own that loads no wasm, so the widget's first load does
// not grow:
// - builder.html, from builder/builder.html with its data inline (`#builder-data`): the
//   activities (an entry page each, from the content manifest in the staged index.html and
//   content/index.json's order), the languages the manifest lists (English first), each
//   language's builder texts (content/i18n/builder/<lang>.json), direction and name, each
//   activity's name in each language (the decks' and the questionnaire's titles, from
//   content/ and content/l10n/<lang>/), and whether this build wrote oEmbed files;
// - builder/builder.css: styles/tokens.css and styles/base.css (the widget's look, light and
//   dark) then builder/builder.css; builder/builder.js and builder/rules.mjs as they are.
// It fails the build (exit 1) when a page, a table or a content file cannot be read.
//
// By hand: node scripts/builder-page.mjs <dir>   (a built dist; the files written in place)

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const read = (path) => readFileSync(join(root, path), 'utf8');
const readJson = (path) => JSON.parse(read(path));
// Languages written right to left (the widget's own list is core's `Lang::dir`).
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** The content manifest the build put in index.html. */
function manifest(html) {
  const m = html.match(/<script type="application\/json" id="twofold-content">([\s\S]*?)<\/script>/);
  if (!m) throw new Error('index.html carries no content manifest (publish-content.mjs runs first)');
  return JSON.parse(m[1]);
}

/** A language's own name, capitalised as a menu item ("Español"). */
function autonym(code) {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** A content file's title in `lang` (its translation, else English's). */
function titleIn(lang, kind, id) {
  const own = `content/l10n/${lang}/${kind}/${id}.json`;
  return readJson(lang !== 'en' && existsSync(join(root, own)) ? own : `content/${kind}/${id}.json`).title;
}

try {
  if (!dir) throw new Error('no TRUNK_STAGING_DIR and no directory argument');
  const index = readJson('content/index.json');
  const found = manifest(readFileSync(join(dir, 'index.html'), 'utf8'));
  const decks = found.decks.map((d) => d.id);
  const langs = ['en', ...Object.keys(found.langs)];
  const pages = [
    { page: 'index.html', kind: 'home' },
    { page: 'sort.html', kind: 'sort' },
    ...decks.map((deck) => ({ page: `sort-${deck}.html`, kind: 'sort', deck })),
    ...(index.chooser ? [{ page: 'chooser.html', kind: 'chooser' }] : []),
  ];
  for (const { page } of pages) {
    if (!existsSync(join(dir, page))) throw new Error(`no ${page} in the build (entry-pages.mjs runs first)`);
  }
  const data = {
    pages,
    langs,
    autonyms: Object.fromEntries(langs.map((l) => [l, autonym(l)])),
    dirs: Object.fromEntries(langs.map((l) => [l, RTL.has(l) ? 'rtl' : 'ltr'])),
    texts: Object.fromEntries(langs.map((l) => [l, readJson(`content/i18n/builder/${l}.json`)])),
    names: Object.fromEntries(
      langs.map((l) => [
        l,
        {
          decks: Object.fromEntries(decks.map((d) => [d, titleIn(l, 'decks', d)])),
          chooser: index.chooser ? titleIn(l, 'chooser', index.chooser) : '',
        },
      ]),
    ),
    oembed: existsSync(join(dir, 'oembed')),
  };
  const json = JSON.stringify(data).replace(/<\//g, '<\\/');
  const html = read('builder/builder.html').replace(
    '<script type="application/json" id="builder-data">{}</script>',
    () => `<script type="application/json" id="builder-data">${json}</script>`,
  );
  if (!html.includes(json)) throw new Error('builder/builder.html has no #builder-data block');
  mkdirSync(join(dir, 'builder'), { recursive: true });
  writeFileSync(join(dir, 'builder.html'), html);
  const css = ['styles/tokens.css', 'styles/base.css', 'builder/builder.css'].map(read).join('\n');
  writeFileSync(join(dir, 'builder', 'builder.css'), css);
  for (const file of ['builder.js', 'rules.mjs']) writeFileSync(join(dir, 'builder', file), read(`builder/${file}`));
  console.log(`builder-page: builder.html, ${pages.length} activities in ${langs.join(', ')}${data.oembed ? '' : ' (no oEmbed files)'}`);
} catch (e) {
  console.error(`builder-page: ERROR: ${e.message}`);
  process.exit(1);
}
