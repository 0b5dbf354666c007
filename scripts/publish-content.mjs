#!/usr/bin/env node
// Trunk post_build step (see [[hooks]] in Trunk.toml): publishes the built-in content as
// files of their own, so no learner pays on first load for a deck they do not open.
//
// What it owns, in $TRUNK_STAGING_DIR only:
// - content/<id>.<hash>.json for each deck in content/index.json (menu order) and for the
//   questionnaire: the source file re-serialised without whitespace, named by the first 10
//   hex digits of its SHA-256, so a host may cache it for ever;
// - in each *.html, the manifest naming those files, as inert JSON the widget reads at start:
//   <script type="application/json" id="twofold-content">{"decks":[…],"chooser":"…"}</script>
//   (read by twofold_core::content::Manifest).
// A missing or broken content file fails the build: a widget without its content is broken.
//
// By hand: node scripts/publish-content.mjs <dir>   (a built dist; rewritten in place)

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const MANIFEST = /<script type="application\/json" id="twofold-content">[^<]*<\/script>\s*/;

function publish(source, id) {
  const text = JSON.stringify(JSON.parse(readFileSync(join(root, source), 'utf8')));
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  const href = `content/${id}.${hash}.json`;
  writeFileSync(join(dir, href), text);
  return href;
}

try {
  if (!dir) throw new Error('no staging dir (TRUNK_STAGING_DIR or an argument)');
  const index = JSON.parse(readFileSync(join(root, 'content/index.json'), 'utf8'));
  mkdirSync(join(dir, 'content'), { recursive: true });
  const manifest = {
    decks: index.decks.map((id) => ({ id, href: publish(`content/decks/${id}.json`, id) })),
    chooser: publish(`content/chooser/${index.chooser}.json`, index.chooser),
  };
  const tag = `<script type="application/json" id="twofold-content">${JSON.stringify(manifest)}</script>\n`;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const path = join(dir, name);
    const html = readFileSync(path, 'utf8').replace(MANIFEST, '');
    const at = html.indexOf('</head>');
    if (at < 0) throw new Error(`${name} has no </head>`);
    writeFileSync(path, html.slice(0, at) + tag + html.slice(at));
  }
  console.log(`publish-content: ${manifest.decks.length} decks and the questionnaire in content/`);
} catch (e) {
  console.error(`publish-content: ERROR: ${e.message}`);
  process.exit(1);
}
