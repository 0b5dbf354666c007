// The sorting game, end to end against the release build: a whole deck played
// four ways (mouse drag, touch drag, tap, keyboard only), feedback, score and
// chart, resume after reload, at-end mode, retry and solution.
import { test, expect } from '@playwright/test';
import { MISSED_SHOWN, SortGame, expectNoHorizontalScroll } from './support/twofold.mjs';

const DECK = 'myth-or-fact';

test('a whole deck by mouse drag, with two misses in the score and chart', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  const wrongIds = [game.deck.cards[0].id, game.deck.cards[5].id];
  await game.playAll((pile) => game.dragWithMouse(pile), { wrongIds });
  await game.expectResults(wrongIds);
  await expect(page.getByTestId('missed-list')).toContainText(game.deck.cards[0].explanation);
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a whole deck by touch drag', async ({ page }) => {
    const game = new SortGame(page, DECK);
    await game.open();
    await game.start();
    await game.playAll((pile) => game.dragWithTouch(pile), {
      next: () => page.getByTestId('next-card').tap(),
    });
    await game.expectResults([]);
    await expect(page.getByText('Every card is in the right pile.')).toBeVisible();
  });

  test('a whole deck by tapping the card, then a pile', async ({ page }) => {
    const game = new SortGame(page, DECK);
    await game.open();
    await game.start();
    const wrongIds = [game.deck.cards[3].id];
    await game.playAll((pile) => game.tapToPlace(pile), {
      wrongIds,
      next: () => page.getByTestId('next-card').tap(),
    });
    await game.expectResults(wrongIds);
  });
});

test('a whole deck by keyboard only, from the home screen', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await page.goto('index.html?mode=home');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('start-sort')).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus starts on the new screen's heading, not lost on the page.
  await expect(page.locator('main h1')).toBeFocused();
  // The first deck radio: Tab into the group, arrow to the myth-or-fact deck.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('deck-option-leadership-training-or-development')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId(`deck-option-${DECK}`)).toBeChecked();
  await page.keyboard.press('Enter'); // Enter on the chosen deck starts
  await expect(game.card).toBeFocused();
  const wrongIds = [game.deck.cards[1].id];
  await game.playAll((pile) => game.keyToPlace(pile), {
    wrongIds,
    next: async () => {
      await expect(page.getByTestId('next-card')).toBeFocused();
      await page.keyboard.press('Enter');
    },
  });
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await game.expectResults(wrongIds);
  // Retry the miss by keyboard: Tab to the retry button.
  await page.getByTestId('retry-missed').focus();
  await page.keyboard.press('Enter');
  await expect(game.progress).toHaveText('Card 1 of 1');
});

test('reloading mid-game resumes the same card and score', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  for (let i = 0; i < 3; i++) {
    const card = await game.currentCard();
    await game.pile(i === 0 ? game.otherPile(card) : card.pile).click();
    await page.getByTestId('next-card').click();
  }
  const before = await game.currentCard();
  await page.reload();
  await expect(page.getByTestId('resume-notice')).toBeVisible();
  await expect(page.getByTestId('announcer')).toHaveText(/Welcome back/);
  await expect(game.progress).toHaveText(`Card 4 of ${game.deck.cards.length}`);
  expect((await game.currentCard()).id).toBe(before.id);
  // Finish and check the earlier miss still counts.
  const rest = game.deck.cards.length - 3;
  for (let i = 0; i < rest; i++) {
    const card = await game.currentCard();
    await game.pile(card.pile).click();
    await page.getByTestId('next-card').click();
  }
  await expect(page.getByTestId('score')).toContainText(
    `${game.deck.cards.length - 1} of ${game.deck.cards.length} right`,
  );
  await page.reload();
  await expect(page.getByTestId('score')).toContainText(
    `${game.deck.cards.length - 1} of ${game.deck.cards.length} right`,
  );
});

