#!/usr/bin/env node
// Trunk post_build hook, after sandbox-pages.mjs (see Trunk.toml): each entry page's first
// screen, pre-rendered, in the page itself, so it paints with the HTML; the wasm then mounts
// over it (Yew's renderer empties #twofold and renders the same screen in the same task, so
// nothing paints between; src/ui/mod.rs waits for that screen's content first).
//
// - The markup: `cargo run --features prerender --bin prerender` (src/bin/prerender.rs, on the
//   host, on stable: this script clears the release build's nightly settings for it), which
//   renders the very App the wasm mounts with Yew's server renderer, for each page and every
//   language with a table (once per language: English from the page's manifest, another from
//   its table, content/<code>/i18n.<hash>.txt, named by the manifest's `langs`, whose head is
//   the manifest in that language), from this build's published content and tables: the
//   widget's first render for a fresh visit, by construction.
// - Into each entry page at the top of the dist (a page with an empty #twofold; the sandbox
//   pages, written before, are left as they are: their frames have no storage, so their
//   sorting and chooser screens open with a notice, and their time-outs and CSS-only notice
//   read an empty #twofold): every variant inside #twofold, its root marked
//   `data-pre="<code>"`; on <html> what the head script needs (`data-pre-page`: index, sort,
//   deck or chooser; `data-pre-deck`: the page's deck, or sort.html's first; `data-pre-langs`);
//   in <head> a style that hides every variant but the chosen one, and js/prerender-head.js
//   inline, minified by terser (it must run before the first paint; the CSP step hashes both),
//   which chooses.
//
// Off with TWOFOLD_PRERENDER=off (the LMS package builds: there the LMS decides the first
// screen, its language, a resumed attempt and a locked activity, only once the wasm asks it).
// It fails the build (exit 1) when a page, the content or the pre-renderer fails.
//
// By hand: node scripts/prerender.mjs <dir>   (a built dist; pages written in place)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];

/** The widget's empty root, as Trunk writes it (minified or not). */
const ROOT = /<div id=["']?twofold["']?><\/div>/;

/** The head script, minified by terser (else its comment lines and indentation dropped). */
export async function headScript() {
  const code = readFileSync(join(root, 'js', 'prerender-head.js'), 'utf8');
  try {
    const { minify } = await import('terser');
    const out = await minify(code, { compress: true, mangle: true });
    if (out.code) return out.code;
  } catch (e) {
    console.warn(`prerender: the head script is not minified (${e.message ?? e})`);
  }
  return code.replace(/^\s*\/\/.*\n/gm, '').replace(/^\s+/gm, '').trim();
}

/** The style hiding every variant but the one the head script chose. */
export const hideCss = (langs) =>
  langs.map((l) => `html:not([data-pre-lang=${l}]) #twofold>[data-pre=${l}]`).join(',') + '{display:none}';

/** The manifest's text in a page. */
function manifestText(html) {
  const m = html.match(/<script type=["']?application\/json["']? id=["']?twofold-content["']?>([\s\S]*?)<\/script>/i);
  if (!m) throw new Error('the page has no content manifest');
  return m[1];
}

/** What the head script reads on <html> for this page. */
function pageAttributes(file, decks) {
  const deck = file.match(/^sort-(.+)\.html$/)?.[1];
  if (deck) return { page: 'deck', deck };
  if (file === 'sort.html') return { page: 'sort', deck: decks[0] };
  if (file === 'chooser.html') return { page: 'chooser' };
  return { page: 'index' };
}

/** The page with its variants (`{code: markup}`, in the order given), style and head script. */
export function withPrerender(html, file, variants, decks, script) {
  if (!ROOT.test(html)) throw new Error(`${file} has no empty #twofold`);
  const langs = Object.keys(variants);
  const markup = langs
    .map((l) => {
      const open = variants[l].match(/^<div\b/);
      if (!open) throw new Error(`${file}: the ${l} render does not start with the widget's root`);
      return `<div data-pre="${l}"` + variants[l].slice(4);
    })
    .join('');
  let out = html.replace(ROOT, (empty) => empty.replace('></div>', `>${markup}</div>`));
  const { page, deck } = pageAttributes(file, decks);
  const attrs = ` data-pre-page="${page}"${deck ? ` data-pre-deck="${deck}"` : ''} data-pre-langs="${langs.join(' ')}"`;
  out = out.replace(/<html\b/i, (tag) => tag + attrs);
  const head = `<style>${hideCss(langs)}</style><script>${script}</script>`;
  const at = out.search(/<\/head>/i);
  if (at < 0) throw new Error(`${file} has no </head>`);
  return out.slice(0, at) + head + out.slice(at);
}

/** The environment for the host's cargo: none of the release build's nightly settings. */
function hostEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(RUSTUP_TOOLCHAIN|RUSTFLAGS|RUSTDOCFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_TARGET_DIR|CARGO_BUILD_.*|CARGO_UNSTABLE_.*)$/.test(key)) delete env[key];
  }
  return env;
}

/** Pre-renders every entry page of `dir` in place. */
async function main() {
  if (!dir) throw new Error('no TRUNK_STAGING_DIR and no directory argument');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .filter((f) => ROOT.test(readFileSync(join(dir, f), 'utf8')))
    .sort();
  if (!pages.includes('index.html')) throw new Error(`no index.html with an empty #twofold in ${dir}`);
  const manifest = manifestText(readFileSync(join(dir, 'index.html'), 'utf8'));
  const decks = (JSON.parse(manifest).decks ?? []).map((d) => d.id);
  // English from the page's manifest, each other language from its table (one run each: a
  // process installs one table).
  const langs = ['en', ...Object.keys(JSON.parse(manifest).langs ?? {})];
  const tmp = mkdtempSync(join(tmpdir(), 'twofold-prerender-'));
  const rendered = Object.fromEntries(pages.map((p) => [p, {}]));
  try {
    writeFileSync(join(tmp, 'manifest.json'), manifest);
    for (const lang of langs) {
      const out = execFileSync(
        'cargo',
        ['run', '--quiet', '--manifest-path', join(root, 'Cargo.toml'), '--features', 'prerender', '--bin', 'prerender', '--',
          dir, join(tmp, 'manifest.json'), lang, ...pages],
        { env: hostEnv(), cwd: root, maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const markup = JSON.parse(out.toString('utf8'));
      for (const p of pages) rendered[p][lang] = markup[p];
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const script = await headScript();
  for (const file of pages) {
    const path = join(dir, file);
    const html = withPrerender(readFileSync(path, 'utf8'), file, rendered[file], decks, script);
    writeFileSync(path, html);
    console.log(`prerender: ${file} (${Object.keys(rendered[file]).join(', ')})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.env.TWOFOLD_PRERENDER === 'off') {
    console.log('prerender: off (TWOFOLD_PRERENDER=off, a package build)');
  } else {
    main().catch((e) => {
      console.error(`prerender: ERROR: ${e.message}`);
      process.exit(1);
    });
  }
}
