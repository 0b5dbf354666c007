// cmi5 against a real LRS: xapi-rs on a throwaway PostgreSQL cluster (tests/lms/lrs.mjs),
// behind the project's cmi5 test LMS (tests/lms/cmi5-lms.mjs), which launches the AU from the
// unzipped cmi5 package (target/packages/), plays the LMS side, and checks every statement
// against the cmi5 rules (with their requirement ids) and @learninglocker/xapi-validation.
// Each test asserts what the real LRS stored, and that no rule was broken.
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser, leaningAnswers, loadTable } from './support/twofold.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { startPackageServer, unzipPackage } from './lms/package-server.mjs';
import { startLrs } from '../lms/lrs.mjs';
import { startCmi5Lms } from '../lms/cmi5-lms.mjs';

const DECK = 'myth-or-fact';
const VERB = (s) => s.verb.id.split('/').pop();
let lrs;
let lms;
let au;
let chooserAu;
let chooserLms;

test.beforeAll(async () => {
  lrs = await startLrs();
  au = unzipPackage(`twofold-cmi5-sort-${DECK}`);
  chooserAu = unzipPackage('twofold-cmi5-chooser');
  lms = await startCmi5Lms({ lrs, auRoot: au.dir });
  chooserLms = await startCmi5Lms({ lrs, auRoot: chooserAu.dir });
});
test.afterAll(async () => {
  await lms?.stop();
  await chooserLms?.stop();
  await lrs?.stop();
  au?.remove();
  chooserAu?.remove();
});

/** Plays the whole deck in the frame-less AU page, `wrong` cards on the wrong pile. */
async function playDeck(page, wrong = []) {
  const game = new SortGame(page, DECK);
  await game.start();
  const ids = typeof wrong === 'number' ? game.deck.cards.slice(0, wrong).map((c) => c.id) : wrong;
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: ids });
  return { game, wrong: ids };
}

async function verbs(registration) {
  return (await lms.statements({ registration })).map(VERB);
}

/** A Normal launch (mastery 0.8, no returnURL) of the sorting AU, its game started and
 *  `initialized` stored: the game and the registration. */
async function startedGame(page) {
  const url = await lms.launch({ masteryScore: 0.8, returnURL: null });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  const game = new SortGame(page, DECK);
  await game.start();
  await expect.poll(() => verbs(registration), { timeout: 15_000 }).toContain('initialized');
  return { game, registration };
}

/** How many statements of `verb` the LRS holds for `registration`. */
async function stored(registration, verb) {
  return (await verbs(registration)).filter((v) => v === verb).length;
}

async function expectConformant(registration, server = lms) {
  expect(server.violations({ registration })).toEqual([]);
}

test('Normal launch, mastery passed: initialized first, an answer per card, completed and passed the moment the deck ends; playing again after the pass never sends failed; terminated last, then returnURL', async ({ page }) => {
  const url = await lms.launch({ masteryScore: 0.8 });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  await expect(page.getByTestId('sort-back-home')).toHaveCount(0);
  const { game } = await playDeck(page, 1);
  // completed and passed are sent when they happen, not on unload.
  await expect.poll(() => verbs(registration), { timeout: 15_000 }).toContain('passed');
  let seen = await verbs(registration);
  expect(seen[0]).toBe('launched');
  expect(seen[1]).toBe('initialized');
  expect(seen.filter((v) => v === 'answered')).toHaveLength(game.deck.cards.length);
  expect(seen.filter((v) => v === 'completed')).toHaveLength(1);
  expect(seen).not.toContain('failed');
  const passed = (await lms.statements({ registration, verb: 'passed' }))[0];
  expect(passed.result.success).toBe(true);
  expect(passed.result.score.scaled).toBeGreaterThanOrEqual(0.8);
  const answered = (await lms.statements({ registration })).filter((s) => VERB(s) === 'answered');
  const card = game.deck.cards[0];
  const first = answered.find((s) => s.object.id.endsWith(`/${DECK}/${card.id}`));
  expect(first, 'an answered statement for the first card').toBeTruthy();
  expect(first.object.definition.description['en-US'] ?? first.object.definition.description.en).toContain(card.text.slice(0, 30));
  expect(first.result.success).toBe(false);

  // Play again after the pass, every card wrong: practice, and the pass stays.
  await page.getByTestId('play-again').click();
  await expect(page.getByTestId('lms-practice')).toBeVisible();
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: game.deck.cards.map((c) => c.id) });
  await page.getByTestId('lms-finish').click();
  await expect.poll(() => lms.returnVisited(), { timeout: 15_000 }).toBe(true);
  seen = await verbs(registration);
  expect(seen.at(-1)).toBe('terminated');
  expect(seen).not.toContain('failed');
  expect(seen.filter((v) => v === 'passed')).toHaveLength(1);
  await expectConformant(registration);
});

