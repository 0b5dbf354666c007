// An author's deck embedded in the host page: offered and playable; hostile
// text in it stays text; a broken one gets a clear message, not a blank page.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const valid = JSON.parse(readFileSync(new URL('../../core/tests/fixtures/valid-deck.json', import.meta.url), 'utf8'));

/** Serves index.html with `deckText` embedded as the page's author deck. */
async function withHostDeck(page, deckText) {
  await page.route('**/index.html*', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      `<script type="application/json" id="twofold-deck">${deckText}</script></body>`,
    );
    await route.fulfill({ response, body: html });
  });
}

test('an embedded deck is offered first and can be played', async ({ page }) => {
  await withHostDeck(page, JSON.stringify(valid));
  await page.goto('index.html?mode=sort');
  await expect(page.getByTestId(`deck-option-${valid.id}`)).toBeChecked();
  await page.getByTestId('start-game').click();
  await expect(page.getByTestId('progress')).toHaveText(`Card 1 of ${valid.cards.length}`);
});

test('hostile text in an embedded deck is shown as text and runs nothing', async ({ page }) => {
  const hostile = structuredClone(valid);
  hostile.cards.forEach((card, i) => {
    card.text = i % 2 ? `<img src=x onerror="window.pwned=${i}">` : `<script>window.pwned=${i}<\\/script>`;
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await withHostDeck(page, JSON.stringify(hostile).replaceAll('</', '<\\/'));
  await page.goto(`index.html?deck=${valid.id}`);
  await page.getByTestId('start-game').click();
  await expect(page.getByTestId('card')).toContainText('<');
  await expect(page.getByTestId('card').locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a broken embedded deck is explained (in the author\'s view), and the built-in decks still work', async ({ page }) => {
  const broken = structuredClone(valid);
  broken.cards[1].pile = 'coaching';
  await withHostDeck(page, JSON.stringify(broken));
  await page.goto(`index.html?deck=${valid.id}&author=1`);
  await expect(page.getByTestId('deck-error')).toContainText(
    'card 2 ("card-2") pile: names pile "coaching", which the deck does not have',
  );
  await page.goto('index.html?mode=sort');
  await expect(page.getByTestId('deck-problems')).toBeVisible();
  await page.getByTestId('start-game').click();
  await expect(page.getByTestId('card')).toBeVisible();
});

test('an embedded deck that takes a built-in deck\'s id is refused, and the built-in deck still plays', async ({ page }) => {
  const clash = { ...structuredClone(valid), id: 'myth-or-fact' };
  await withHostDeck(page, JSON.stringify(clash));
  await page.goto('index.html?mode=sort&author=1');
  const problems = page.getByTestId('deck-problems');
  await expect(problems).toContainText('is the id of a built-in deck');
  await expect(page.getByTestId('deck-option-myth-or-fact')).toBeVisible();
  await page.getByTestId('deck-option-myth-or-fact').check();
  await page.getByTestId('start-game').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Myth or fact?');
});

test('an embedded deck saved with a byte order mark is read', async ({ page }) => {
  await withHostDeck(page, `\uFEFF${JSON.stringify(valid)}`);
  await page.goto('index.html?mode=sort');
  await expect(page.getByTestId(`deck-option-${valid.id}`)).toBeChecked();
});
