// More rough edges of the review of 2026-12-01 (#13), each with its own check: "Start over"
// asks first, another deck keeps the saved game, a save in the other feedback mode is named
// before it is replaced; two tabs on one deck (the stale tab takes the newer progress),
// frames without storage each their own; a broken author deck is one short line for
// learners (the detail in the console and with ?author=1), a deck cut short by a raw
// </script> says so; a clean console; the first tap after a fast touch drag counts.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SortGame, loadTable } from './support/twofold.mjs';

const DECK = 'myth-or-fact';
const en = loadTable('en');
const valid = JSON.parse(readFileSync(new URL('../../core/tests/fixtures/valid-deck.json', import.meta.url), 'utf8'));

/** Places the card on the table on its right pile and goes on to the next, `n` times. */
async function placeAndGoOn(game, n) {
  for (let i = 0; i < n; i++) {
    await game.pile((await game.currentCard()).pile).click();
    await game.page.getByTestId('next-card').click();
  }
}

test('"Start over" asks first: "Keep playing" keeps the game, "Yes, start over" ends it', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  await placeAndGoOn(game, 2);
  const total = game.deck.cards.length;
  await page.getByTestId('restart-game').click();
  await expect(page.getByTestId('restart-question')).toHaveText(en['sort.restart_confirm']);
  await expect(page.getByTestId('restart-no')).toBeFocused();
  await expect(game.progress).toHaveText(`Card 3 of ${total}`);
  await page.getByTestId('restart-no').click();
  await expect(page.getByTestId('restart-question')).toHaveCount(0);
  await expect(page.getByTestId('restart-game')).toBeFocused();
  await page.reload();
  await expect(game.progress).toHaveText(`Card 3 of ${total}`);
  await page.getByTestId('restart-game').click();
  await page.getByTestId('restart-yes').click();
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.locator('main h1')).toBeFocused();
  await page.reload();
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.getByTestId('resume-notice')).toHaveCount(0);
});

test('"Choose another deck" keeps the saved game, and choosing that deck again continues it', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await page.goto('index.html?mode=sort');
  await page.getByTestId(`deck-option-${DECK}`).check();
  await game.start();
  await placeAndGoOn(game, 2);
  await page.getByTestId('other-deck').click();
  await expect(page.locator('main h1')).toBeFocused();
  const other = new SortGame(page, 'leadership-training-or-development');
  await page.getByTestId(`deck-option-${other.deck.id}`).check();
  await other.start();
  await placeAndGoOn(other, 1);
  await page.getByTestId('other-deck').click();
  await page.getByTestId(`deck-option-${DECK}`).check();
  await game.start();
  await expect(game.progress).toHaveText(`Card 3 of ${game.deck.cards.length}`);
  // A deck fixed by the host offers no other deck.
  await page.goto(`index.html?deck=${DECK}`);
  await expect(game.card).toBeVisible();
  await expect(page.getByTestId('other-deck')).toHaveCount(0);
});

test('a save in the other feedback mode is named before a new game replaces it', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open('&feedback=end');
  await game.start();
  await game.pile((await game.currentCard()).pile).click();
  await game.pile((await game.currentCard()).pile).click();
  // The host now fixes the other mode: the at-end game is not resumed, and the screen says
  // that starting replaces it.
  await game.open('&feedback=immediate');
  await expect(page.getByTestId('other-mode-save')).toHaveText(en['sort.other_mode_save']);
  // Chosen by the learner: named while the other mode is chosen, continued in its own.
  await page.goto('index.html?mode=sort');
  await expect(game.progress).toHaveText(`Card 3 of ${game.deck.cards.length}`);
  await page.getByTestId('other-deck').click();
  await page.getByTestId('feedback-immediate').check();
  await expect(page.getByTestId('other-mode-save')).toBeVisible();
  await page.getByTestId('feedback-end').check();
  await expect(page.getByTestId('other-mode-save')).toHaveCount(0);
  await game.start();
  await expect(game.progress).toHaveText(`Card 3 of ${game.deck.cards.length}`);
});

test('two tabs on one deck: the stale tab takes the newer progress instead of saving over it', async ({ context }) => {
  const a = await context.newPage();
  const gameA = new SortGame(a, DECK);
  await gameA.open();
  await gameA.start();
  await placeAndGoOn(gameA, 1);
  const b = await context.newPage();
  const gameB = new SortGame(b, DECK);
  await b.goto(`index.html?deck=${DECK}`);
  const total = gameB.deck.cards.length;
  await expect(gameB.progress).toHaveText(`Card 2 of ${total}`);
  await placeAndGoOn(gameB, 2);
  // Tab A, still showing card 2, now shows where tab B is, and says why.
  await expect(gameA.progress).toHaveText(`Card 4 of ${total}`);
  await expect(a.getByTestId('synced-notice')).toHaveText(en['sort.synced']);
  await placeAndGoOn(gameA, 1);
  await b.reload();
  await expect(gameB.progress).toHaveText(`Card 5 of ${total}`);
});

