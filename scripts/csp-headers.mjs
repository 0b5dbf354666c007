#!/usr/bin/env node
// Trunk post_build hook, after entry-pages.mjs (the last step of the chain in Trunk.toml):
// writes `_headers` in the staging dist, the strict Content-Security-Policy every page works
// under, in the form several static hosts read (Netlify, Cloudflare Pages; others take the
// header line as it is):
//   script-src 'self' 'wasm-unsafe-eval' + the sha256 of each inline script (Trunk's module
//   loader); style-src 'self' + the sha256 of each inline <style> (the widget's CSS, inlined
//   by Trunk); everything else 'self', no plugins, no <base>, no form posts.
// The hashes change with every build, hence a file written by the build. Data blocks
// (<script type="application/json">) are not scripts and need no hash. It fails the build when
// a page cannot be read.
//
// By hand: node scripts/csp-headers.mjs <dir>   (a built dist; _headers written in place)

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];

/** The sha256 CSP source of a text. */
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The inline scripts a browser runs (no src; no type, a JavaScript type, or module). */
function inlineScripts(html) {
  const out = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type && type !== 'module' && !/javascript|ecmascript/.test(type)) continue;
    out.push(body);
  }
  return out;
}

const inlineStyles = (html) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);

/** The policy for these pages. */
export function policy(pages) {
  const scripts = new Set();
  const styles = new Set();
  for (const html of pages) {
    inlineScripts(html).forEach((s) => scripts.add(hash(s)));
    inlineStyles(html).forEach((s) => styles.add(hash(s)));
  }
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...[...scripts].sort()].join(' '),
    ["style-src 'self'", ...[...styles].sort()].join(' '),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

try {
  if (!dir) throw new Error('no TRUNK_STAGING_DIR and no directory argument');
  // The entry pages and their sandbox-safe copies (scripts/sandbox-pages.mjs).
  const htmlIn = (d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.html')).map((f) => join(d, f)) : []);
  const pages = [...htmlIn(dir), ...htmlIn(join(dir, 'sandbox'))].map((f) => readFileSync(f, 'utf8'));
  if (pages.length === 0) throw new Error(`no pages in ${dir}`);
  const text = `# Written by scripts/csp-headers.mjs at build time: the hashes change with every build.\n/*\n  Content-Security-Policy: ${policy(pages)}\n`;
  writeFileSync(join(dir, '_headers'), text);
  console.log(`csp-headers: _headers for ${pages.length} pages`);
} catch (e) {
  console.error(`csp-headers: ERROR: ${e.message}`);
  process.exit(1);
}
