// Saves made by the 2026-12-01 build (t2 games, c1 chooser progress, under that build's
// keys) still resume after the change: the same card, score and answers. Cards are looked
// up by id in today's decks, so later content edits keep this test meaningful. And two
// tabs on different decks keep both games.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser } from './support/twofold.mjs';

const saves = readFileSync(
  new URL('../../core/tests/fixtures/frozen-2026-12-01/saves.txt', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .map((line) => {
    const [name, deck, text, ...facts] = line.split('|');
    return { name, deck, text, facts: Object.fromEntries(facts.map((f) => f.split(/=(.*)/s).slice(0, 2))) };
  });
const save = (name, deck) => saves.find((s) => s.name === name && (!deck || s.deck === deck));

/** Opens the widget with these localStorage values, as the old build left them. */
async function openWith(page, values, url = 'index.html') {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return; // only before the first load
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, Object.entries(values));
  await page.goto(url);
}

const DECK = 'leadership-training-or-development';

test('a game saved by the old build resumes on the same card with its feedback', async ({ page }) => {
  const old = save('immediate-feedback', DECK);
  await openWith(page, {
    [`twofold:v1:game:${DECK}`]: old.text,
    'twofold:v1:last-deck': DECK,
    'twofold:v1:screen': 'sort',
  });
  const game = new SortGame(page, DECK);
  await expect(page.getByTestId('resume-notice')).toBeVisible();
  await expect(game.progress).toHaveText(`Card ${old.facts.progress.replace('/', ' of ')}`);
  const card = game.deck.cards.find((c) => c.id === old.facts.current);
  await expect(game.feedback).toHaveAttribute('data-result', 'wrong');
  await expect(page.getByTestId('explanation')).toHaveText(card.explanation);
  // It is saved again in today's form.
  const stored = await page.evaluate((k) => localStorage.getItem(k), `twofold:v1:game:${DECK}`);
  expect(stored).toMatch(/^g3;/);
});

test('a finished game saved by the old build shows the same score', async ({ page }) => {
  const old = save('immediate-results', 'myth-or-fact');
  await openWith(page, {
    'twofold:v1:game:myth-or-fact': old.text,
    'twofold:v1:last-deck': 'myth-or-fact',
    'twofold:v1:screen': 'sort',
  });
  const total = old.facts.progress.split('/')[1];
  await expect(page.getByTestId('score')).toContainText(`${old.facts.deck_correct} of ${total} right`);
  const missed = Number(total) - Number(old.facts.deck_correct);
  await expect(page.getByTestId('retry-missed')).toBeVisible();
  await page.getByTestId('retry-missed').click();
  await expect(page.getByTestId('progress')).toHaveText(`Card 1 of ${missed}`);
});

test('chooser answers saved by the old build come back', async ({ page }) => {
  const model = loadChooser();
  const old = save('chooser-midway');
  await openWith(page, { 'twofold:v1:chooser': old.text, 'twofold:v1:screen': 'chooser' });
  // step=3, answers 1,0,2,1: the fourth question, its second option chosen.
  const q = model.questions[3];
  await expect(page.getByTestId(`question-${q.id}`)).toBeVisible();
  await expect(page.getByTestId(`option-${q.options[1].id}`)).toBeChecked();
  await page.getByTestId('chooser-back').click();
  await expect(page.getByTestId(`option-${model.questions[2].options[2].id}`)).toBeChecked();
});

test('a finished questionnaire saved by the old build shows the same recommendation', async ({ page }) => {
  const old = save('chooser-complete');
  await openWith(page, { 'twofold:v1:chooser': old.text, 'twofold:v1:screen': 'chooser' });
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', old.facts.path);
});

test('two tabs on different decks keep both games', async ({ context }) => {
  const plays = [
    [DECK, 2],
    ['myth-or-fact', 3],
  ];
  const pages = [];
  for (const [deck, cards] of plays) {
    const page = await context.newPage();
    const game = new SortGame(page, deck);
    await game.open();
    await game.start();
    for (let i = 0; i < cards; i++) {
      await game.pile((await game.currentCard()).pile).click();
      await page.getByTestId('next-card').click();
    }
    pages.push([page, game, cards]);
  }
  for (const [page, game, cards] of pages) {
    await page.reload();
    await expect(page.getByTestId('resume-notice')).toBeVisible();
    await expect(game.progress).toHaveText(`Card ${cards + 1} of ${game.deck.cards.length}`);
  }
});
