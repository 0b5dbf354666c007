#!/usr/bin/env node
// Trunk post_build hook (see [[hooks]] in Trunk.toml): makes the wasm the first thing the
// browser fetches. The wasm is the critical path of start-up (120 KB against 4.5 KB of glue),
// but Trunk writes its `<link rel=preload ... .wasm>` after the loader script and the glue's
// modulepreload, and Chromium then requested it about 24 ms after the glue (bench, loopback).
//
// What it owns, in $TRUNK_STAGING_DIR only: in each *.html, the wasm preload link is moved to
// just before the first <script>, given fetchpriority="high" and stripped of its `integrity`
// value: a preload `as=fetch` is a destination subresource integrity does not cover, so
// Chromium ignores the value and warns about it on every load ("The `integrity` attribute is
// currently ignored for preload destinations that do not support subresource integrity"),
// the host page's console's only line. The wasm is fetched by the glue, which keeps its own
// integrity value (its modulepreload). Nothing else changes. If no such link is found it says
// so and leaves the file alone; it never fails the build.
//
// By hand: node scripts/prioritise-wasm.mjs <dir>   (a built dist; rewritten in place)

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const PRELOAD = /<link\b[^>]*\brel="?preload"?[^>]*\.wasm\b[^>]*>|<link\b[^>]*\.wasm\b[^>]*\brel="?preload"?[^>]*>/;

try {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const path = join(dir, name);
    const html = readFileSync(path, 'utf8');
    const link = html.match(PRELOAD)?.[0];
    if (!link) {
      console.warn(`prioritise-wasm: no wasm preload in ${name}; left as it is`);
      continue;
    }
    const bare = link.replace(/\s+integrity=("[^"]*"|[^\s>]*)/, '');
    const prioritised = /fetchpriority/.test(bare) ? bare : bare.replace(/^<link\b/, '<link fetchpriority="high"');
    const without = html.replace(link, '');
    const at = without.indexOf('<script');
    const out = at < 0 ? html : without.slice(0, at) + prioritised + without.slice(at);
    writeFileSync(path, out);
    console.log(`prioritise-wasm: ${name}: wasm preload first, fetchpriority=high, no integrity`);
  }
} catch (e) {
  console.warn(`prioritise-wasm: WARNING: ${e.message}; the page is left as Trunk wrote it`);
}
