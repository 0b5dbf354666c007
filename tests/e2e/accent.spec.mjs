// The embedder's accent colour (?accent=): a colour that passes the contrast rule colours the
// primary buttons (with the text colour that reads best on it) in both themes; one that does
// not is refused with its reason, in the page's language, and the default is used; axe finds
// nothing with an accent, light and dark, on every screen it colours.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, withTheme } from './support/axe.mjs';
import { SortGame, loadChooser, loadTable, words } from './support/twofold.mjs';

const DECK = 'myth-or-fact';

/** The computed colour and background of an element. */
const colours = (locator) =>
  locator.evaluate((e) => {
    const s = getComputedStyle(e);
    return { color: s.color, background: s.backgroundColor };
  });

for (const scheme of ['light', 'dark']) {
  test(`a valid accent colours the primary button, ${scheme} (theme auto)`, async ({ page }) => {
    await withTheme(page, scheme);
    // Blue 700: white text on it 4.6:1, at least 3:1 on both themes' backgrounds.
    await page.goto(`sort-${DECK}.html?accent=%231976d2`);
    const start = page.getByTestId('start-game');
    await expect(start).toBeVisible();
    expect(await colours(start)).toEqual({ color: 'rgb(255, 255, 255)', background: 'rgb(25, 118, 210)' });
    await expect(page.getByTestId('config-problems')).toHaveCount(0);
    // The masthead's title is large text, in the accent too.
    expect((await colours(page.locator('.masthead__title'))).color).toBe('rgb(25, 118, 210)');
  });
}

test('an accent that needs dark text gets it, and one that needs white text gets white', async ({ page }) => {
  await page.goto(`sort-${DECK}.html?theme=dark&accent=e65100`);
  const start = page.getByTestId('start-game');
  await expect(start).toBeVisible();
  expect(await colours(start)).toEqual({ color: 'rgb(11, 18, 32)', background: 'rgb(230, 81, 0)' });
  await page.goto(`sort-${DECK}.html?theme=light&accent=%231f3f7f`);
  await expect(start).toBeVisible();
  expect(await colours(start)).toEqual({ color: 'rgb(255, 255, 255)', background: 'rgb(31, 63, 127)' });
});

test('an accent too faint for the theme is refused with its reason, and the default is used', async ({ page }) => {
  await withTheme(page, 'dark');
  await page.goto(`sort-${DECK}.html?accent=%23b5179e`);
  const notice = page.getByTestId('config-problems');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'alert');
  await expect(notice).toContainText(
    'accent="#b5179e" is not used: against the dark theme\'s backgrounds this colour reaches only 2.3:1 (3:1 needed); the default colour is used.',
  );
  expect((await colours(page.getByTestId('start-game'))).background).toBe('rgb(138, 180, 255)');
  // Chosen light, the same colour passes.
  await page.goto(`sort-${DECK}.html?accent=%23b5179e&theme=light`);
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(notice).toHaveCount(0);
  expect((await colours(page.getByTestId('start-game'))).background).toBe('rgb(181, 23, 158)');
});

test('unreadable text and a colour that is not one are refused too', async ({ page }) => {
  await page.goto(`sort-${DECK}.html?accent=7a7a7a`);
  const notice = page.getByTestId('config-problems');
  await expect(notice).toContainText('accent="7a7a7a" is not used: no text on this colour reaches 4.5:1 (the best reaches 4.3:1)');
  expect((await colours(page.getByTestId('start-game'))).background).toBe('rgb(31, 95, 191)');
  await page.goto(`sort-${DECK}.html?accent=blue`);
  await expect(notice).toContainText('accent="blue" is not recognised (use one of: #rrggbb, rrggbb, #rgb)');
});

for (const lang of ['es', 'fr', 'ar']) {
  test(`the refusal is in the page's language (${lang})`, async ({ page }) => {
    await page.goto(`sort-${DECK}.html?lang=${lang}&theme=light&accent=ccc`);
    const expected = words(loadTable(lang), 'config.accent_light', { key: 'accent', value: 'ccc', whole: 1, tenth: 4 });
    await expect(page.getByTestId('config-problems')).toContainText(expected);
    await expect(page.locator('#twofold > .twofold')).toHaveAttribute('lang', lang);
  });
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing with an accent on every screen it colours (${scheme})`, async ({ page }) => {
    await withTheme(page, scheme);
    // Orange, dark text on it: the other way round from the light theme's own accent.
    const accent = '&accent=%23e65100';
    await page.goto(`index.html?mode=home${accent}`);
    await expect(page.getByTestId('start-sort')).toBeVisible();
    await expectNoAxeViolations(page, `home, accent, ${scheme}`);
    await page.goto(`sort-${DECK}.html?${accent}`);
    const game = new SortGame(page, DECK);
    await expectNoAxeViolations(page, `start, accent, ${scheme}`);
    await game.start();
    await page.getByTestId('card').click();
    await expectNoAxeViolations(page, `card selected, accent, ${scheme}`);
    const card = await game.currentCard();
    await game.pile(game.otherPile(card)).click();
    await expect(game.feedback).toBeVisible();
    await expectNoAxeViolations(page, `feedback, accent, ${scheme}`);
    await page.getByTestId('next-card').click();
    for (let n = 2; n <= game.deck.cards.length; n++) {
      const c = await game.currentCard();
      await game.pile(c.pile).click();
      await page.getByTestId('next-card').click();
    }
    await expect(game.results).toBeVisible();
    await expectNoAxeViolations(page, `results, accent, ${scheme}`);
    await page.goto(`chooser.html?${accent}`);
    const model = loadChooser();
    await expectNoAxeViolations(page, `chooser question, accent, ${scheme}`);
    for (let q = 0; q < model.questions.length; q++) {
      await page.locator('input[type=radio]').first().check();
      await page.getByTestId('chooser-next').click();
    }
    await expect(page.getByTestId('chooser-result')).toBeVisible();
    await expectNoAxeViolations(page, `chooser result, accent, ${scheme}`);
  });
}
