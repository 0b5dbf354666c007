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

/** Visible controls whose target (the control, or the label wrapping it) is under 24×24 px. */
function smallControls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('button, input, a[href], summary')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => el.closest('label') ?? el)
      .map((el) => ({ el: el.outerHTML.slice(0, 60), ...el.getBoundingClientRect().toJSON() }))
      .filter((r) => r.width < 24 || r.height < 24),
  );
}

test('every control is at least 24 by 24 px, and motion stops on request', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('index.html?mode=sort');
  await expect(page.getByTestId('start-game')).toBeVisible();
  expect(await smallControls(page), 'start screen (WCAG 2.5.8)').toEqual([]);
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  expect(await smallControls(page), 'play screen (WCAG 2.5.8)').toEqual([]);
  const longestTransition = () =>
    game.pile(game.deck.piles[0].id).evaluate((el) =>
      Math.max(...getComputedStyle(el).transitionDuration.split(',').map((d) => parseFloat(d))),
    );
  expect(await longestTransition()).toBe(0);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await longestTransition()).toBeGreaterThan(0);
  await game.playAll((pile) => game.keyToPlace(pile), { wrongIds: [game.deck.cards[0].id] });
  await page.getByTestId('show-solution').click();
  expect(await smallControls(page), 'results screen (WCAG 2.5.8)').toEqual([]);
  await page.goto('index.html?mode=chooser');
  await expect(page.getByTestId('question-progress')).toBeVisible();
  expect(await smallControls(page), 'chooser (WCAG 2.5.8)').toEqual([]);
});
