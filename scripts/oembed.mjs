#!/usr/bin/env node
// Trunk post_build hook, after sandbox-pages.mjs (see Trunk.toml): paste-the-link embeds
// (oEmbed, as WordPress consumes it) when the build knows its public URL.
//
// TWOFOLD_PUBLIC_URL is the absolute URL dist/ is served at (`https://example.org/twofold/`).
// oEmbed needs absolute URLs in both places, so without it nothing is written (and the
// build says so). With it:
// - oembed/<page>.json for each entry page at the top of the dist: a static oEmbed response
//   (`type: rich`) whose `html` is what WordPress keeps of a provider's answer: a
//   `<blockquote>` with a link to the page, then the iframe (WordPress loads its host script,
//   which reads the frame's height messages, only when a blockquote comes first), the iframe
//   opening the sandbox-safe page (sandbox/<page>.html: WordPress frames it in
//   `sandbox="allow-scripts"`, where the plain page's files need CORS), with WordPress's own
//   attributes (`class="wp-embedded-content" sandbox="allow-scripts" security="restricted"`,
//   which it would add anyway). `width="100%"`, so the frame takes the post's column at any
//   width (a fixed 600 would overflow a phone; the JSON's `width` stays a number, as oEmbed
//   requires). No `scrolling="no"`: WordPress caps the height at 1000 px, and a taller screen
//   must still scroll inside the frame;
// - a discovery link early in each entry page's head, right after its <title> (WordPress reads
//   at most 150 KB, up to </head>):
//   <link rel="alternate" type="application/json+oembed" href="…/oembed/<page>.json" title="…">.
// The sandbox pages get none (they are what the embed opens).
//
// It fails the build (exit 1) when the URL is not an absolute http(s) URL or a page cannot
// be read or written.
//
// By hand: TWOFOLD_PUBLIC_URL=https://example.org/twofold/ node scripts/oembed.mjs <dir>

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const publicUrl = process.env.TWOFOLD_PUBLIC_URL ?? '';
const WIDTH = 600;
const HEIGHT = 600;

const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeHtml = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The public URL as a base ending in "/", or an error. */
export function base(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`TWOFOLD_PUBLIC_URL is not an absolute URL: "${url}"`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`TWOFOLD_PUBLIC_URL is not http(s): "${url}"`);
  if (parsed.search || parsed.hash) throw new Error(`TWOFOLD_PUBLIC_URL has a query or fragment: "${url}"`);
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/** The oEmbed response for the entry page `name` titled `title`, served under `root`. */
export function response(root, name, title) {
  const page = new URL(name, root).href;
  const frame = new URL(`sandbox/${name}`, root).href;
  const t = escapeHtml(title);
  const html =
    `<blockquote class="wp-embedded-content"><a href="${escapeHtml(page)}">${t}</a></blockquote>` +
    `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${escapeHtml(frame)}"` +
    ` width="100%" height="${HEIGHT}" title="${t}" frameborder="0" marginwidth="0" marginheight="0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Twofold',
    provider_url: root,
    width: WIDTH,
    height: HEIGHT,
    html,
  };
}

try {
  if (!dir) throw new Error('no TRUNK_STAGING_DIR and no directory argument');
  if (!publicUrl) {
    console.log('oembed: TWOFOLD_PUBLIC_URL is not set, so no oEmbed files or discovery links (both need the absolute URL the build is served at)');
    process.exit(0);
  }
  const root = base(publicUrl);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  mkdirSync(join(dir, 'oembed'), { recursive: true });
  for (const name of pages) {
    const path = join(dir, name);
    const html = readFileSync(path, 'utf8');
    const titleTag = html.match(/<title>([\s\S]*?)<\/title>/i);
    if (!titleTag) throw new Error(`${name} has no <title>`);
    const title = unescapeHtml(titleTag[1].trim());
    const json = `oembed/${name.replace(/\.html$/, '.json')}`;
    writeFileSync(join(dir, json), `${JSON.stringify(response(root, name, title), null, 1)}\n`);
    const href = new URL(json, root).href;
    const link = `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}">`;
    const without = html.replace(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g, '');
    const at = without.indexOf(titleTag[0]) + titleTag[0].length;
    writeFileSync(path, without.slice(0, at) + link + without.slice(at));
    console.log(`oembed: ${json}, discovered from ${name}`);
  }
} catch (e) {
  console.error(`oembed: ERROR: ${e.message}`);
  process.exit(1);
}
