#!/usr/bin/env node
// Regenerates the screenshots in docs/screens/ from the release build in dist/ (run
// scripts/release-build.sh first, or `make screens`, which does): every screen a learner
// meets, at 320, 768 and 1280 px, in the light and the dark theme, as
// docs/screens/<screen>-<width>-<theme>.png (what the first screen shows, the window's height
// a phone's, a tablet's or a laptop's). Not part of the tests: the pictures are for people
// (a review, the README, a changelog), and change with every look.
//
// Screens: home; board (a card on the table); placed (right after a placement: the verdict);
// review (at-end mode, every card placed); results; question (the chooser); recommendation.
//
// Usage: node scripts/screens.mjs [--port 4199]

import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 4199;
const out = join(root, 'docs/screens');
const SIZES = [[320, 640], [768, 1024], [1280, 800]];
const THEMES = ['light', 'dark'];
const DECK = 'leadership-training-or-development';

const server = spawn('python3', [join(root, 'scripts/serve_dist.py'), '--port', String(port), '--dir', join(root, 'dist')], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}index.html`)).ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on ${base}`);
}

/** Each screen: its name and how to reach it from a fresh page. */
const screens = [
  ['home', async (page, q) => { await page.goto(`${base}index.html?mode=home${q}`); await page.getByTestId('start-sort').waitFor(); }],
  ['board', async (page, q) => { await startGame(page, q); }],
  ['placed', async (page, q) => { await startGame(page, q); await page.keyboard.press('2'); await page.getByTestId('feedback').waitFor(); }],
  ['review', async (page, q) => {
    await sortAll(page, q);
  }],
  ['results', async (page, q) => {
    await sortAll(page, q);
    await page.getByTestId('check').click();
    await page.getByTestId('results').waitFor();
  }],
  ['question', async (page, q) => { await page.goto(`${base}index.html?mode=chooser${q}`); await page.getByTestId('chooser-next').waitFor(); }],
  ['recommendation', async (page, q) => {
    await page.goto(`${base}index.html?mode=chooser${q}`);
    for (let i = 0; i < 8; i++) {
      await page.locator('.question input[type="radio"]').first().check();
      await page.getByTestId('chooser-next').click();
    }
    await page.getByTestId('chooser-result').waitFor();
  }],
];

/** Plays the myth-or-fact deck in at-end mode to its review, by number keys on the card
 * (each key once the next card is there and has focus: shortcuts act only inside the board). */
async function sortAll(page, q) {
  await startGame(page, `${q}&feedback=end`, 'myth-or-fact');
  const review = page.getByTestId('review');
  for (let i = 0; !(await review.isVisible()); i++) {
    if (i > 40) throw new Error('the review never came');
    const card = page.getByTestId('card');
    const text = await card.textContent({ timeout: 5000 }).catch(() => null);
    if (text === null) continue;
    await card.focus();
    await page.keyboard.press(i % 3 ? '1' : '2');
    await page.waitForFunction((t) => document.querySelector('[data-testid="card"]')?.textContent !== t, text);
  }
}

async function startGame(page, q, deck = DECK) {
  await page.goto(`${base}index.html?deck=${deck}${q}`);
  await page.getByTestId('start-game').click();
  await page.getByTestId('card').waitFor();
  await page.getByTestId('card').focus();
}

try {
  await waitForServer();
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  let n = 0;
  for (const [width, height] of SIZES) {
    for (const theme of THEMES) {
      // Motion off, so a picture never catches a card mid-move.
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme, reducedMotion: 'reduce' });
      for (const [name, reach] of screens) {
        const page = await context.newPage();
        await reach(page, `&theme=${theme}`);
        await page.evaluate(() => document.activeElement?.blur());
        await page.screenshot({ path: join(out, `${name}-${width}-${theme}.png`) });
        await page.evaluate(() => localStorage.clear());
        await page.close();
        n++;
      }
      await context.close();
    }
  }
  await browser.close();
  console.log(`screens: ${n} screenshots in docs/screens/`);
} finally {
  server.kill();
}
