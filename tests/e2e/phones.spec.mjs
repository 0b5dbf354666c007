// Phones first (#13): at 320×640, for every card of every built-in deck, in every language,
// the deck's title, the card and every pile are on the first screen before the card is
// placed, and the verdict and "Next" are after it is placed (the explanation may scroll).
// One page per deck, played through by keyboard, every other card on the wrong pile (both
// verdicts).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SortGame } from './support/twofold.mjs';

const DECKS = JSON.parse(readFileSync(new URL('../../content/index.json', import.meta.url), 'utf8')).decks;

/** Each of `selectors` (all their matches) that is not wholly inside the viewport now. */
function offScreen(page, selectors) {
  return page.evaluate((selectors) => {
    const out = [];
    for (const selector of selectors) {
      const found = document.querySelectorAll(selector);
      if (found.length === 0) out.push(`${selector}: missing`);
      for (const el of found) {
        const r = el.getBoundingClientRect();
        if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
          out.push(`${selector}: top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)} in ${innerWidth}×${innerHeight}`);
        }
      }
    }
    return out;
  }, selectors);
}

for (const lang of ['en', 'es', 'fr', 'ar']) for (const id of DECKS) {
  test(`at 320×640, every card of ${id} (${lang}): title, card and piles, then verdict and Next, on the first screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const game = new SortGame(page, id, { lang });
    await game.open(`&lang=${lang}`);
    await game.start();
    const found = [];
    for (let n = 0; n < game.deck.cards.length; n++) {
      const card = await game.currentCard();
      await expect(game.card).toBeFocused();
      for (const p of await offScreen(page, ['#board-title', '[data-testid="card"]', '.pile'])) {
        found.push(`${card.id} before placing: ${p}`);
      }
      const wrong = n % 2 === 1;
      await game.keyToPlace(wrong ? game.otherPile(card) : card.pile);
      await expect(game.feedback).toHaveAttribute('data-result', wrong ? 'wrong' : 'correct');
      await expect(page.getByTestId('next-card')).toBeFocused();
      for (const p of await offScreen(page, ['.feedback__verdict', '[data-testid="next-card"]'])) {
        found.push(`${card.id} after placing: ${p}`);
      }
      await page.keyboard.press('Enter');
    }
    await expect(game.results).toBeVisible();
    expect(found).toEqual([]);
  });
}
