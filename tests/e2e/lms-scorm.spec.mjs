// SCORM 1.2 and 2004 against a real runtime: npm scorm-again hosts the API on a parent page,
// as an LMS's player does, and each SCO is launched from its unzipped package
// (target/packages/, written by `make package`) through its manifest's href and parameters.
// After playing, the tests assert what the LMS holds, and make the checks scorm-again does not
// make itself (1.2 suspend_data at most 4,096 characters, 1.2 result `wrong` never `incorrect`,
// each 1.2 response legal for its type, no write after finish, raw at most max).
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser, leaningAnswers, loadDeck, loadTable } from './support/twofold.mjs';
import { startPackageServer } from './lms/package-server.mjs';

const DECK = 'myth-or-fact';
let server;
test.beforeAll(async () => {
  server = await startPackageServer();
});
test.afterAll(async () => {
  await server?.stop();
});

/** Opens the SCO of `pkg` in the SCORM test LMS; `preload`: cmi values the LMS already holds;
 *  `extra`: query parameters added to the SCO's launch URL (`lang=ar`). */
async function launch(page, std, pkg, preload, extra) {
  const href = server.launchOf(pkg);
  const launchUrl = extra ? `${href}${href.includes('?') ? '&' : '?'}${extra}` : href;
  const q = new URLSearchParams({ std, launch: launchUrl });
  if (preload) q.set('preload', JSON.stringify(preload));
  await page.goto(server.url(`/lms/scorm-host.html?${q}`));
  return page.frameLocator('iframe');
}

const cmi = (page) => page.evaluate(() => window.lmsCmi());
const log = (page) => page.evaluate(() => window.lmsLog);

/** The interactions the LMS holds, as objects, in order. */
function interactions(values) {
  const out = [];
  for (const [key, value] of Object.entries(values)) {
    const m = key.match(/^cmi\.interactions\.(\d+)\.(.+)$/);
    if (!m) continue;
    const i = Number(m[1]);
    out[i] ??= {};
    out[i][m[2]] = value;
  }
  return out;
}

/** Every check scorm-again does not make itself, over the whole call log. */
function expectNothingScormAgainLetsThrough(calls, std) {
  const set = std === 'scorm12' ? 'LMSSetValue' : 'SetValue';
  const writes = calls.filter((c) => c.fn === set && !c.fault);
  expect(calls.filter((c) => c.afterFinish), 'no call after finish').toEqual([]);
  const finishes = calls.filter((c) => c.fn === (std === 'scorm12' ? 'LMSFinish' : 'Terminate'));
  expect(finishes.length, 'finished at most once').toBeLessThanOrEqual(1);
  const inits = calls.filter((c) => c.fn === (std === 'scorm12' ? 'LMSInitialize' : 'Initialize'));
  expect(inits.length, 'initialized once').toBe(1);
  const types = {};
  let raw = null;
  let max = null;
  for (const { args: [element, value] } of writes) {
    if (std === 'scorm12' && element === 'cmi.suspend_data') expect(value.length).toBeLessThanOrEqual(4096);
    if (std === 'scorm12' && /\.result$/.test(element)) expect(['correct', 'wrong', 'neutral', 'unanticipated']).toContain(value);
    const type = element.match(/^cmi\.interactions\.(\d+)\.type$/);
    if (type) types[type[1]] = value;
    const response = element.match(/^cmi\.interactions\.(\d+)\.(student_response|learner_response)$/);
    if (response && std === 'scorm12') {
      const t = types[response[1]];
      if (t === 'choice' || t === 'true-false') expect(value, `1.2 ${t} response`).toMatch(/^[0-9a-z](,[0-9a-z])*$/);
      if (t === 'fill-in' || t === 'performance') expect(value.length).toBeLessThanOrEqual(255);
      if (t === 'numeric') expect(value).toMatch(/^-?\d+(\.\d+)?$/);
    }
    if (/score\.raw$/.test(element)) raw = Number(value);
    if (/score\.max$/.test(element)) max = Number(value);
  }
  if (raw !== null) expect(raw).toBeLessThanOrEqual(max ?? 100);
}