test('frames without storage each keep their own game', async ({ page }) => {
  await page.goto('index.html?mode=home');
  await page.evaluate(() => {
    document.body.innerHTML = ['a', 'b']
      .map((n) => `<iframe name="${n}" sandbox="allow-scripts" src="sandbox/sort-myth-or-fact.html" style="inline-size:400px;block-size:700px"></iframe>`)
      .join('');
  });
  const [a, b] = ['a', 'b'].map((n) => new SortGame(page.frameLocator(`iframe[name=${n}]`), DECK));
  for (const game of [a, b]) {
    await game.page.getByTestId('start-game').click();
    await expect(game.card).toBeVisible();
  }
  await placeAndGoOn(a, 2);
  await placeAndGoOn(b, 1);
  await expect(a.progress).toHaveText(`Card 3 of ${a.deck.cards.length}`);
  await expect(b.progress).toHaveText(`Card 2 of ${b.deck.cards.length}`);
});

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

test('a broken author deck: one short line for learners, the detail in the console and with ?author=1', async ({ page }) => {
  const broken = structuredClone(valid);
  broken.cards[1].pile = 'coaching';
  const detail = 'card 2 ("card-2") pile: names pile "coaching", which the deck does not have';
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await withHostDeck(page, JSON.stringify(broken));
  await page.goto('index.html?mode=sort');
  const problems = page.getByTestId('deck-problems');
  await expect(problems).toHaveText(en['notice.deck_not_loaded']);
  await expect.poll(() => warnings.join('\n')).toContain(detail);
  // The deck asked for is the broken one: the same, on a screen of its own.
  await page.goto(`index.html?deck=${valid.id}`);
  await expect(page.getByTestId('deck-error')).toContainText(en['notice.content_error']);
  await expect(page.getByTestId('deck-error')).not.toContainText('coaching');
  // The author's view.
  await page.goto('index.html?mode=sort&author=1');
  await expect(problems).toContainText(detail);
  await page.goto(`index.html?deck=${valid.id}&author=1`);
  await expect(page.getByTestId('deck-error')).toContainText(detail);
});

test('a deck cut short by a raw </script> in its text says so', async ({ page }) => {
  const cut = structuredClone(valid);
  cut.cards[0].text = 'Read <script> and </script> aloud';
  await withHostDeck(page, JSON.stringify(cut));
  await page.goto('index.html?mode=sort&author=1');
  await expect(page.getByTestId('deck-problems')).toContainText(en['deck.script_end']);
});

test('a clean console: no warning or error on the home screen, a game and the chooser', async ({ page }) => {
  const said = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && said.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
  await page.goto('index.html?mode=home');
  await expect(page.getByTestId('screen-home')).toBeVisible();
  const game = new SortGame(page, DECK);
  await page.goto(`sort-${DECK}.html`);
  await game.start();
  await game.pile((await game.currentCard()).pile).click();
  await expect(game.feedback).toBeVisible();
  await page.goto('chooser.html');
  await expect(page.getByTestId('question-progress')).toBeVisible();
  expect(said).toEqual([]);
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 667 } });

  test('the first tap on "Next card" right after a fast touch drag counts', async ({ page }) => {
    const game = new SortGame(page, DECK);
    await game.open();
    await game.start();
    const from = await game.center(game.card);
    const to = await game.center(game.pile((await game.currentCard()).pile));
    const cdp = await page.context().newCDPSession(page);
    const point = (p) => [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
    const t0 = Date.now() / 1000;
    const send = (type, p, t) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? point(p) : [], timestamp: t0 + t });
    // A quick swipe onto the pile, lifted while still moving (a frame apart, 16 ms).
    await send('touchStart', from, 0);
    for (let i = 1; i <= 8; i++) {
      await send('touchMove', { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 }, i * 0.016);
    }
    await send('touchEnd', null, 0.14);
    await expect(game.feedback).toBeVisible();
    // One tap on "Next card" 0.3 s later.
    const next = await game.center(page.getByTestId('next-card'));
    await page.waitForTimeout(300);
    await send('touchStart', next, 0.49);
    await send('touchEnd', null, 0.54);
    await cdp.detach();
    await expect(game.progress).toHaveText(`Card 2 of ${game.deck.cards.length}`);
  });
});
