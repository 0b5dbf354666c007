#!/usr/bin/env node
// Writes styles/widths.css: one class per whole percent (.w0 … .w100) setting inline-size,
// so bars and progress bars need no `style` attribute (a strict `style-src` refuses those).
// Run by hand after changing it; the file is committed. Usage: node scripts/widths-css.mjs
import { writeFileSync } from 'node:fs';

let out = `/* Widths in whole percent as classes (.w0 … .w100), so bars and progress need no style
   attribute: a strict CSP (style-src 'self' plus hashes) blocks those. Written by
   scripts/widths-css.mjs; do not edit by hand. */\n`;
for (let i = 0; i <= 100; i++) out += `.w${i}{inline-size:${i}%}`;
writeFileSync(new URL('../styles/widths.css', import.meta.url), `${out}\n`);
