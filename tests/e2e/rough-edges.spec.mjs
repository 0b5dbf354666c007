// Rough edges a new user met (the review of 2026-12-01), each with its own check:
// Escape puts a picked-up card down; a forced theme sets the widget's color-scheme, so
// native controls follow it; author text carries dir="auto"; the progress bar counts the
// cards placed, not the card on the table; single-key shortcuts act only inside the board;
// the settings notice sits in the content column; focus after "Start over" and a
// "Continue" after a resume.
import { test, expect } from '@playwright/test';
import { SortGame } from './support/twofold.mjs';

test('Escape puts a picked-up card down', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  await game.card.click();
  await expect(game.card).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect(game.card).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('announcer')).toHaveText('Card put down.');
  // Nothing was placed.
  await expect(game.progress).toHaveText(`Card 1 of ${game.deck.cards.length}`);
});

for (const theme of ['light', 'dark']) {
  test(`?theme=${theme} sets the widget's color-scheme to ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
    await page.goto(`index.html?mode=home&theme=${theme}`);
    await expect(page.getByTestId('screen-home')).toBeVisible();
    const scheme = await page.locator('#twofold > .twofold').evaluate((el) => getComputedStyle(el).colorScheme);
    expect(scheme).toBe(theme);
  });
}

test('author text is given dir="auto", so a right-to-left deck reads right', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  await expect(page.locator('.card__text')).toHaveAttribute('dir', 'auto');
  await expect(page.locator('.pile__label').first()).toHaveAttribute('dir', 'auto');
  await expect(page.locator('#board-title')).toHaveAttribute('dir', 'auto');
  await game.pile((await game.currentCard()).pile).click();
  await expect(page.getByTestId('explanation')).toHaveAttribute('dir', 'auto');
});

test('the progress bar counts the cards placed', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  const fill = page.locator('.progress-bar__fill');
  // The fill's share of its track, as rendered (it is sized by a class, not a style attribute).
  const share = () => fill.evaluate((el) => el.getBoundingClientRect().width / el.parentElement.getBoundingClientRect().width);
  expect(await share()).toBe(0);
  await game.pile((await game.currentCard()).pile).click();
  const total = game.deck.cards.length;
  await expect.poll(share).toBeCloseTo(Math.floor(100 / total) / 100, 2);
});

test('number keys place a card only while focus is in the board (WCAG 2.1.4)', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press('1');
  await expect(game.progress).toHaveText(`Card 1 of ${game.deck.cards.length}`);
  await expect(game.feedback).toHaveCount(0);
  await game.card.focus();
  await page.keyboard.press('1');
  await expect(game.feedback).toBeVisible();
});

test('the settings notice sits in the content column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('index.html?mode=home&theme=purple');
  const notice = await page.getByTestId('config-problems').boundingBox();
  const main = await page.locator('main.screen').boundingBox();
  expect(Math.abs(notice.x - main.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(notice.width - main.width)).toBeLessThanOrEqual(1);
});

test('after "Start over", focus is on the start screen\'s heading', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  await page.getByTestId('restart-game').click();
  await page.getByTestId('restart-yes').click();
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.locator('main h1')).toBeFocused();
});

test('after a resume, "Continue" on the notice takes focus to the game', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  await game.pile((await game.currentCard()).pile).click();
  await page.getByTestId('next-card').click();
  await page.reload();
  await expect(page.getByTestId('resume-notice')).toBeVisible();
  await expect(game.card).not.toBeFocused();
  await page.getByTestId('resume-continue').click();
  await expect(game.card).toBeFocused();
  await page.keyboard.press('1');
  await expect(game.feedback).toBeVisible();
});
