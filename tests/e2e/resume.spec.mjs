// Saves made by the 2026-12-01 build (t2 games, c1 chooser progress, under that build's
// keys) still resume after the change: the same card, score and answers. Cards are looked
// up by id in today's decks, so later content edits keep this test meaningful: a card
// retired since is dropped, a card added since is dealt. And two tabs on different decks
// keep both games.
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

test('a finished game saved by the old build keeps its results and deals the cards added since', async ({ page }) => {
  const old = save('immediate-results', 'myth-or-fact');
  await openWith(page, {
    'twofold:v1:game:myth-or-fact': old.text,
    'twofold:v1:last-deck': 'myth-or-fact',
    'twofold:v1:screen': 'sort',
  });
  const game = new SortGame(page, 'myth-or-fact');
  const ids = new Set(game.deck.cards.map((c) => c.id));
  // Each card's latest result then, for the cards today's deck still has.
  const kept = old.facts.latest.split(',').map((r) => r.split('=')).filter(([id]) => ids.has(id));
  const keptRight = kept.filter(([, r]) => r === '1').length;
  const total = game.deck.cards.length;
  await expect(page.getByTestId('resume-notice')).toBeVisible();
  for (let n = kept.length + 1; n <= total; n++) {
    await expect(game.progress).toHaveText(`Card ${n} of ${total}`);
    await game.pile((await game.currentCard()).pile).click();
    await page.getByTestId('next-card').click();
  }
  const added = total - kept.length;
  await expect(page.getByTestId('score')).toContainText(`${keptRight + added} of ${total} right`);
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

test('a finished questionnaire saved by the old build opens on its answers and says they come from an earlier version', async ({ page }) => {
  const model = loadChooser();
  const old = save('chooser-complete');
  await openWith(page, { 'twofold:v1:chooser': old.text, 'twofold:v1:screen': 'chooser' });
  // Scored with today's weights (the old build showed old.facts.path), and it says so.
  const answers = old.text.split(';')[3].split('').map(Number);
  const sums = Object.fromEntries(model.paths.map((p) => [p.id, 0]));
  answers.forEach((o, q) => {
    for (const id of Object.keys(sums)) sums[id] += model.questions[q].options[o].weights[id] ?? 0;
  });
  const [first, second] = Object.keys(sums).sort((a, b) => sums[b] - sums[a]);
  const path = sums[first] - sums[second] <= model.blend_margin ? 'blend' : first;
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', path);
  await expect(page.getByTestId('earlier-version')).toBeVisible();
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
