#!/usr/bin/env node
// Trunk post_build hook, after entry-pages.mjs (see Trunk.toml): the sandbox-safe pages.
//
// Why: in `<iframe sandbox="allow-scripts">` (how WordPress frames a pasted link) the page's
// origin is "null", so every file it loads is cross-origin: the plain page's module script, its
// wasm (a CORS fetch) and its content fetches are refused unless the host sends
// `Access-Control-Allow-Origin`, which a plain static host (`python3 -m http.server`, most
// shared hosting) does not. A classic script without `crossorigin` still loads and runs. So:
//
// - sandbox/twofold.<hash>.js: one classic script (js/sandbox.js filled in) holding the wasm's
//   bytes as a string (each byte one character, the file UTF-8 with a BOM so no Content-Type
//   charset can misread it; +3.5 KB brotli over the wasm, where base64 costs +40 KB), the
//   wasm-bindgen glue turned from a module into plain code (its `export {…}` dropped, its
//   `import.meta.url` the page's base URL, never used: the bytes are passed in), and every
//   content file the manifest names, in every language (the content of all the activities:
//   brotli shares their words, about 50 KB for all of it), so an embed can still go home,
//   open another activity and show any language, fetching nothing. Its name carries the hash
//   of its bytes, so a host may cache it for ever; every sandbox page shares it.
// - sandbox/<page>.html for each entry page at the top of the dist: a copy without the module
//   loader, the wasm preload, the glue's modulepreload and its carried content file, loading
//   the script above after js/page.js (`../page-….js`: the crash screen and the frame fitting,
//   unchanged), with a CSS-only notice: the crash screen shown 8 s after load while #twofold
//   is still empty and no script has run (js/sandbox.js marks <html data-starting> and keeps
//   its own time-out), so a frame whose files cannot load is never a blank box. The widget
//   reads its page name from the last path segment, so sandbox/chooser.html opens the chooser.
//
// Storage: a sandboxed frame has none (localStorage and sessionStorage throw); the widget
// keeps progress in memory there (src/platform/storage.rs).
//
// It fails the build (exit 1) when the pages, the loader or the wasm cannot be read: a
// build without these pages would break every oEmbed and sandboxed embed.
//
// By hand: node scripts/sandbox-pages.mjs <dir>   (a built dist; written in place)

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
// The LMS package builds ship no sandbox pages (an LMS frames its packages itself, and the
// cmi5 build's glue imports its transport module, which a classic script cannot):
// scripts/package.sh turns them off.
if (process.env.TWOFOLD_SANDBOX_PAGES === 'off') {
  console.log('sandbox-pages: off (TWOFOLD_SANDBOX_PAGES=off, a package build)');
  process.exit(0);
}
// `make serve`'s debug build neither: its glue imports its snippets as modules, which a
// classic script cannot (the release builds, `make dist` and the tests', write them).
if (process.env.TRUNK_PROFILE === 'debug') {
  console.log('sandbox-pages: off (a debug build; the release build writes them)');
  process.exit(0);
}
const OUT = 'sandbox';

/** The notice for a frame whose files cannot load (no script has run after 8 s). */
export const NOTICE_CSS =
  ':root:not([data-starting]) #twofold:empty~#twofold-crash[hidden]{display:block;animation:twofold-late 0s 8s backwards}' +
  '@keyframes twofold-late{from{visibility:hidden;block-size:0;overflow:hidden;padding:0}}';

/** The wasm's bytes as the body of a '…' string literal, one character a byte. */
export function byteString(bytes) {
  const parts = [];
  for (const b of bytes) {
    parts.push(b === 0x5c ? '\\\\' : b === 0x27 ? "\\'" : b === 0x0a ? '\\n' : b === 0x0d ? '\\r' : String.fromCharCode(b));
  }
  return parts.join('');
}

/** The wasm-bindgen glue (an ES module) as plain code, and the local name of its default export. */
export function classicGlue(code) {
  const exports = [...code.matchAll(/\bexport\s*\{([^}]*)\}\s*;?/g)];
  if (exports.length !== 1 || /\bexport\s+(?:default|function|const|let|var|class)\b/.test(code)) {
    throw new Error('the glue does not end with one `export { … }` as wasm-bindgen writes it');
  }
  const names = exports[0][1].split(',').map((s) => s.trim().split(/\s+as\s+/));
  const init = names.find(([, as]) => as === 'default')?.[0];
  if (!init) throw new Error('the glue has no default export (its init function)');
  if (/\bimport\s*[\w{*(]/.test(code.replace(/import\.meta\.url/g, ''))) throw new Error('the glue imports a module');
  const plain = code.replace(exports[0][0], '').replace(/import\.meta\.url/g, 'document.baseURI');
  return { plain, init };
}

/** The glue's and the wasm's paths, from the module loader Trunk writes into the page. */
function bundle(html) {
  const loader = html.match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/i);
  if (!loader) throw new Error('index.html has no module loader');
  const glue = loader[1].match(/from\s*['"]\.\/([^'"]+\.js)['"]/)?.[1];
  const wasm = loader[1].match(/['"]\.\/([^'"]+\.wasm)['"]/)?.[1];
  if (!glue || !wasm) throw new Error("the module loader names no glue or no wasm");
  return { loader: loader[0], glue, wasm };
}

