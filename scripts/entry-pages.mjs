#!/usr/bin/env node
// Trunk post_build hook, the last step of the one hook chain in Trunk.toml: writes one entry
// page per activity next to index.html, over the same bundle. Each is a copy of the staged
// index.html (so it loads the same hashed JS and wasm, with the same integrity values and
// preloads) with its own <title>; the widget reads the page's name (core's
// `EntryPage::from_path`) and opens that activity: `sort-<deck id>.html` per built-in deck,
// `chooser.html` for the chooser.
//
// Which pages: content/index.json (`{"decks": [ids in menu order], "chooser": id}`, which
// publish-content.mjs requires too), plus sort.html. Titles (English for now) come from
// each content file's "title".
//
// Content in the page: if the staged index.html carries a content manifest
// (<script type="application/json" id="twofold-content">{"decks":[{"id","href"}],"chooser":href}),
// each deck page carries its own deck's file, and chooser.html the questionnaire, inline as
// inert JSON (`<script type="application/json" data-twofold-file="<href>">…</script>`, with
// `</` written `<\/`), so its first screen needs no request after the wasm: the widget
// takes it as that file, fetched. Without a manifest nothing is added.
//
// It fails the build (exit 1) when index.html or the content list cannot be read: a build
// without its entry pages would break every link to them.
//
// By hand: node scripts/entry-pages.mjs <dir>   (a built dist; pages written in place)

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const content = join(root, 'content');
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** The activities: deck ids in menu order and the chooser's id (or null). */
function activities() {
  const { decks, chooser } = readJson(join(content, 'index.json'));
  if (!Array.isArray(decks)) throw new Error('content/index.json: "decks" is not a list');
  return { decks, chooser: chooser ?? null };
}

/** "Twofold: " and the content file's title, its first letter lower-cased. */
function title(path, fallback) {
  let text = fallback;
  try {
    text = readJson(path).title ?? fallback;
  } catch {
    console.warn(`entry-pages: no title in ${path}; using "${fallback}"`);
  }
  return `Twofold: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The content manifest in the page, if any: `{ decks: [{id, href}], chooser: href }`. */
function manifest(html) {
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const id = attrs.match(/\bid=["']?([^"'\s>]+)/i)?.[1];
    const type = attrs.match(/\btype=["']?([^"'\s>]+)/i)?.[1];
    if (id === 'twofold-content' && type === 'application/json') return JSON.parse(body);
  }
  return null;
}

/** index.html with this title and, if href is given, that content file inline in its head. */
function page(html, pageTitle, href) {
  let out = html.replace(/<title>[\s\S]*?<\/title>/i, `<title>${escapeHtml(pageTitle)}</title>`);
  if (href) {
    const text = readFileSync(join(dir, href), 'utf8').replace(/<\//g, '<\\/');
    const inline = `<script type="application/json" data-twofold-file="${escapeHtml(href)}">${text}</script>\n`;
    const at = out.search(/<\/head>/i);
    if (at < 0) throw new Error('index.html has no </head>');
    out = out.slice(0, at) + inline + out.slice(at);
  }
  return out;
}

try {
  if (!dir) throw new Error('no TRUNK_STAGING_DIR and no directory argument');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const found = manifest(html);
  const { decks, chooser } = activities();
  // sort.html: the sorting game with the learner choosing the deck (fetched as needed).
  const pages = [{ file: 'sort.html', title: 'Twofold: sort the cards', href: undefined }];
  pages.push(...decks.map((id) => ({
    file: `sort-${id}.html`,
    title: title(join(content, 'decks', `${id}.json`), id),
    href: found?.decks?.find((d) => d.id === id)?.href,
  })));
  if (chooser) {
    pages.push({
      file: 'chooser.html',
      title: title(join(content, 'chooser', `${chooser}.json`), chooser),
      href: found?.chooser,
    });
  }
  for (const p of pages) {
    writeFileSync(join(dir, p.file), page(html, p.title, p.href));
    console.log(`entry-pages: ${p.file} "${p.title}"${p.href ? `, carries ${p.href}` : ''}`);
  }
} catch (e) {
  console.error(`entry-pages: ERROR: ${e.message}`);
  process.exit(1);
}
