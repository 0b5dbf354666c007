// A frame that fits its content, in each host protocol, with host pages served from another
// origin than the widget (tests/e2e/hosts/): (a) the H5P resizer's parent side, (b) Twofold's
// embed.js with two widgets on one page, (c) a Canvas-style lti.frameResize parent. At 320 and
// 1280 px, through a whole game to the results and back, the frame's height equals the
// content's within 1 px at every step (no inner scrollbar, nothing cut off, no gap), growing
// and shrinking.
import { test, expect } from '@playwright/test';
import { SortGame } from './support/twofold.mjs';
import { startHostServer } from './hosts/host-server.mjs';
import { expectFits } from './support/frames.mjs';

let hosts;
test.beforeAll(async () => {
  hosts = await startHostServer();
});
test.afterAll(async () => {
  await hosts?.stop();
});

const DECK = 'myth-or-fact';

/** The host page of `kind` framing each of `pages` (widget entry pages). */
async function openHost(page, baseURL, kind, pages, extra = '') {
  const q = new URLSearchParams({ kind, embedjs: new URL('embed.js', baseURL).href });
  for (const p of pages) q.append('src', new URL(p, baseURL).href);
  await page.goto(`${hosts.origin}/host.html?${q}${extra}`);
}

/** Plays frame `n` through a whole deck, checking the fit at every step; returns the heights. */
async function playChecking(page, n) {
  const frame = page.frameLocator('iframe').nth(n);
  const game = new SortGame(frame, DECK);
  const heights = [await expectFits(page, n, 'start screen')];
  await game.start();
  heights.push(await expectFits(page, n, 'first card'));
  const total = game.deck.cards.length;
  for (let i = 0; i < total; i++) {
    const card = await game.currentCard();
    await game.pile(i === 0 ? game.otherPile(card) : card.pile).click();
    if (i < 2) heights.push(await expectFits(page, n, `feedback ${i + 1}`));
    await frame.getByTestId('next-card').click();
    if (i < 2) heights.push(await expectFits(page, n, `card ${i + 2}`));
  }
  await expect(game.results).toBeVisible();
  heights.push(await expectFits(page, n, 'results'));
  await frame.getByTestId('play-again').click();
  await expect(game.card).toBeVisible();
  heights.push(await expectFits(page, n, 'played again'));
  return heights;
}

for (const width of [320, 1280]) {
  for (const kind of ['h5p', 'canvas']) {
    test(`${kind} host at ${width} px: the frame follows the content at every step, growing and shrinking`, async ({ page, baseURL }) => {
      await page.setViewportSize({ width, height: 800 });
      await openHost(page, baseURL, kind, [`sort-${DECK}.html`]);
      const heights = await playChecking(page, 0);
      const results = heights.at(-2);
      expect(results, 'results are taller than a card').toBeGreaterThan(heights[1]);
      expect(heights.at(-1), 'and the frame shrinks back').toBeLessThan(results);
    });
  }

  test(`embed.js with two widgets at ${width} px: each frame gets its own height`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width, height: 800 });
    await openHost(page, baseURL, 'embed', [`sort-${DECK}.html`, 'chooser.html']);
    await expectFits(page, 1, 'chooser, first question');
    const heights = await playChecking(page, 0);
    // The chooser's frame kept its own height while the game's changed.
    const chooser = await expectFits(page, 1, 'chooser, after the game');
    expect(heights.some((h) => Math.abs(h - chooser) > 50)).toBe(true);
    const chooserFrame = page.frameLocator('iframe').nth(1);
    await chooserFrame.locator('input[type=radio]').first().check();
    await chooserFrame.getByTestId('chooser-next').click();
    await expectFits(page, 1, 'chooser, second question');
  });
}

test('a sandboxed frame under the H5P resizer: the handshake cannot complete, and the frame still fits', async ({ page, baseURL }) => {
  await openHost(page, baseURL, 'h5p', [`sort-${DECK}.html`], '&sandbox=1');
  await expectFits(page, 0, 'start screen');
  expect(await page.evaluate(() => window.h5pLog)).toContain('reply-failed');
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('start-game').click();
  await expectFits(page, 0, 'first card');
});

test('focus moving inside the framed widget never scrolls the host page, and nothing takes focus on load', async ({ page, baseURL }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await openHost(page, baseURL, 'embed', [`sort-${DECK}.html`]);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('start-game')).toBeVisible();
  expect(await page.evaluate(() => document.activeElement.tagName)).toBe('BODY');
  // The learner scrolls the host so the frame's top is off screen, then plays by keyboard.
  await frame.getByTestId('start-game').click();
  await expectFits(page, 0, 'first card');
  const y = await page.evaluate(() => { window.scrollTo(0, 200); return window.scrollY; });
  await frame.getByTestId('card').press('1');
  await expect(frame.getByTestId('feedback')).toBeVisible();
  await frame.getByTestId('next-card').press('Enter');
  await expect(frame.getByTestId('card')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(y);
});