async function finish(frame) {
  await frame.getByTestId('lms-finish').click();
  await expect(frame.getByTestId('lms-finished')).toBeVisible();
}

for (const std of ['scorm12', 'scorm2004']) {
  const v12 = std === 'scorm12';
  const pkg = `twofold-${std}-sort-${DECK}`;

  test(`${std}: a whole deck from the unzipped package: status, score, every card readable, session time`, async ({ page }) => {
    const frame = await launch(page, std, pkg);
    const game = new SortGame(frame, DECK);
    // Locked to its activity: no way home, no other deck.
    await expect(frame.getByTestId('start-game')).toBeVisible();
    await expect(frame.getByTestId('sort-back-home')).toHaveCount(0);
    await game.start();
    const wrong = [game.deck.cards[0].id, game.deck.cards[1].id];
    await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
    await game.expectResults(wrong);

    const total = game.deck.cards.length;
    const percent = Math.round(((total - wrong.length) * 100) / total);
    let values = await cmi(page);
    if (v12) {
      expect(values['cmi.core.lesson_status']).toBe(percent >= 80 ? 'passed' : 'failed');
      expect(values['cmi.core.score.raw']).toBe(String(percent));
      expect(values['cmi.core.score.min']).toBe('0');
      expect(values['cmi.core.score.max']).toBe('100');
    } else {
      expect(values['cmi.completion_status']).toBe('completed');
      expect(values['cmi.success_status']).toBe(percent >= 80 ? 'passed' : 'failed');
      expect(values['cmi.score.raw']).toBe(String(percent));
      expect(Number(values['cmi.score.scaled'])).toBeCloseTo(percent / 100, 2);
    }
    const list = interactions(values);
    expect(list).toHaveLength(total);
    for (const card of game.deck.cards) {
      const i = list.find((x) => x.id === `${DECK}_${card.id}`);
      expect(i, `an interaction for ${card.id}`).toBeTruthy();
      const missed = wrong.includes(card.id);
      const other = game.deck.piles.find((p) => p.id !== card.pile).id;
      expect(i.type).toBe(v12 ? 'fill-in' : 'choice');
      expect(i[v12 ? 'student_response' : 'learner_response']).toBe(missed ? other : card.pile);
      expect(i['correct_responses.0.pattern']).toBe(card.pile);
      expect(i.result).toBe(missed ? (v12 ? 'wrong' : 'incorrect') : 'correct');
      if (v12) expect(i.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      else {
        expect(i.latency).toMatch(/^PT/);
        expect(i.description).toContain(card.text.slice(0, 40));
      }
    }

    await finish(frame);
    values = await cmi(page);
    expect(values[v12 ? 'cmi.core.session_time' : 'cmi.session_time']).toMatch(v12 ? /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/ : /^PT/);
    const calls = await log(page);
    expectNothingScormAgainLetsThrough(calls, std);
    // The widget stays usable after finishing: the results are still there.
    await expect(game.results).toBeVisible();
  });

  test(`${std}: the chooser completes with no score, its outcome and answers readable`, async ({ page }) => {
    const frame = await launch(page, std, `twofold-${std}-chooser`);
    const model = loadChooser();
    const answers = leaningAnswers(model, 'leadership');
    await expect(frame.getByTestId('chooser-back-home')).toHaveCount(0);
    for (const [q, option] of answers.entries()) {
      await expect(frame.getByTestId('question-progress')).toHaveText(`Question ${q + 1} of ${model.questions.length}`);
      await frame.locator('input[type=radio]').nth(option).check();
      await frame.getByTestId('chooser-next').click();
    }
    await expect(frame.getByTestId('chooser-result')).toBeVisible();
    const values = await cmi(page);
    if (v12) {
      expect(values['cmi.core.lesson_status']).toBe('completed');
      expect(values['cmi.core.score.raw'] ?? '').toBe('');
    } else {
      expect(values['cmi.completion_status']).toBe('completed');
      expect(values['cmi.success_status']).toBe('unknown');
      expect(values['cmi.score.raw'] ?? '').toBe('');
    }
    const list = interactions(values);
    const outcome = list.find((i) => i.id === `${model.id}_outcome`);
    expect(outcome, 'the outcome as an interaction').toBeTruthy();
    expect(outcome[v12 ? 'student_response' : 'learner_response']).toBe('leadership');
    if (!v12) expect(outcome.description).toMatch(/Leadership development \d+/);
    else expect(list.filter((i) => i.id.startsWith(`${model.id}_score_`)).length).toBe(model.paths.length);
    const questions = list.filter((i) => i.id.startsWith(`${model.id}_question_`));
    expect(questions).toHaveLength(model.questions.length);
    model.questions.forEach((q, n) => {
      const i = questions.find((x) => x.id === `${model.id}_question_${q.id}`);
      expect(i[v12 ? 'student_response' : 'learner_response']).toBe(q.options[answers[n]].id);
    });
    await finish(frame);
    expectNothingScormAgainLetsThrough(await log(page), std);
  });
}

test('scorm12: a reload with the saved suspend_data finds the game where it was, and hiding the page commits without finishing', async ({ page }) => {
  const pkg = `twofold-scorm12-sort-${DECK}`;
  let frame = await launch(page, 'scorm12', pkg);
  let game = new SortGame(frame, DECK);
  await game.start();
  for (let n = 0; n < 3; n++) {
    const card = await game.currentCard();
    await game.pile(card.pile).click();
    await frame.getByTestId('next-card').click();
  }
  await expect(game.progress).toHaveText(`Card 4 of ${game.deck.cards.length}`);

  // Hidden: a commit, no finish; the learner comes back and goes on being recorded.
  const before = (await log(page)).length;
  await page.frames()[1].evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(async () => (await log(page)).slice(before).map((c) => c.fn)).toContain('LMSCommit');
  expect((await log(page)).map((c) => c.fn)).not.toContain('LMSFinish');
  await page.frames()[1].evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const card = await game.currentCard();
  await game.pile(card.pile).click();
  await expect.poll(async () => interactions(await cmi(page)).length).toBe(4);

  // Relaunched by the LMS with what it kept: the same game, at the same card.
  const kept = await cmi(page);
  expect(kept['cmi.core.exit']).toBe('suspend');
  expect(kept['cmi.suspend_data'].length).toBeGreaterThan(0);
  frame = await launch(page, 'scorm12', pkg, {
    'cmi.suspend_data': kept['cmi.suspend_data'],
    'cmi.core.entry': 'resume',
    'cmi.core.lesson_status': kept['cmi.core.lesson_status'],
  });
  game = new SortGame(frame, DECK);
  await expect(frame.getByTestId('feedback')).toBeVisible();
  await frame.getByTestId('next-card').click();
  await expect(game.progress).toHaveText(`Card 5 of ${game.deck.cards.length}`);
});

test("scorm12: the LMS's record wins: a game the browser kept for the same page is not resumed, and another tab's saves are not followed", async ({ page, context }) => {
  const pkg = `twofold-scorm12-sort-${DECK}`;
  // The same page opened outside the LMS (no API): it saves in the browser's storage.
  const outside = await context.newPage();
  await outside.goto(server.url(server.launchOf(pkg)));
  const there = new SortGame(outside, DECK);
  await there.start();
  for (let n = 0; n < 2; n++) {
    await there.pile((await there.currentCard()).pile).click();
    await outside.getByTestId('next-card').click();
  }
  await expect(there.progress).toHaveText(`Card 3 of ${there.deck.cards.length}`);
  // The LMS holds nothing yet: a new game, whatever the browser kept.
  const frame = await launch(page, 'scorm12', pkg);
  const game = new SortGame(frame, DECK);
  await game.start();
  await expect(game.progress).toHaveText(`Card 1 of ${game.deck.cards.length}`);
  // The other tab plays on; the LMS's game stays as it is.
  await there.pile((await there.currentCard()).pile).click();
  await outside.getByTestId('next-card').click();
  await expect(there.progress).toHaveText(`Card 4 of ${there.deck.cards.length}`);
  await game.pile((await game.currentCard()).pile).click();
  await expect(frame.getByTestId('feedback')).toBeVisible();
  await expect(frame.getByTestId('synced-notice')).toHaveCount(0);
  await expect(game.progress).toHaveText(`Card 1 of ${game.deck.cards.length}`);
});

test('scorm2004: an LMS that refuses, throws, then vanishes loses nothing: once it answers it holds every card in order, with the original times', async ({ page }) => {
  const frame = await launch(page, 'scorm2004', `twofold-scorm2004-sort-${DECK}`);
  const game = new SortGame(frame, DECK);
  await game.start();
  const placeOne = async () => {
    const card = await game.currentCard();
    await game.pile(card.pile).click();
    await frame.getByTestId('next-card').click();
    return card.id;
  };
  const order = [await placeOne()];
  const setFault = (faults) => page.evaluate((f) => Object.assign(window.lmsFaults, f), faults);

  await setFault({ setValueFalse: true });
  order.push(await placeOne());
  // The learner is told calmly, and plays on.
  await expect(frame.getByTestId('lms-notice')).toBeVisible();
  // From here on the LMS takes values again: the refused card cannot be written before now.
  const clearedAt = Date.now();
  await setFault({ setValueFalse: false, commitThrows: true });
  order.push(await placeOne());
  await setFault({ commitThrows: false });
  await page.evaluate(() => window.lmsRemove());
  order.push(await placeOne());
  await expect(frame.getByTestId('lms-notice')).toBeVisible();
  await page.evaluate(() => window.lmsRestore());
  order.push(await placeOne());

  await expect.poll(async () => interactions(await cmi(page)).map((i) => i.id), { timeout: 20_000 }).toEqual(order.map((id) => `${DECK}_${id}`));
  await expect(frame.getByTestId('lms-notice')).toHaveCount(0);
  // The refused card keeps the time it was answered, not the time it was finally sent.
  const second = interactions(await cmi(page))[1];
  expect(Date.parse(second.timestamp)).toBeLessThan(clearedAt);

  // The API goes away once more, now until the deck is done: the final score still arrives.
  await page.evaluate(() => window.lmsRemove());
  while ((await game.progress.textContent()).trim() !== `Card ${game.deck.cards.length} of ${game.deck.cards.length}`) {
    order.push(await placeOne());
  }
  order.push(await placeOne());
  await expect(game.results).toBeVisible();
  await page.evaluate(() => window.lmsRestore());
  await expect.poll(async () => (await cmi(page))['cmi.score.raw'], { timeout: 20_000 }).toBe('100');
  const values = await cmi(page);
  expect(values['cmi.success_status']).toBe('passed');
  expect(interactions(values).map((i) => i.id)).toEqual(order.map((id) => `${DECK}_${id}`));
  expectNothingScormAgainLetsThrough(await log(page), 'scorm2004');
});

test('scorm2004: an API that refuses Initialize: the learner is told this visit is not recorded, plays the whole deck, and the SCO calls nothing more', async ({ page }) => {
  const q = new URLSearchParams({ std: 'scorm2004', launch: server.launchOf(`twofold-scorm2004-sort-${DECK}`), refuse: 'init' });
  await page.goto(server.url(`/lms/scorm-host.html?${q}`));
  const frame = page.frameLocator('iframe');
  await expect(frame.getByTestId('lms-unreported')).toHaveText(loadTable('en')['lms.not_recorded']);
  await expect(frame.getByTestId('lms-finish')).toHaveCount(0);
  await expect(frame.getByTestId('start-game')).toBeVisible();
  await expect(frame.getByTestId('sort-back-home')).toHaveCount(0);
  const game = new SortGame(frame, DECK);
  await game.start();
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: [] });
  await game.expectResults([]);
  await expect(frame.getByTestId('results-home')).toHaveCount(0);
  await expect(frame.getByTestId('lms-unreported')).toBeVisible();
  expect((await log(page)).map((c) => c.fn).filter((fn) => !/Error|Diagnostic/.test(fn))).toEqual(['Initialize']);
});

