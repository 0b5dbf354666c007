// axe-core audits of every screen, in the light and the dark theme.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, withTheme } from './support/axe.mjs';
import { SortGame, loadChooser, leaningAnswers } from './support/twofold.mjs';

for (const theme of ['light', 'dark']) {
  test(`sorting game screens have no axe violations (${theme})`, async ({ page }) => {
    await withTheme(page, theme);
    await page.goto('index.html?mode=home');
    await expect(page.getByTestId('start-sort')).toBeVisible();
    await expectNoAxeViolations(page, `home, ${theme}`);
    const game = new SortGame(page, 'leadership-training-or-development');
    await game.open();
    await expectNoAxeViolations(page, `start, ${theme}`);
    await game.start();
    await expectNoAxeViolations(page, `play, ${theme}`);
    const card = await game.currentCard();
    await game.pile(game.otherPile(card)).click();
    await expect(page.getByTestId('feedback')).toBeVisible();
    await expectNoAxeViolations(page, `feedback (wrong), ${theme}`);
    await page.getByTestId('next-card').click();
    const total = game.deck.cards.length;
    for (let n = 2; n <= total; n++) {
      const c = await game.currentCard();
      await game.pile(c.pile).click();
      await page.getByTestId('next-card').click();
    }
    await expect(page.getByTestId('results')).toBeVisible();
    await page.getByTestId('show-solution').click();
    await expectNoAxeViolations(page, `results with solution, ${theme}`);
  });

  test(`at-end review has no axe violations (${theme})`, async ({ page }) => {
    await withTheme(page, theme);
    const game = new SortGame(page, 'myth-or-fact');
    await game.open('&feedback=end');
    await game.start();
    for (let n = 0; n < game.deck.cards.length; n++) {
      await game.pile(game.deck.piles[0].id).click();
    }
    await expect(page.getByTestId('review')).toBeVisible();
    await expectNoAxeViolations(page, `review, ${theme}`);
  });

  test(`chooser screens have no axe violations (${theme})`, async ({ page }) => {
    await withTheme(page, theme);
    await page.goto('index.html?mode=chooser');
    await expectNoAxeViolations(page, `chooser question, ${theme}`);
    const model = loadChooser();
    for (const [q, o] of leaningAnswers(model, 'leadership').entries()) {
      await page.getByTestId(`option-${model.questions[q].options[o].id}`).check();
      await page.getByTestId('chooser-next').click();
    }
    await expect(page.getByTestId('chooser-result')).toBeVisible();
    await expectNoAxeViolations(page, `chooser result, ${theme}`);
  });
}
