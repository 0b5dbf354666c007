#!/usr/bin/env node
// Size budget for the release build in dist/ (run after scripts/release-build.sh): what a
// learner loads first, per entry page. Each entry page (every *.html at the top of dist/, and
// the sandbox-safe copies in dist/sandbox/) is
// measured with every file it loads at start — its <script src>, the module imports of its
// scripts, its <link rel=preload|modulepreload|stylesheet href>, and the wasm its scripts
// load — each file counted once per page. Every other file in dist/ (fetched later, or not
// by these pages) is held to its own cap. Sizes are brotli (quality 11, what the budgets
// count), with gzip (level 9) and raw beside.
//
// Prints a table per page, then the other files, and exits 1 when a page or a file is over.
// For the home page it prints `total brotli: N bytes (budget B) OK` (or OVER BUDGET), the
// line earlier readers look for.
//
// Usage: node scripts/size-budget.mjs [dist-dir] [--json] [--against <dir> --above <bytes>]
//   --json      print only the pages' totals, as JSON (for --against)
//   --against   hold each page to the same page in <dir> plus <bytes> instead of the budgets
//               below: an LMS package build (target/packages/build-scorm, build-cmi5) against the plain build
//               (dist/), so reporting costs the package at most that much (#10: 12,000 B)

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

// Budgets in brotli bytes. Never raise one silently; see README ("Size budget").
const BUDGETS = {
  // An entry page plus everything it loads at start, by page name; '*' is every other page.
  // sandbox/*: the sandbox-safe copies (#11), the wasm, glue and every content file of every
  // language in one classic script (scripts/sandbox-pages.mjs): their own cap.
  // builder.html: the embed-code builder (#11), no wasm: its page, script, rules, styles,
  // embed.js for its preview, and every language's texts inline.
  pages: { 'index.html': 142_520, 'sort.html': 143_570, 'sandbox/*': 195_050, 'builder.html': 16_500, '*': 146_100 },
  // A file no entry page loads at start, on its own, by path in dist/; '*' is any other.
  // embed.js is the host page's script (#11: its own cap, far below what it may cost).
  files: { 'embed.js': 1_500, '*': 20_000 },
};
const HOME = 'index.html';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv.splice(at, name === '--json' ? 1 : 2)[1] ?? true;
};
const asJson = flag('--json') !== undefined;
const against = flag('--against');
const above = Number(flag('--above') ?? 0);
const dist = resolve(root, argv[0] ?? 'dist');
/** Each page's brotli total in the build at `dir` (this script, run there with --json). */
function totalsIn(dir) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir, '--json'], { encoding: 'utf8' });
  return JSON.parse(out);
}
const fail = (msg) => {
  console.error(`size-budget: ${msg}`);
  process.exit(1);
};

if (!existsSync(dist) || !statSync(dist).isDirectory()) {
  const shown = relative(root, dist).startsWith('..') ? dist : relative(root, dist);
  fail(`${shown}/ does not exist; run scripts/release-build.sh --public-url ./ first`);
}

// ---- sizes -------------------------------------------------------------------------------

const sizes = new Map(); // path in dist -> { raw, gzip, brotli }
function size(file) {
  if (!sizes.has(file)) {
    const data = readFileSync(join(dist, file));
    const brotli = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length;
    sizes.set(file, { raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli });
  }
  return sizes.get(file);
}

// ---- what a page loads at start ------------------------------------------------------------

/** The attributes of a tag's attribute text (`a=b c="d"`), names lower-cased. */
function attributes(text) {
  const out = {};
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** The <script> and <link> elements of a page: { tag, attrs, body }. */
function elements(html) {
  const found = [];
  const bare = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of bare.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<link\b([^>]*)>/gi)) {
    if (m[3] !== undefined) found.push({ tag: 'link', attrs: attributes(m[3]), body: '' });
    else found.push({ tag: 'script', attrs: attributes(m[1]), body: m[2] });
  }
  return found;
}

/** Module specifiers a script imports (static and dynamic), which must exist, and the
 *  .wasm files it names, which count where they exist (the glue's default name is unused
 *  when the loader passes the wasm's path). */
