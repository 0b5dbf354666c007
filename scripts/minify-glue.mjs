#!/usr/bin/env node
// Trunk post_build hook (see [[hooks]] in Trunk.toml): shrinks the wasm-bindgen JS glue of a
// release build and its wasm's names. Trunk's own minifier (`minify = "on_release"`) gives up
// on wasm-bindgen's `export { initSync, __wbg_init as default }` and ships the glue unminified.
//
// What it owns, in $TRUNK_STAGING_DIR only (before Trunk moves it to dist), for each
// top-level *.js that is wasm-bindgen glue (defines `__wbg_init`):
//   - the JS snippets the glue imports (snippets/**.js: the Rust side's
//     `#[wasm_bindgen(module = ...)]` files, such as the packages' LMS transports), put inside
//     the glue: each becomes one function scope returning its exports, at the glue's top,
//     and each import line of it a binding to that one instance, so start-up fetches one
//     script, not two in a row (the glue, then the snippet it imports); the snippet files and their empty folders are removed, and so is the
//     `<link rel=modulepreload>` Trunk writes for each. A snippet with imports of its own,
//     or exports other than `export function|const|let|class <name>`, stops the step;
//   - the names between the glue and its `<name>_bg.wasm`, shortened in both
//     (scripts/wasm-names.mjs: about 150 hashed names, 3.8 KB brotli a page);
//   - the glue rewritten by terser (module: true, compress + mangle; export names are never
//     renamed). A file name keeps its hash of the unminified file, which still changes
//     whenever the file does;
//   - the `integrity="shaNNN-..."` values of the glue in the staging *.html, recomputed (the
//     wasm's preload carries none: see prioritise-wasm.mjs).
// It does nothing in debug builds (TRUNK_PROFILE=debug). It never fails the build: if terser is
// missing, the output would export different names, or anything else goes wrong, it prints a
// warning and leaves every file as it was (exit status 0 always).
//
// By hand: node scripts/minify-glue.mjs <dir>   (a built dist; rewritten in place)

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { shortNames } from './wasm-names.mjs';

const log = (msg) => console.log(`minify-glue: ${msg}`);
const warn = (msg) => console.warn(`minify-glue: WARNING: ${msg}; the JS glue and the wasm ship as Trunk wrote them`);

// Subresource-integrity value of `data` for each algorithm Trunk may use.
const integrities = (data) =>
  ['sha256', 'sha384', 'sha512'].map((alg) => `${alg}-${createHash(alg).update(data).digest('base64')}`);

// Names the module exports, found by loading it (the glue only defines functions at top level,
// and an inlined snippet only its own). Static imports, if any are left, are left out: a data:
// module cannot resolve relative specifiers.
const exportNames = async (code) => {
  const alone = code.replace(/\bimport\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*["'][^"']+["'];?/g, '');
  return Object.keys(await import(`data:text/javascript;base64,${Buffer.from(alone).toString('base64')}`)).sort().join(',');
};

const SNIPPET_IMPORT = /\bimport\s*(\*\s*as\s+[\w$]+|\{[^}]*\})\s*from\s*["'](\.\/snippets\/[^"']+)["'];?/g;
const SNIPPET_EXPORT = /^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm;

/** `code` (a snippet module) as an expression: a function scope that returns its exports. */
const snippetExpression = (code, name) => {
  if (/^\s*import\b/m.test(code)) throw new Error(`${name} has imports of its own`);
  const names = [];
  const body = code.replace(SNIPPET_EXPORT, (_, kind, id) => (names.push(id), `${kind} ${id}`));
  if (/^\s*export\b/m.test(body)) throw new Error(`${name} exports in a way this step cannot inline`);
  return `(() => {\n${body}\nreturn { ${names.join(', ')} };\n})()`;
};

/** The glue with each snippet it imports put inside it, once (wasm-bindgen may import one
 *  snippet twice, by name and as a namespace: both must see the same module, one state); and
 *  the snippet paths used. */
const inlineSnippets = (glue, dir) => {
  const used = [];
  const defined = [];
  const code = glue.replace(SNIPPET_IMPORT, (_, binding, path) => {
    const file = join(dir, path);
    let n = used.indexOf(file);
    if (n < 0) {
      n = used.push(file) - 1;
      defined.push(`const __twofold_snippet${n} = ${snippetExpression(readFileSync(file, 'utf8'), path)};`);
    }
    const star = binding.match(/^\*\s*as\s+([\w$]+)$/);
    const pattern = star ? star[1] : binding.replace(/\s+as\s+/g, ': ');
    return `const ${pattern} = __twofold_snippet${n};`;
  });
  return { code: defined.length ? `${defined.join('\n')}\n${code}` : code, used };
};

async function main() {
  const profile = process.env.TRUNK_PROFILE;
  if (profile && profile !== 'release') return; // debug builds: leave the glue readable
  const given = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!given) return warn('no TRUNK_STAGING_DIR and no directory argument');
  const dir = resolve(given);

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
  const snippetFiles = new Set();
  for (const f of glue) {
    const { code, used } = inlineSnippets(f.code, dir);
    used.forEach((u) => snippetFiles.add(u));
    // The integrity values in the HTML are of the file as Trunk wrote it.
    f.original = f.code;
    f.code = code;
    const wasmName = f.name.replace(/\.js$/, '_bg.wasm');
    f.renamed = 0;
    if (names.includes(wasmName)) {
      const short = shortNames(readFileSync(join(dir, wasmName)), f.code);
      Object.assign(f, { code: short.glue, wasm: { path: join(dir, wasmName), bytes: short.wasm }, renamed: short.renamed });
    }
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
    const olds = integrities(f.original);
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
      written.push([f.path, f.original]);
      if (f.wasm) {
        const before = readFileSync(f.wasm.path);
        writeFileSync(f.wasm.path, f.wasm.bytes);
        written.push([f.wasm.path, before]);
      }
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
  // Last, as nothing can be put back after it: the snippets now inside the glue.
  for (const file of snippetFiles) {
    rmSync(file);
    for (let d = dirname(file); d !== dir && d.startsWith(dir) && readdirSync(d).length === 0; d = dirname(d)) rmdirSync(d);
  }
  for (const file of snippetFiles) log(`${file.slice(dir.length + 1)} inlined into the glue`);
  for (const f of glue) {
    log(`${f.name} ${Buffer.byteLength(f.original)} -> ${Buffer.byteLength(f.min)} bytes; ` +
      `${f.replaced} integrity value(s) updated; ${f.renamed} wasm name(s) shortened`);
  }
}

try {
  await main();
} catch (err) {
  warn(err && err.message ? err.message : String(err));
}
process.exitCode = 0;
