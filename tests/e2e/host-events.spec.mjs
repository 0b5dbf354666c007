// Host events: with ?parentOrigin= the widget posts ready, progress and completed to its
// parent at that origin only; with another origin named, the host hears nothing; a message
// forged by another window (a sibling frame) changes nothing.
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser } from './support/twofold.mjs';
import { startHostServer } from './hosts/host-server.mjs';

let hosts;
test.beforeAll(async () => {
  hosts = await startHostServer();
});
test.afterAll(async () => {
  await hosts?.stop();
});

const DECK = 'myth-or-fact';
const open = async (page, baseURL, pages) => {
  const q = new URLSearchParams({ kind: 'events' });
  for (const p of pages) q.append('src', new URL(p, baseURL).href);
  await page.goto(`${hosts.origin}/host.html?${q}`);
};
const events = (page) => page.evaluate(() => window.hostEvents.map((e) => ({ ...e.data, origin: e.origin, from: e.from })));

test('the named origin hears ready, progress after each card, and completed with the score', async ({ page, baseURL }) => {
  await open(page, baseURL, [`sort-${DECK}.html?parentOrigin=${encodeURIComponent(hosts.origin)}`]);
  const frame = page.frameLocator('iframe');
  const game = new SortGame(frame, DECK);
  await expect.poll(() => events(page)).toEqual([
    { twofold: 'event', type: 'ready', activity: `sort:${DECK}`, origin: new URL(baseURL).origin, from: 0 },
  ]);
  await game.start();
  const wrong = [game.deck.cards[0].id];
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
  const total = game.deck.cards.length;
  const seen = await events(page);
  const progress = seen.filter((e) => e.type === 'progress');
  expect(progress.map((e) => e.done)).toEqual([...Array(total).keys()].map((n) => n + 1));
  expect(progress.every((e) => e.total === total && e.activity === `sort:${DECK}`)).toBe(true);
  const completed = seen.filter((e) => e.type === 'completed');
  expect(completed).toEqual([
    expect.objectContaining({ activity: `sort:${DECK}`, correct: total - 1, total, score: Math.round(((total - 1) * 100) / total) }),
  ]);
});

test('the chooser says its outcome; another origin named hears nothing; a sibling frame cannot forge', async ({ page, baseURL }) => {
  const model = loadChooser();
  await open(page, baseURL, [
    `chooser.html?parentOrigin=${encodeURIComponent(hosts.origin)}`,
    // This one names another origin: the browser drops its events before the host sees them.
    `chooser.html?parentOrigin=${encodeURIComponent('https://elsewhere.example')}`,
  ]);
  const frame = page.frameLocator('iframe').first();
  for (let q = 0; q < model.questions.length; q++) {
    await frame.locator('input[type=radio]').first().check();
    await frame.getByTestId('chooser-next').click();
  }
  await expect(frame.getByTestId('chooser-result')).toBeVisible();
  const seen = await events(page);
  expect(seen.filter((e) => e.from === 1)).toEqual([]);
  const mine = seen.filter((e) => e.from === 0);
  expect(mine[0].type).toBe('ready');
  expect(mine.filter((e) => e.type === 'progress').map((e) => e.done)).toEqual(model.questions.map((_, n) => n + 1));
  const outcome = mine.find((e) => e.type === 'completed').outcome;
  expect([...model.paths.map((p) => p.id), 'blend']).toContain(outcome);

  // The second frame (another window) forges the parent's "ask" and an H5P resize request at the
  // first: the widget answers its parent only, so no new height arrives from the first frame.
  const before = await page.evaluate(() => window.heights.filter((h) => h.from === 0).length);
  const second = await (await page.locator('iframe').nth(1).elementHandle()).contentFrame();
  await second.evaluate(() => {
    parent.frames[0].postMessage({ twofold: 'ask' }, '*');
    parent.frames[0].postMessage({ context: 'h5p', action: 'resize' }, '*');
  });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.heights.filter((h) => h.from === 0).length)).toBe(before);
  // The parent's own ask is answered (the check above can fail).
  await page.evaluate(() => document.getElementsByTagName('iframe')[0].contentWindow.postMessage({ twofold: 'ask' }, '*'));
  await expect.poll(() => page.evaluate(() => window.heights.filter((h) => h.from === 0).length)).toBeGreaterThan(before);
});