function scriptReferences(code) {
  const imports = [];
  for (const m of code.matchAll(/\bimport\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) imports.push(m[1]);
  for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) imports.push(m[1]);
  const wasm = [...code.matchAll(/["'`]([^"'`\s]+\.wasm)["'`]/g)].map((m) => m[1]);
  return { imports, wasm };
}

/** A reference from `fromFile` (a path in dist) as a path in dist, or null if not local. */
function local(ref, fromFile) {
  if (!ref || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) return null; // data:, https:, //cdn
  const path = ref.split(/[?#]/)[0];
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(fromFile), path);
  return posix.normalize(joined);
}

/** Every file the page loads at start, the page first, each once; and those missing. */
function startFiles(page) {
  const files = new Set([page]);
  const missing = new Set();
  const scripts = []; // [code, path it is relative to]
  const add = (ref, from, mayBeAbsent = false) => {
    const file = local(ref, from);
    if (!file || files.has(file)) return;
    if (!existsSync(join(dist, file))) return mayBeAbsent || missing.add(file);
    files.add(file);
    if (/\.m?js$/.test(file)) scripts.push([readFileSync(join(dist, file), 'utf8'), file]);
  };
  for (const { tag, attrs, body } of elements(readFileSync(join(dist, page), 'utf8'))) {
    if (tag === 'link') {
      const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      if (rel.some((r) => ['preload', 'modulepreload', 'stylesheet'].includes(r))) add(attrs.href, page);
    } else if (!/json/i.test(attrs.type ?? '')) {
      if (attrs.src !== undefined) add(attrs.src, page);
      else scripts.push([body, page]);
    }
  }
  while (scripts.length) {
    const [code, from] = scripts.shift();
    const { imports, wasm } = scriptReferences(code);
    imports.forEach((ref) => add(ref, from));
    wasm.forEach((ref) => add(ref, from, true));
  }
  return { files: [...files], missing: [...missing] };
}

// ---- report -------------------------------------------------------------------------------

const budgetOf = (table, name) => table[name] ?? table[name.replace(/[^/]*$/, '*')] ?? table['*'];
const num = (n) => String(n).padStart(10);

function table(title, rows, extra = () => '') {
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(width)} ${num('raw')} ${num('gzip')} ${num('brotli')}${extra(null)}`);
  for (const r of rows) console.log(`${r.name.padEnd(width)} ${num(r.raw)} ${num(r.gzip)} ${num(r.brotli)}${extra(r)}`);
  return width;
}

const top = readdirSync(dist, { withFileTypes: true });
const html = (entries, dir = '') =>
  entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => dir + e.name).sort();
const sandbox = existsSync(join(dist, 'sandbox')) ? readdirSync(join(dist, 'sandbox'), { withFileTypes: true }) : [];
// A package build (--against) is held on its entry pages only: its zips ship no sandbox pages.
const pages = [...html(top), ...(against ? [] : html(sandbox, 'sandbox/'))];
if (!pages.includes(HOME)) fail(`no ${HOME} in ${dist}`);
pages.sort((a, b) => (a === HOME ? -1 : b === HOME ? 1 : 0)); // home first

const over = [];
const loadedAtStart = new Set();
const summary = [];
const baseline = against ? totalsIn(resolve(root, against)) : null;
if (asJson) console.log = () => {};
for (const page of pages) {
  const { files, missing } = startFiles(page);
  files.forEach((f) => loadedAtStart.add(f));
  const rows = files.map((name) => ({ name, ...size(name) }));
  const total = ['raw', 'gzip', 'brotli'].reduce((t, k) => ({ ...t, [k]: rows.reduce((s, r) => s + r[k], 0) }), {});
  const width = table(`${page}: the page and what it loads at start`, rows);
  console.log(`${'TOTAL'.padEnd(width)} ${num(total.raw)} ${num(total.gzip)} ${num(total.brotli)}`);
  for (const m of missing) console.warn(`size-budget: WARNING: ${page} loads ${m}, which is not in dist/`);
  const budget = baseline ? (baseline[page] ?? 0) + above : budgetOf(BUDGETS.pages, page);
  const ok = total.brotli <= budget;
  if (!ok) over.push(`${page} by ${total.brotli - budget} bytes`);
  const verdict = `${total.brotli} bytes (budget ${budget}) ${ok ? 'OK' : 'OVER BUDGET'}`;
  console.log(page === HOME ? `total brotli: ${verdict}` : `${page} brotli: ${verdict}`);
  summary.push({ name: page, ...total, budget, ok });
}

function walk(dir) {
  return readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) => {
    const p = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  });
}
// A file with a cap of its own is held to it even where a page loads it (embed.js, which the
// builder page loads for its preview). A package build (--against) ships no sandbox files.
const others = walk('')
  .filter((f) => (!loadedAtStart.has(f) || f in BUDGETS.files) && !(against && f.startsWith('sandbox/')))
  .sort();
if (others.length) {
  const rows = others.map((name) => {
    const cap = budgetOf(BUDGETS.files, name);
    const s = size(name);
    if (s.brotli > cap) over.push(`${name} by ${s.brotli - cap} bytes`);
    return { name, ...s, cap };
  });
  table('other files (no entry page loads them at start), each against its cap', rows, (r) =>
    r ? ` ${num(r.cap)} ${r.brotli <= r.cap ? 'OK' : 'OVER'}` : ` ${num('cap')}`,
  );
}

if (asJson) {
  process.stdout.write(JSON.stringify(Object.fromEntries(summary.map((r) => [r.name, r.brotli]))));
  process.exit(0);
}
const title = baseline
  ? `entry pages, brotli against the same page in ${against} plus ${above}`
  : 'entry pages, brotli against their budget';
table(title, summary, (r) =>
  r ? ` ${num(r.budget)} ${r.ok ? 'OK' : 'OVER'}` : ` ${num('budget')}`,
);
if (over.length) fail(`over budget: ${over.join('; ')}`);