test('mastery failed: failed, never passed; playing again in the same session is practice and sends no second result', async ({ page }) => {
  const url = await lms.launch({ masteryScore: 0.95, returnURL: null });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  await playDeck(page, 3);
  await expect.poll(() => verbs(registration), { timeout: 15_000 }).toContain('failed');
  await page.getByTestId('play-again').click();
  await expect(page.getByTestId('lms-practice')).toBeVisible();
  await page.getByTestId('lms-finish').click();
  await expect.poll(() => verbs(registration), { timeout: 15_000 }).toContain('terminated');
  const seen = await verbs(registration);
  expect(seen.filter((v) => v === 'failed')).toHaveLength(1);
  expect(seen).not.toContain('passed');
  await expectConformant(registration);
});

test('a reload mid-session goes on with the same session: no second initialized, the game where it was', async ({ page }) => {
  const url = await lms.launch({ masteryScore: 0.8, returnURL: null });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  const game = new SortGame(page, DECK);
  await game.start();
  for (let n = 0; n < 2; n++) {
    const card = await game.currentCard();
    await game.pile(card.pile).click();
    await page.getByTestId('next-card').click();
  }
  await expect.poll(() => stored(registration, 'answered'), { timeout: 15_000 }).toBe(2);
  await page.reload();
  await expect(game.progress).toHaveText(`Card 3 of ${game.deck.cards.length}`);
  const card = await game.currentCard();
  await game.pile(card.pile).click();
  await expect.poll(() => stored(registration, 'answered'), { timeout: 15_000 }).toBe(3);
  expect((await verbs(registration)).filter((v) => v === 'initialized')).toHaveLength(1);
  await expectConformant(registration);
});

test('a reload while a statement has no answer yet loses nothing: what was queued behind it goes as the page is left, and the game resumes where it was', async ({ page }) => {
  const { game, registration } = await startedGame(page);
  try {
    // The first answer's statement gets no answer from the LRS: the state document written
    // after it waits behind it in the queue, until the page is left.
    const start = lms.requests().length;
    lms.failLrs({ hang: true, count: 1, match: /^statements/ });
    const card = await game.currentCard();
    await game.pile(card.pile).click();
    await page.getByTestId('next-card').click();
    await expect.poll(() => lms.requests().slice(start).some((r) => r.status === 'hung')).toBe(true);
    await page.reload();
    await expect(game.progress).toHaveText(`Card 2 of ${game.deck.cards.length}`);
    const next = await game.currentCard();
    await game.pile(next.pile).click();
    await expect.poll(() => stored(registration, 'answered'), { timeout: 15_000 }).toBe(2);
  } finally {
    lms.restoreLrs();
  }
  const answered = (await lms.statements({ registration })).filter((s) => VERB(s) === 'answered');
  expect(answered).toHaveLength(2);
  expect((await verbs(registration)).filter((v) => v === 'initialized')).toHaveLength(1);
  await expectConformant(registration);
});

test('the LRS failing for a while loses nothing: the statements arrive, in order, once it answers', async ({ page }) => {
  const { game, registration } = await startedGame(page);
  lms.failLrs({ status: 503, untilCleared: true, match: /^statements/ });
  const order = [];
  for (let n = 0; n < 3; n++) {
    const card = await game.currentCard();
    order.push(card.id);
    await game.pile(card.pile).click();
    await page.getByTestId('next-card').click();
  }
  await expect(page.getByTestId('lms-notice')).toBeVisible();
  lms.restoreLrs();
  // The learner goes on: the next answer goes out behind the queued ones (an idle learner's
  // queue goes on the script's next retry, up to a minute later).
  const card = await game.currentCard();
  order.push(card.id);
  await game.pile(card.pile).click();
  await expect.poll(() => stored(registration, 'answered'), { timeout: 30_000 }).toBe(4);
  const answered = (await lms.statements({ registration })).filter((s) => VERB(s) === 'answered');
  expect(answered.map((s) => s.object.id.split('/').pop())).toEqual(order);
  await expect(page.getByTestId('lms-notice')).toHaveCount(0);
  await expectConformant(registration);
});