test('at-end mode gives no hints, lets cards move, then checks', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open('&feedback=end');
  await game.start();
  const total = game.deck.cards.length;
  let firstCard;
  for (let n = 1; n <= total; n++) {
    const card = await game.currentCard();
    firstCard ??= card;
    // The first card goes on the wrong pile, the rest on the right one.
    await game.pile(n === 1 ? game.otherPile(card) : card.pile).click();
    await expect(page.getByTestId('feedback')).toHaveCount(0);
  }
  await expect(page.getByTestId('review')).toBeVisible();
  const placed = page.getByTestId(`placed-${firstCard.id}`);
  const target = game.deck.piles.find((p) => p.id === firstCard.pile);
  // The card is one button, named for the pile it moves to.
  await expect(placed).toHaveAccessibleName(new RegExp(target.label));
  await placed.click();
  await expect(page.getByTestId('announcer')).toContainText('moved to');
  await expect(placed, 'focus stays on the moved card').toBeFocused();
  await page.getByTestId('check').click();
  await expect(page.getByTestId('score')).toContainText(`${total} of ${total} right`);
});

test('retry the misses, show the solution, play again', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  const wrongIds = game.deck.cards.slice(0, 3).map((c) => c.id);
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds });
  await page.getByTestId('show-solution').click();
  const solution = page.getByTestId('solution');
  for (const card of game.deck.cards) await expect(solution).toContainText(card.text);
  await page.getByTestId('retry-missed').click();
  await expect(game.progress).toHaveText('Card 1 of 3');
  for (let i = 0; i < 3; i++) {
    const card = await game.currentCard();
    expect(wrongIds).toContain(card.id);
    await game.pile(card.pile).click();
    await page.getByTestId('next-card').click();
  }
  await expect(page.getByTestId('score')).toContainText('3 of 3 right');
  const n = game.deck.cards.length;
  await expect(page.getByTestId('score-overall')).toHaveText(
    `Whole deck: ${n} of ${n} right now, ${n - 3} of ${n} on the first try`,
  );
  await page.getByTestId('play-again').click();
  await expect(game.progress).toHaveText(`Card 1 of ${game.deck.cards.length}`);
});

test('a long list of misses shows the first five, then all on request', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  const all = game.deck.cards.map((c) => c.id);
  await game.playAll((pile) => game.keyToPlace(pile), { wrongIds: all });
  const missed = page.getByTestId('missed-list').locator('li');
  await expect(missed).toHaveCount(MISSED_SHOWN);
  await page.getByTestId('show-all-missed').click();
  await expect(missed).toHaveCount(all.length);
  await expect(page.getByTestId('show-all-missed')).toHaveCount(0);
  // The button is gone: focus is on the first card it revealed, not lost.
  await expect(missed.nth(MISSED_SHOWN)).toBeFocused();
});

test('works at 320 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const game = new SortGame(page, 'technical-training-or-leadership-development');
  await game.open();
  await expectNoHorizontalScroll(page);
  await game.start();
  await expectNoHorizontalScroll(page);
  const card = await game.currentCard();
  await game.pile(card.pile).click();
  await expectNoHorizontalScroll(page);
});

test('an unknown setting is reported and the defaults are used', async ({ page }) => {
  await page.goto('index.html?mode=home&theme=neon');
  await expect(page.getByTestId('config-problems')).toContainText('theme="neon" is not recognised');
  await expect(page.getByTestId('start-sort')).toBeVisible();
});

test('blocked storage: the game still plays and says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  const game = new SortGame(page, DECK);
  await game.open();
  await expect(page.getByTestId('storage-notice')).toBeVisible();
  await game.start();
  const card = await game.currentCard();
  await game.pile(card.pile).click();
  await expect(page.getByTestId('feedback')).toHaveAttribute('data-result', 'correct');
});

test('starting over keeps the deck just played selected', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await page.goto('index.html?mode=sort');
  await page.getByTestId('deck-option-myth-or-fact').check();
  await page.getByTestId('start-game').click();
  await expect(game.card).toBeVisible();
  await page.getByTestId('restart-game').click();
  await page.getByTestId('restart-yes').click();
  await expect(page.getByTestId('deck-option-myth-or-fact')).toBeChecked();
});
