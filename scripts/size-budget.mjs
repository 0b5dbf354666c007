#!/usr/bin/env node
// Size budget for the release build in dist/ (run after `trunk build --release`).
// Prints raw and brotli (quality 11) bytes of every .html .js .wasm .css file and fails
// (exit 1) when the brotli total is over BUDGET.
//
// Usage: node scripts/size-budget.mjs [dist-dir]

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, extname, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

// Total brotli bytes allowed for the shipped files. Never raise silently; see README.
const BUDGET = 139_000;

const EXTENSIONS = new Set(['.html', '.js', '.wasm', '.css']);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.argv[2] ?? 'dist');

if (!existsSync(dist) || !statSync(dist).isDirectory()) {
  const shown = relative(root, dist).startsWith('..') ? dist : relative(root, dist);
  console.error(`size-budget: ${shown}/ does not exist; run trunk build --release first`);
  process.exit(1);
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile() && EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

const files = walk(dist).sort();
if (files.length === 0) {
  console.error(`size-budget: no .html .js .wasm .css files under ${dist}`);
  process.exit(1);
}

const rows = files.map((file) => {
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  return { name: relative(dist, file), raw: data.length, brotli: br.length };
});

const nameWidth = Math.max(4, ...rows.map((r) => r.name.length));
const num = (n) => String(n).padStart(10);
console.log(`${'file'.padEnd(nameWidth)} ${'raw'.padStart(10)} ${'brotli'.padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(nameWidth)} ${num(r.raw)} ${num(r.brotli)}`);

const totalRaw = rows.reduce((s, r) => s + r.raw, 0);
const totalBrotli = rows.reduce((s, r) => s + r.brotli, 0);
console.log(`${'TOTAL'.padEnd(nameWidth)} ${num(totalRaw)} ${num(totalBrotli)}`);

const ok = totalBrotli <= BUDGET;
console.log(`total brotli: ${totalBrotli} bytes (budget ${BUDGET}) ${ok ? 'OK' : 'OVER BUDGET'}`);
if (!ok) {
  console.error(`size-budget: over budget by ${totalBrotli - BUDGET} bytes`);
  process.exit(1);
}