/** Every content file the page's manifest names: { href: text }. */
function contentFiles(html) {
  const json = html.match(/<script type=["']?application\/json["']? id=["']?twofold-content["']?>([\s\S]*?)<\/script>/i)?.[1];
  if (!json) return {};
  const manifest = JSON.parse(json);
  const hrefs = [...(manifest.decks ?? []).map((d) => d.href), manifest.chooser];
  // Each language's table, and the files of the manifest at its head (publish-content.mjs).
  for (const table of Object.values(manifest.langs ?? {})) {
    const own = JSON.parse(readFileSync(join(dir, table), 'utf8').split('\u001d')[0]);
    hrefs.push(table, ...own.decks.map((d) => d.href), own.chooser);
  }
  return Object.fromEntries(hrefs.filter(Boolean).map((href) => [href, readFileSync(join(dir, href), 'utf8')]));
}

/** The classic script: js/sandbox.js with the glue, the wasm and the content in it. */
function script(glueCode, wasmBytes, files) {
  const { plain, init } = classicGlue(glueCode);
  let code = readFileSync(join(root, 'js', 'sandbox.js'), 'utf8');
  const fill = (name, value) => {
    if (!code.includes(name)) throw new Error(`js/sandbox.js has no ${name}`);
    code = code.split(name).join(value);
  };
  // Replaced last: the wasm string and the glue may contain the other names' text.
  code = code.replace(/^\s*\/\/.*\n/gm, '');
  fill('TWOFOLD_LENGTH', String(wasmBytes.length));
  fill('TWOFOLD_INIT', init);
  fill('TWOFOLD_FILES', JSON.stringify(files));
  const [before, after] = code.split('TWOFOLD_GLUE;');
  if (after === undefined) throw new Error('js/sandbox.js has no TWOFOLD_GLUE;');
  const [head, tail] = before.split('TWOFOLD_WASM');
  if (tail === undefined) throw new Error('js/sandbox.js has no TWOFOLD_WASM');
  return '\ufeff' + head + "'" + byteString(wasmBytes) + "'" + tail + plain + ';\n' + after;
}

/** The sandbox copy of an entry page. */
function sandboxPage(html, { loader, glue, wasm }, scriptName) {
  let out = html.replace(loader, '');
  // The wasm preload and the glue's modulepreload (CORS fetches a "null" origin is refused).
  out = out.replace(/<link\b[^>]*>/gi, (link) => (link.includes(wasm) || link.includes(glue) ? '' : link));
  // The carried content file (the script carries all of them).
  out = out.replace(/<script type=["']?application\/json["']? data-twofold-file=[^>]*>[\s\S]*?<\/script>\n?/gi, '');
  // js/page.js, one folder up; the loader after it (both deferred, so in this order).
  const page = out.match(/<script\b[^>]*\bsrc=["']?\.\/(page-[^"'\s>]+\.js)["']?[^>]*><\/script>/i);
  if (!page) throw new Error("the page does not load js/page.js");
  const pageTag = page[0].replace(`./${page[1]}`, `../${page[1]}`);
  out = out.replace(page[0], `${pageTag}<script defer src=${scriptName}></script>`);
  const at = out.search(/<\/head>|<body/i);
  if (at < 0) throw new Error('the page has no </head>');
  out = out.slice(0, at) + `<style>${NOTICE_CSS}</style>` + out.slice(at);
  for (const gone of [glue, wasm]) if (out.includes(gone)) throw new Error(`the sandbox page still names ${gone}`);
  return out;
}

try {
  if (!dir) throw new Error('no TRUNK_STAGING_DIR and no directory argument');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  if (!pages.includes('index.html')) throw new Error(`no index.html in ${dir}`);
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  const found = bundle(index);
  const files = contentFiles(index);
  const code = script(readFileSync(join(dir, found.glue), 'utf8'), readFileSync(join(dir, found.wasm)), files);
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `twofold.${hash}.js`;
  const out = join(dir, OUT);
  if (existsSync(out)) rmSync(out, { recursive: true });
  mkdirSync(out);
  writeFileSync(join(out, name), code);
  console.log(`sandbox-pages: ${OUT}/${name}: ${Buffer.byteLength(code)} bytes (the wasm, the glue, ${Object.keys(files).length} content files)`);
  for (const p of pages) {
    writeFileSync(join(out, p), sandboxPage(readFileSync(join(dir, p), 'utf8'), found, name));
    console.log(`sandbox-pages: ${OUT}/${p}`);
  }
} catch (e) {
  console.error(`sandbox-pages: ERROR: ${e.message}`);
  process.exit(1);
}
