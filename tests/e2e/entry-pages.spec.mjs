// One entry page per activity over one bundle: each page opens its activity with no query
// (a deck page: that deck's start screen, no deck to choose; chooser.html: the chooser),
// the home page still resumes where the learner was, `?mode=` / `?deck=` override the
// page, and every page loads the same wasm under its own title.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { loadChooser, loadDeck } from './support/twofold.mjs';

const { decks } = JSON.parse(readFileSync(new URL('../../content/index.json', import.meta.url), 'utf8'));
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);

for (const id of decks) {
  test(`sort-${id}.html opens the start screen of that deck, fixed`, async ({ page }) => {
    const deck = loadDeck(id);
    await page.goto(`sort-${id}.html`);
    await expect(page).toHaveTitle(`Twofold: ${lowerFirst(deck.title)}`);
    await expect(page.getByTestId('start-game')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(deck.title);
    await expect(page.locator('[data-testid^="deck-option-"]')).toHaveCount(0);
    await page.getByTestId('start-game').click();
    await expect(page.getByTestId('card')).toBeVisible();
    const text = (await page.getByTestId('card').locator('.card__text').textContent()).trim();
    expect(deck.cards.map((c) => c.text)).toContain(text);
  });
}

test('sort.html opens the sorting game with every deck to choose from', async ({ page }) => {
  await page.goto('sort.html');
  await expect(page).toHaveTitle('Twofold: sort the cards');
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.locator('[data-testid^="deck-option-"]')).toHaveCount(decks.length);
});

test('chooser.html opens the career-path chooser', async ({ page }) => {
  await page.goto('chooser.html');
  await expect(page).toHaveTitle(`Twofold: ${lowerFirst(loadChooser().title)}`);
  await expect(page.getByTestId('screen-chooser')).toBeVisible();
  await expect(page.getByTestId('config-problems')).toHaveCount(0);
});

test('the home page still resumes where the learner was', async ({ page }) => {
  await page.goto('index.html');
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.getByTestId('start-chooser').click();
  await expect(page.getByTestId('screen-chooser')).toBeVisible();
  await page.goto('index.html');
  await expect(page.getByTestId('screen-chooser')).toBeVisible();
});

test('?mode= and ?deck= override the page', async ({ page }) => {
  await page.goto('chooser.html?mode=home');
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.goto('chooser.html?deck=myth-or-fact');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loadDeck('myth-or-fact').title);
  const other = decks.find((d) => d !== 'myth-or-fact');
  await page.goto(`sort-${other}.html?deck=myth-or-fact`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loadDeck('myth-or-fact').title);
  await page.goto(`sort-${other}.html?mode=chooser`);
  await expect(page.getByTestId('screen-chooser')).toBeVisible();
});

test('every entry page loads the same wasm file', async ({ page }) => {
  const pages = ['index.html', ...decks.map((id) => `sort-${id}.html`), 'chooser.html'];
  const loaded = new Set();
  for (const name of pages) {
    const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
    await page.goto(name);
    const response = await wasm;
    expect(response.ok(), name).toBe(true);
    loaded.add(new URL(response.url()).pathname);
    await expect(page.getByTestId('crash')).toBeHidden();
  }
  expect([...loaded]).toHaveLength(1);
});