test('Browse launch sends only initialized and terminated, and tells the learner it is practice', async ({ page }) => {
  const url = await lms.launch({ launchMode: 'Browse', masteryScore: 0.8, returnURL: null });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  await playDeck(page, 0);
  await expect(page.getByTestId('lms-practice')).toBeVisible();
  // The LMS bar is part of the page's accessibility: axe finds nothing with its notes shown,
  // and Finish works by keyboard.
  await expectNoAxeViolations(page, 'results with the LMS bar (practice note)');
  await page.getByTestId('lms-finish').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lms-finished')).toBeVisible();
  await expectNoAxeViolations(page, 'results with the LMS bar (finished)');
  await expect.poll(() => verbs(registration), { timeout: 15_000 }).toContain('terminated');
  expect(await verbs(registration)).toEqual(['launched', 'initialized', 'terminated']);
  await expectConformant(registration);
});

test('the chooser AU completes with no score; its outcome and each path score reach the LRS', async ({ page }) => {
  const url = await chooserLms.launch({ returnURL: null });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  const model = loadChooser();
  const answers = leaningAnswers(model, 'technical');
  for (const [q, option] of answers.entries()) {
    await expect(page.getByTestId('question-progress')).toHaveText(`Question ${q + 1} of ${model.questions.length}`);
    await page.locator('input[type=radio]').nth(option).check();
    await page.getByTestId('chooser-next').click();
  }
  await expect(page.getByTestId('chooser-result')).toBeVisible();
  const stored = () => chooserLms.statements({ registration });
  await expect.poll(async () => (await stored()).map(VERB), { timeout: 15_000 }).toContain('completed');
  const completed = (await stored()).find((s) => VERB(s) === 'completed');
  expect(completed.result.completion).toBe(true);
  expect(completed.result.score).toBeUndefined();
  expect((await stored()).map(VERB)).not.toContain('passed');
  const text = JSON.stringify(await stored());
  expect(text).toContain('technical');
  expect(chooserLms.violations({ registration })).toEqual([]);
});

test('the learner’s languagePreference "ar,en" (cmi5LearnerPreferences): the AU is in Arabic, right to left, from its first paint, and its answers are described in Arabic', async ({ page }) => {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const el = document.querySelector('#twofold .twofold');
      if (el) {
        window.firstLang = el.lang;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const url = await lms.launch({ masteryScore: 0.8, returnURL: null, languagePreference: 'ar,en' });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  const root = page.locator('.twofold').first();
  await expect(page.getByTestId('start-game')).toHaveText(loadTable('ar')['sort.start']);
  await expect(root).toHaveAttribute('lang', 'ar');
  await expect(root).toHaveAttribute('dir', 'rtl');
  expect(await page.evaluate(() => window.firstLang)).toBe('ar');
  const game = new SortGame(page, DECK, { lang: 'ar' });
  await expect(page.locator('#start-title')).toHaveText(game.deck.title);
  await game.start();
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: [game.deck.cards[0].id] });
  await expect.poll(() => verbs(registration), { timeout: 15_000 }).toContain('passed');
  const answered = (await lms.statements({ registration })).filter((s) => VERB(s) === 'answered');
  expect(answered).toHaveLength(game.deck.cards.length);
  for (const card of game.deck.cards) {
    const s = answered.find((x) => x.object.id.endsWith(`/${DECK}/${card.id}`));
    expect(s, `an answered statement for ${card.id} (English ids)`).toBeTruthy();
    expect(s.object.definition.description).toEqual({ ar: card.text });
    expect(s.object.definition.choices.map((c) => c.description)).toEqual(game.deck.piles.map((p) => ({ ar: p.label })));
  }
  await expectConformant(registration);
});