test("scorm12: the LMS's mastery score (the manifest's, as the LMS hands it over) decides pass or fail", async ({ page }) => {
  const pkg = `twofold-scorm12-sort-${DECK}`;
  // A teacher raised the mastery to 95 in the LMS: 2 misses are a fail.
  const frame = await launch(page, 'scorm12', pkg, { 'cmi.student_data.mastery_score': '95' });
  const game = new SortGame(frame, DECK);
  await game.start();
  const wrong = [game.deck.cards[0].id, game.deck.cards[1].id];
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
  const values = await cmi(page);
  const percent = Math.round(((game.deck.cards.length - 2) * 100) / game.deck.cards.length);
  expect(percent).toBeLessThan(95);
  expect(percent).toBeGreaterThanOrEqual(80);
  expect(values['cmi.core.lesson_status']).toBe('failed');
  expect(values['cmi.core.score.raw']).toBe(String(percent));
});

// The learner's language from the LMS (#12): 1.2 `cmi.student_preference.language`, 2004
// `cmi.learner_preference.language`; `?lang=` first, then the LMS's, then the browser's
// (this context's locale is Arabic). The language is known before anything shows: the
// widget's root is in it the first time it appears (no English flash).
test.describe('the learner’s language from the LMS', () => {
  test.use({ locale: 'ar-EG' });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const el = document.querySelector('#twofold .twofold');
        if (el) {
          window.firstLang = el.lang;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
  });
  // The language the SCO's root had when it first appeared.
  const firstLang = (page) => page.frames().find((f) => f.url().includes('/pkg/')).evaluate(() => window.firstLang);
  const root = (frame) => frame.locator('.twofold').first();

  test('scorm2004: learner_preference.language es-MX shows the SCO in Spanish from the first paint, and every card’s description is the Spanish card', async ({ page }) => {
    const frame = await launch(page, 'scorm2004', `twofold-scorm2004-sort-${DECK}`, { 'cmi.learner_preference.language': 'es-MX' });
    const game = new SortGame(frame, DECK, { lang: 'es' });
    await expect(frame.getByTestId('start-game')).toBeVisible();
    await expect(root(frame)).toHaveAttribute('lang', 'es');
    expect(await firstLang(page)).toBe('es');
    await expect(frame.locator('#start-title')).toHaveText(game.deck.title);
    await game.start();
    await game.playAll((pile) => game.pile(pile).click(), { wrongIds: [game.deck.cards[0].id] });
    const list = interactions(await cmi(page));
    expect(list).toHaveLength(game.deck.cards.length);
    for (const card of game.deck.cards) {
      const i = list.find((x) => x.id === `${DECK}_${card.id}`);
      expect(i, `an interaction for ${card.id} (English ids)`).toBeTruthy();
      expect(i.description).toBe(`{lang=es}${card.text}`);
    }
    await finish(frame);
    expectNothingScormAgainLetsThrough(await log(page), 'scorm2004');
  });

  test('scorm12: student_preference.language fr shows French; ?lang= in the launch wins over it; a language without a table falls back to the browser’s', async ({ page }) => {
    const pkg = `twofold-scorm12-sort-${DECK}`;
    const expectIn = async (frame, lang) => {
      await expect(frame.getByTestId('start-game')).toBeVisible();
      await expect(root(frame)).toHaveAttribute('lang', lang);
      await expect(root(frame)).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expect(frame.locator('#start-title')).toHaveText(loadDeck(DECK, lang).title);
      expect(await firstLang(page)).toBe(lang);
    };
    let frame = await launch(page, 'scorm12', pkg, { 'cmi.student_preference.language': 'fr' });
    await expectIn(frame, 'fr');
    // Played in French, reported with the same ids.
    const game = new SortGame(frame, DECK, { lang: 'fr' });
    await game.start();
    const card = await game.currentCard();
    await game.pile(card.pile).click();
    await expect(frame.getByTestId('explanation')).toHaveText(card.explanation);
    await expect.poll(async () => interactions(await cmi(page)).map((i) => i.id)).toEqual([`${DECK}_${card.id}`]);

    frame = await launch(page, 'scorm12', pkg, { 'cmi.student_preference.language': 'fr' }, 'lang=es');
    await expectIn(frame, 'es');
    // German has no table: the browser's language (this context's locale, Arabic) is next.
    frame = await launch(page, 'scorm12', pkg, { 'cmi.student_preference.language': 'de' });
    await expectIn(frame, 'ar');
    await expect(frame.getByTestId('start-game')).toHaveText(loadTable('ar')['sort.start']);
  });
});
