// Results that lead on (#13): the score with its band's message and the piles worth
// naming, the next actions on the first screen at phone and desktop sizes (every built-in
// deck, a game of misses), the chart saying what it counts with each number at its bar's
// end, the solution marking the cards the learner had right, axe on results in both themes.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, withTheme } from './support/axe.mjs';
import { SortGame, words } from './support/twofold.mjs';

const DECKS = JSON.parse(readFileSync(new URL('../../content/index.json', import.meta.url), 'utf8')).decks;
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];

/**
 * Plays the whole deck by keyboard (the number key of a pile, then Enter on "Next card"),
 * placing each card right when `right(card)` says so.
 */
async function playByKeys(game, right) {
  const { page } = game;
  for (let n = 0; n < game.deck.cards.length; n++) {
    const card = await game.currentCard();
    const pile = right(card) ? card.pile : game.otherPile(card);
    await game.keyToPlace(pile);
    await expect(page.getByTestId('next-card')).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(game.results).toBeVisible();
  await expect(page.getByRole('heading', { name: words(game.table, 'sort.results_heading') })).toBeFocused();
}

/** Opens `game`'s deck with no saved game (an earlier loop's game of it is forgotten). */
async function openFresh(game, query = '') {
  await game.page.goto('index.html?mode=home');
  await game.page.evaluate(() => localStorage.clear());
  await game.open(query);
  await game.start();
}

/** `locator`'s box lies inside the viewport as the page stands (no scrolling). */
async function expectOnFirstScreen(page, locator, what) {
  const box = await locator.evaluate((e) => e.getBoundingClientRect().toJSON());
  const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const where = `${what}: ${JSON.stringify(box)} in ${view.width}×${view.height}`;
  expect(box.top, where).toBeGreaterThanOrEqual(0);
  expect(box.left, where).toBeGreaterThanOrEqual(0);
  expect(box.bottom, where).toBeLessThanOrEqual(view.height);
  expect(box.right, where).toBeLessThanOrEqual(view.width);
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height}, the score and "Retry" are on the results' first screen in every built-in deck`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const id of DECKS) {
      const game = new SortGame(page, id);
      await game.open();
      await game.start();
      // Every card missed: the longest list of misses there can be.
      await playByKeys(game, () => false);
      const total = game.deck.cards.length;
      await expect(page.getByTestId('score')).toContainText(words(game.table, 'sort.score', { right: 0, total }));
      await expectOnFirstScreen(page, page.getByTestId('score'), `${id}: the score`);
      await expectOnFirstScreen(page, page.getByTestId('retry-missed'), `${id}: Retry`);
      await expect(page.getByTestId('band')).toHaveText(words(game.table, 'sort.band_start'));
      await expectOnFirstScreen(page, page.getByTestId('band'), `${id}: the band's message`);
    }
  });
}

test('a game with no misses leads on with "Play again", on the first screen at 320×640', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  await playByKeys(game, () => true);
  await expect(page.getByTestId('band')).toHaveText(words(game.table, 'sort.all_right'));
  await expect(page.getByTestId('retry-missed')).toHaveCount(0);
  await expect(page.getByTestId('strongest')).toHaveCount(0);
  await expect(page.getByTestId('look-again')).toHaveCount(0);
  await expect(page.getByTestId('play-again')).toHaveClass(/button--primary/);
  await expectOnFirstScreen(page, page.getByTestId('play-again'), 'Play again');
  // The other activities are one step away.
  await page.getByTestId('results-home').click();
  await expect(page.getByTestId('start-sort')).toBeVisible();
});

for (const lang of ['en', 'es', 'fr', 'ar']) {
  test(`the band and the piles worth naming, the label standing alone (${lang})`, async ({ page }) => {
    const game = new SortGame(page, 'myth-or-fact', { lang });
    await game.open(`&lang=${lang}`);
    await game.start();
    // Every card that belongs in the first pile right, every other one wrong.
    const [first, second] = game.deck.piles;
    await playByKeys(game, (card) => card.pile === first.id);
    const count = (pile) => game.deck.cards.filter((c) => c.pile === pile.id).length;
    const right = count(first);
    await game.expectResults(game.deck.cards.filter((c) => c.pile !== first.id).map((c) => c.id));
    await expect(page.getByTestId('strongest')).toHaveText(
      words(game.table, 'sort.strongest', { pile: first.label, right, total: right }),
    );
    await expect(page.getByTestId('look-again')).toHaveText(
      words(game.table, 'sort.look_again', { pile: second.label, right: 0, total: count(second) }),
    );
    await expect(page.getByTestId('chart').locator('figcaption')).toHaveText(words(game.table, 'sort.chart_title'));
  });
}

test('each number sits at its bar\'s end, in both directions', async ({ page }) => {
  for (const lang of ['en', 'ar']) {
    const game = new SortGame(page, 'myth-or-fact', { lang });
    await openFresh(game, `&lang=${lang}`);
    await playByKeys(game, (card) => card.id !== game.deck.cards[0].id);
    const rows = await page.locator('.bars__bar').evaluateAll((bars) => bars.map((bar) => ({
      bar: bar.getBoundingClientRect().toJSON(),
      value: bar.nextElementSibling.getBoundingClientRect().toJSON(),
      chart: bar.closest('figure').getBoundingClientRect().toJSON(),
    })));
    expect(rows).toHaveLength(2 * game.deck.piles.length);
    for (const { bar, value, chart } of rows) {
      // The number starts a small gap after the bar ends (at its left in Arabic), on its line.
      const gap = lang === 'ar' ? bar.left - value.right : value.left - bar.right;
      expect(gap, `${lang}: ${JSON.stringify({ bar, value })}`).toBeGreaterThanOrEqual(0);
      expect(gap, `${lang}: ${JSON.stringify({ bar, value })}`).toBeLessThanOrEqual(12);
      expect(Math.abs((value.top + value.bottom) / 2 - (bar.top + bar.bottom) / 2)).toBeLessThan(2);
      // The longest bar's number still fits inside the chart.
      expect(value.left).toBeGreaterThanOrEqual(chart.left - 0.5);
      expect(value.right).toBeLessThanOrEqual(chart.right + 0.5);
    }
  }
});

test('the solution marks the cards the learner had right', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  const missed = game.deck.cards.slice(0, 4).map((c) => c.id);
  await playByKeys(game, (card) => !missed.includes(card.id));
  await page.getByTestId('show-solution').click();
  const solution = page.getByTestId('solution');
  for (const card of game.deck.cards) {
    const item = solution.locator('li').filter({ hasText: card.text });
    const wrong = missed.includes(card.id);
    await expect(item).toHaveClass(wrong ? /solution__card--wrong/ : /solution__card--right/);
    await expect(item.locator('.solution__mark')).toHaveText(
      new RegExp(words(game.table, wrong ? 'sort.incorrect' : 'sort.correct')),
    );
  }
});

for (const theme of ['light', 'dark']) {
  test(`results have no axe violations (${theme}), at 320 and 1280 px`, async ({ page }) => {
    await withTheme(page, theme);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const game = new SortGame(page, 'myth-or-fact');
      await openFresh(game);
      await playByKeys(game, (card) => card.pile === game.deck.piles[0].id);
      await expect(page.getByTestId('look-again')).toBeVisible();
      await expectNoAxeViolations(page, `results, ${width} px, ${theme}`);
      await page.getByTestId('show-solution').click();
      await expectNoAxeViolations(page, `results with the solution, ${width} px, ${theme}`);
    }
  });
}