test('a languagePreference that is not text (the LMS wrote 42): the AU is in the browser’s language and reports as usual', async ({ page }) => {
  const url = await lms.launch({ masteryScore: 0.8, returnURL: null, languagePreference: 42 });
  const registration = new URL(url).searchParams.get('registration');
  await page.goto(url);
  await expect(page.getByTestId('start-game')).toHaveText(loadTable('en')['sort.start']);
  await expect(page.locator('.twofold').first()).toHaveAttribute('lang', 'en');
  await new SortGame(page, DECK).start();
  await expect.poll(() => verbs(registration), { timeout: 15_000 }).toContain('initialized');
  await expectConformant(registration);
});

/** Plays the whole deck (one card wrong) where the learner is told this visit is not
 *  recorded: the note stays, no Finish, the results come. */
async function playUnrecorded(page) {
  const note = page.getByTestId('lms-unreported');
  await expect(note).toHaveText(loadTable('en')['lms.not_recorded']);
  await expect(page.getByTestId('lms-finish')).toHaveCount(0);
  // Still the activity the LMS launched, and only it.
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.getByTestId('sort-back-home')).toHaveCount(0);
  const game = new SortGame(page, DECK);
  await game.start();
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: [game.deck.cards[0].id] });
  await game.expectResults([game.deck.cards[0].id]);
  await expect(note).toBeVisible();
  await expect(page.getByTestId('results-home')).toHaveCount(0);
  await expectNoAxeViolations(page, 'results, the visit not recorded');
}

test('an LRS that does not answer at launch: the learner is told this visit is not recorded, and plays the whole deck', async ({ page }) => {
  const url = await lms.launch({ masteryScore: 0.8, returnURL: null });
  const registration = new URL(url).searchParams.get('registration');
  lms.failLrs({ untilCleared: true, status: 503 });
  try {
    await page.goto(url);
    await playUnrecorded(page);
  } finally {
    lms.restoreLrs();
  }
  expect(await verbs(registration)).toEqual(['launched']);
});

test.describe('a remote AU: the cmi5 build hosted on another origin, launched by its absolute url', () => {
  let host;
  let remote;
  test.beforeAll(async () => {
    host = await startPackageServer();
  });
  // Each test starts its own LMS; it is stopped whatever the test's outcome.
  test.afterEach(async () => {
    await remote?.stop();
    remote = null;
  });
  test.afterAll(async () => {
    await host?.stop();
  });
  const auUrl = () => host.url(`/pkg/twofold-cmi5-sort-${DECK}/${lms.course.url}`);

  test('an LMS that answers the AU across origins (CORS) records the whole game, then opens returnURL', async ({ page }) => {
    remote = await startCmi5Lms({ lrs, auRoot: au.dir, auOrigins: [host.origin] });
    const url = await remote.launch({ auUrl: auUrl(), masteryScore: 0.8 });
    expect(new URL(url).origin).toBe(host.origin);
    expect(host.origin).not.toBe(remote.origin);
    const registration = new URL(url).searchParams.get('registration');
    await page.goto(url);
    const { game } = await playDeck(page, 1);
    const seen = () => remote.statements({ registration }).then((list) => list.map(VERB));
    await expect.poll(seen, { timeout: 15_000 }).toContain('passed');
    await page.getByTestId('lms-finish').click();
    await expect.poll(() => remote.returnVisited(), { timeout: 15_000 }).toBe(true);
    const verbsSeen = await seen();
    expect(verbsSeen.slice(0, 2)).toEqual(['launched', 'initialized']);
    expect(verbsSeen.filter((v) => v === 'answered')).toHaveLength(game.deck.cards.length);
    expect(verbsSeen.at(-1)).toBe('terminated');
    expect(remote.violations({ registration })).toEqual([]);
  });

  test('an LMS that does not answer across origins: the learner is told this visit is not recorded, and plays', async ({ page }) => {
    remote = await startCmi5Lms({ lrs, auRoot: au.dir });
    const url = await remote.launch({ auUrl: auUrl(), masteryScore: 0.8, returnURL: null });
    await page.goto(url);
    await playUnrecorded(page);
  });
});
