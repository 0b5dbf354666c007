#!/usr/bin/env node
// Trunk post_build hook (see [[hooks]] in Trunk.toml): minifies the wasm-bindgen JS glue of a
// release build. Trunk's own minifier (`minify = "on_release"`) gives up on wasm-bindgen's
// `export { initSync, __wbg_init as default }` and ships the glue unminified.
//
// What it owns, in $TRUNK_STAGING_DIR only (before Trunk moves it to dist):
//   - each top-level *.js that is wasm-bindgen glue (defines `__wbg_init`), and each JS snippet
//     the glue imports (snippets/**.js: the Rust side's `#[wasm_bindgen(module = ...)]` files,
//     such as the cmi5 packages' transport): rewritten in place by terser (module: true,
//     compress + mangle; export names are never renamed). A file name keeps its hash of the
//     unminified file, which still changes whenever the file does;
//   - the `integrity="shaNNN-..."` values of those files in the staging *.html, recomputed;
//   - the `<link rel=modulepreload>` Trunk writes for each snippet, removed: the glue imports
//     the snippet itself (it is fetched as soon as the glue is read, long before the wasm it
//     serves has arrived), and a preload link with its 64-character hash costs each page
//     about 180 bytes brotli.
// It does nothing in debug builds (TRUNK_PROFILE=debug). It never fails the build: if terser is
// missing, the output would export different names, or anything else goes wrong, it prints a
// warning and leaves every file as it was (exit status 0 always).
//
// By hand: node scripts/minify-glue.mjs <dir>   (a built dist; minified in place)

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const log = (msg) => console.log(`minify-glue: ${msg}`);
const warn = (msg) => console.warn(`minify-glue: WARNING: ${msg}; the JS glue ships unminified`);

// Subresource-integrity value of `data` for each algorithm Trunk may use.
const integrities = (data) =>
  ['sha256', 'sha384', 'sha512'].map((alg) => `${alg}-${createHash(alg).update(data).digest('base64')}`);

// Names the module exports, found by loading it (the glue only defines functions at top level).
// Its static imports (the snippets, used only inside functions; `import { … } from` or, as
// wasm-bindgen writes them now, `import * as importN from`) are left out: a data: module
// cannot resolve relative specifiers.
const exportNames = async (code) => {
  const alone = code.replace(/\bimport\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*["'][^"']+["'];?/g, '');
  return Object.keys(await import(`data:text/javascript;base64,${Buffer.from(alone).toString('base64')}`)).sort().join(',');
};

async function main() {
  const profile = process.env.TRUNK_PROFILE;
  if (profile && profile !== 'release') return; // debug builds: leave the glue readable
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) return warn('no TRUNK_STAGING_DIR and no directory argument');

  let minify;
  try {
    ({ minify } = await import('terser'));
  } catch {
    return warn('terser is not installed (run `npm ci`)');
  }

  const names = readdirSync(dir);
  const htmlFiles = names.filter((n) => n.endsWith('.html')).map((n) => join(dir, n));
  const html = new Map(htmlFiles.map((f) => [f, readFileSync(f, 'utf8')]));
  const glue = names
    .filter((n) => n.endsWith('.js'))
    .map((n) => ({ name: n, path: join(dir, n), code: readFileSync(join(dir, n), 'utf8') }))
    .filter((f) => f.code.includes('__wbg_init'));
  if (glue.length === 0) return warn(`no wasm-bindgen glue (*.js defining __wbg_init) in ${dir}`);
  const walk = (sub) =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(sub, e.name)) : e.name.endsWith('.js') ? [join(sub, e.name)] : [],
    );
  for (const name of existsSync(join(dir, 'snippets')) ? walk('snippets') : []) {
    glue.push({ name, path: join(dir, name), code: readFileSync(join(dir, name), 'utf8') });
  }

  // Everything is computed in memory first; files are written only when all of it worked.
  const newHtml = new Map(html);
  for (const [file, text] of newHtml) {
    newHtml.set(file, text.replace(/<link\b[^>]*\bhref="?\.?\/?snippets\/[^>]*>/g, (tag) => (/modulepreload/.test(tag) ? '' : tag)));
  }
  for (const f of glue) {
    const out = await minify(f.code, {
      module: true, // ES module: top-level names may be mangled, export names never are
      ecma: 2020,
      compress: true,
      mangle: true,
      format: { comments: false },
    }).catch((err) => {
      throw new Error(`terser failed on ${f.name}: ${err.message ?? err}`);
    });
    f.min = out.code;
    if (!f.min) throw new Error(`terser produced no output for ${f.name}`);
    const [before, after] = [await exportNames(f.code), await exportNames(f.min)];
    if (before !== after) throw new Error(`${f.name} would export [${after}] instead of [${before}]`);
    const olds = integrities(f.code);
    const news = integrities(f.min);
    f.replaced = 0;
    for (const [file, text] of newHtml) {
      let t = text;
      olds.forEach((old, i) => {
        f.replaced += t.split(old).length - 1;
        t = t.replaceAll(old, news[i]);
      });
      newHtml.set(file, t);
    }
  }

  const written = [];
  try {
    for (const f of glue) {
      writeFileSync(f.path, f.min);
      written.push([f.path, f.code]);
    }
    for (const [file, text] of newHtml) {
      if (text === html.get(file)) continue;
      writeFileSync(file, text);
      written.push([file, html.get(file)]);
    }
  } catch (err) {
    for (const [file, original] of written) writeFileSync(file, original); // put back what was written
    throw err;
  }
  for (const f of glue) {
    log(`${f.name} ${Buffer.byteLength(f.code)} -> ${Buffer.byteLength(f.min)} bytes; ` +
      `${f.replaced} integrity value(s) updated`);
  }
}

try {
  await main();
} catch (err) {
  warn(err && err.message ? err.message : String(err));
}
process.exitCode = 0;
