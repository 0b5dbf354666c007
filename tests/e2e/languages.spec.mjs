// The widget in the learner's language (#12): a whole deck and the chooser in Spanish, French
// and Arabic (by ?lang=), Arabic by mouse drag, touch, tap and keyboard at 320 and 1280 px,
// right to left for real (pile order, bars growing from the right), no stray Latin words on
// the Arabic screens, a game saved in English resumed in Arabic, only the chosen language's
// files requested, the browser's language (Playwright's `locale`) with no English flash, a
// table that cannot be fetched leaving the page in English, and axe on the Arabic screens.
import { test, expect } from '@playwright/test';
import { SortGame, expectNoHorizontalScroll, leaningAnswers, loadChooser, loadDeck, loadTable, words } from './support/twofold.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';

const DECK = 'myth-or-fact';
const LANGS = ['es', 'fr', 'ar'];

/** Every request the page makes for a content file (content/…). */
function contentRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/content/')) seen.push(path.slice(path.indexOf('/content/') + 1));
  });
  return seen;
}

const root = (page) => page.locator('.twofold').first();

async function answerChooser(page, lang, path) {
  const model = loadChooser(lang);
  const table = loadTable(lang);
  const answers = leaningAnswers(model, path);
  for (const [q, o] of answers.entries()) {
    const progress = words(table, 'chooser.question_progress', { n: q + 1, total: answers.length });
    await expect(page.getByTestId('question-progress')).toHaveText(progress);
    const question = model.questions[q];
    await page.getByTestId(`question-${question.id}`).getByTestId(`option-${question.options[o].id}`).check();
    await page.getByTestId('chooser-next').click();
  }
  const outcome = model.paths.find((p) => p.id === path).outcome;
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', path);
  await expect(page.getByTestId('outcome-title')).toHaveText(outcome.title);
}

for (const lang of LANGS) {
  test(`${lang}: a whole deck and the chooser, in ${lang} only`, async ({ page }) => {
    const requested = contentRequests(page);
    const game = new SortGame(page, DECK, { lang });
    await game.open(`&lang=${lang}`);
    await expect(root(page)).toHaveAttribute('lang', lang);
    await expect(root(page)).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('#start-title')).toHaveText(game.deck.title);
    // The page itself is in the language: <html lang dir> and the tab's title.
    const table = loadTable(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page).toHaveTitle(words(table, 'page.title', { activity: game.deck.title }));
    await game.start();
    await expect(page.locator('#board-title')).toHaveText(game.deck.title);
    await expect(page.locator('#board-title')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('card').locator('.card__text')).toHaveAttribute('lang', lang);
    const wrong = [game.deck.cards[1].id];
    await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
    await game.expectResults(wrong);
    await page.goto(`index.html?mode=chooser&lang=${lang}`);
    await expect(page).toHaveTitle(words(table, 'page.title', { activity: loadChooser(lang).title }));
    await answerChooser(page, lang, 'leadership');
    // Only this language's table and content, never English's files or another language's.
    expect(requested.length).toBeGreaterThan(0);
    for (const path of requested) expect(path, 'a file of the chosen language').toMatch(new RegExp(`^content/${lang}/`));
    expect(requested.some((p) => p.startsWith(`content/${lang}/i18n.`))).toBe(true);
  });
}

test('a regional tag takes its language (fr-CA is French); an unknown one is reported', async ({ page }) => {
  await page.goto(`index.html?deck=${DECK}&lang=fr-CA`);
  await expect(root(page)).toHaveAttribute('lang', 'fr');
  await page.goto(`index.html?deck=${DECK}&lang=de`);
  await expect(root(page)).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('config-problems')).toContainText('lang');
});

test('an English page requests no other language’s file', async ({ page }) => {
  const requested = contentRequests(page);
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  await page.goto('index.html?mode=chooser');
  await expect(page.getByTestId('question-progress')).toBeVisible();
  expect(requested.length).toBeGreaterThan(0);
  for (const path of requested) expect(path).not.toMatch(/^content\/(es|fr|ar)\//);
});

test.describe('the browser’s language (navigator.languages)', () => {
  test.use({ locale: 'fr-CA' });

  test('opens in French without showing English first', async ({ page }) => {
    // Records the language of the widget's root the first time it appears (a pre-rendered
    // variant only if the page's head script chose it: the others leave before any paint).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const el = [...document.querySelectorAll('#twofold .twofold')]
          .find((e) => !e.dataset.pre || e.dataset.pre === document.documentElement.dataset.preLang);
        if (el) {
          window.firstLang = el.lang;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('index.html?mode=home');
    await expect(root(page)).toHaveAttribute('lang', 'fr');
    expect(await page.evaluate(() => window.firstLang)).toBe('fr');
    await expect(page.locator('.home__subtitle')).toHaveText(loadTable('fr')['home.heading']);
    const table = loadTable('fr');
    await expect(page).toHaveTitle(words(table, 'page.title', { activity: table['app.tagline'] }));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('?lang= wins over it', async ({ page }) => {
    await page.goto('index.html?mode=home&lang=es');
    await expect(root(page)).toHaveAttribute('lang', 'es');
  });

  test('a table that cannot be fetched leaves the page in English, with a warning', async ({ page }) => {
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.route(/content\/fr\/i18n\./, (route) => route.abort());
    await page.goto('index.html?mode=home');
    await expect(root(page)).toHaveAttribute('lang', 'en');
    await expect(page.locator('.home__subtitle')).toHaveText(loadTable('en')['home.heading']);
    expect(warnings.join('\n')).toContain('showing English');
  });
});

test('a game saved in English resumes in Arabic', async ({ page }) => {
  const en = new SortGame(page, DECK);
  await en.open();
  await en.start();
  for (let i = 0; i < 2; i++) {
    await en.pile((await en.currentCard()).pile).click();
    await page.getByTestId('next-card').click();
  }
  const ar = new SortGame(page, DECK, { lang: 'ar' });
  await page.goto(`index.html?deck=${DECK}&lang=ar`);
  await expect(page.getByTestId('resume-notice')).toBeVisible();
  const total = ar.deck.cards.length;
  await expect(ar.progress).toHaveText(words(ar.table, 'sort.progress', { n: 3, total }));
  // The card on the table is the Arabic wording of the same card.
  const card = await ar.currentCard();
  expect(ar.deck.cards.map((c) => c.id)).toContain(card.id);
});

// --- Arabic, right to left ------------------------------------------------------------------

/** Latin words allowed on Arabic screens: the brand and what the Arabic content itself writes. */
function latinAllowed() {
  const content = JSON.stringify([
    ...['leadership-training-or-development', 'technical-training-or-leadership-development', DECK].map((id) =>
      loadDeck(id, 'ar')),
    loadChooser('ar'),
  ]);
  return new Set(['Twofold', ...(content.match(/[A-Za-z]{2,}/g) ?? [])]);
}
const LATIN_OK = latinAllowed();

async function expectNoStrayLatin(page, where) {
  const text = await root(page).evaluate((el) => el.innerText);
  const stray = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_OK.has(w));
  expect(stray, `Latin words on the Arabic ${where}`).toEqual([]);
}

/**
 * Every character the widget shows has a glyph in the fonts the page has: each is drawn in
 * its element's font and compared with what the browser draws for a code point no font has
 * (the "tofu" box). A screenshot of the screen goes with the test's results, for a reviewer.
 */
async function expectEveryGlyph(page, where) {
  const missing = await root(page).evaluate((el) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 48;
    const g = canvas.getContext('2d', { willReadFrequently: true });
    const draw = (ch, font) => {
      g.clearRect(0, 0, 48, 48);
      g.font = font;
      g.fillText(ch, 8, 36);
      return g.getImageData(0, 0, 48, 48).data.join();
    };
    const seen = new Map();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const owner = node.parentElement;
      if (!owner.checkVisibility()) continue;
      const style = getComputedStyle(owner);
      const font = `28px ${style.fontFamily}`;
      for (const ch of node.data) if (/\S/u.test(ch) && !/\p{M}/u.test(ch)) seen.set(`${ch}\u0000${font}`, [ch, font]);
    }
    const missing = [];
    for (const [ch, font] of seen.values()) {
      if (draw(ch, font) === draw('\u{10FFFD}', font)) missing.push(`${ch} (U+${ch.codePointAt(0).toString(16)})`);
    }
    return missing;
  });
  await test.info().attach(`Arabic ${where}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  expect(missing, `characters drawn as a missing glyph on the Arabic ${where}`).toEqual([]);
}

/** What every Arabic screen must hold to: no stray Latin words, a glyph for every character. */
async function expectArabicScreen(page, where) {
  await expectNoStrayLatin(page, where);
  await expectEveryGlyph(page, where);
}

/** Pile buttons' horizontal centres, in their DOM (reading) order. */
async function pileCentres(page) {
  return page.locator('.pile').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }));
}

for (const width of [320, 1280]) {
  test.describe(`Arabic at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true });

    test('a whole deck by mouse drag, touch, tap and keyboard, mirrored', async ({ page }) => {
      const game = new SortGame(page, DECK, { lang: 'ar' });
      await game.open('&lang=ar');
      await expect(root(page)).toHaveAttribute('dir', 'rtl');
      await expectArabicScreen(page, 'start screen');
      await expectNoAxeViolations(page, `Arabic start, ${width} px`);
      await game.start();
      await expectNoHorizontalScroll(page);
      const piles = await pileCentres(page);
      // Side by side at 1280 px (and at 320 px when they fit in one row).
      if (width === 1280) expect(Math.abs(piles[0].y - piles[1].y)).toBeLessThan(2);
      if (Math.abs(piles[0].y - piles[1].y) < 2) {
        expect(piles[0].x, 'the first pile is on the right').toBeGreaterThan(piles[1].x);
      }
      await expectArabicScreen(page, 'board');
      await expectNoAxeViolations(page, `Arabic board, ${width} px`);
      const ways = [
        (pile) => game.dragWithMouse(pile),
        (pile) => game.dragWithTouch(pile),
        (pile) => game.tapToPlace(pile),
        (pile) => game.keyToPlace(pile),
      ];
      let n = 0;
      let checkedFeedback = false;
      await game.playAll((pile) => ways[n++ % ways.length](pile), {
        wrongIds: [game.deck.cards[0].id],
        next: async () => {
          if (!checkedFeedback) {
            checkedFeedback = true;
            await expectArabicScreen(page, 'feedback');
            await expectNoAxeViolations(page, `Arabic feedback, ${width} px`);
            // The progress bar fills from the right.
            const [bar, fill] = await Promise.all(['.progress-bar', '.progress-bar__fill'].map((s) =>
              page.locator(s).evaluate((e) => e.getBoundingClientRect().toJSON())));
            expect(fill.width).toBeGreaterThan(0);
            expect(Math.abs(fill.right - bar.right)).toBeLessThan(1);
            expect(fill.left).toBeGreaterThan(bar.left);
          }
          await page.getByTestId('next-card').click();
        },
      });
      await game.expectResults([game.deck.cards[0].id]);
      // Chart bars grow from the right of their track.
      const bars = await page.locator('.bars__bar').evaluateAll((els) => els.map((e) => ({
        bar: e.getBoundingClientRect().toJSON(),
        track: e.parentElement.getBoundingClientRect().toJSON(),
      })));
      for (const { bar, track } of bars.filter((b) => b.bar.width > 0)) {
        expect(Math.abs(bar.right - track.right)).toBeLessThan(1);
      }
      await expectNoHorizontalScroll(page);
      await expectArabicScreen(page, 'results');
      await expectNoAxeViolations(page, `Arabic results, ${width} px`);
    });
  });
}

test('the glyph check sees a character no font has (so it can fail)', async ({ page }) => {
  await page.goto('index.html?mode=home&lang=ar');
  await expect(root(page)).toHaveAttribute('dir', 'rtl');
  // U+0D80 is unassigned: every font lacks it.
  await root(page).evaluate((el) => el.querySelector('h1').append('\u0D80'));
  await expect(expectEveryGlyph(page, 'home, with a character no font has')).rejects.toThrow(/U\+d80/);
});

test('number keys follow the piles as numbered, by the physical key (an Arabic layout’s ١)', async ({ page }) => {
  const game = new SortGame(page, DECK, { lang: 'ar' });
  await game.open('&lang=ar');
  await game.start();
  await expect(page.locator('.pile__key').first()).toHaveText('1');
  const card = await game.currentCard();
  const index = game.deck.piles.findIndex((p) => p.id === card.pile);
  // What an Arabic layout sends for the digit row: Arabic-Indic digits on the Digit keys.
  await page.getByTestId('card').dispatchEvent('keydown', { key: '١٢'[index], code: `Digit${index + 1}`, bubbles: true });
  await expect(game.feedback).toHaveAttribute('data-result', 'correct');
});

test('the Arabic chooser: no stray Latin, mirrored bars, no axe findings', async ({ page }) => {
  await page.goto('index.html?mode=chooser&lang=ar');
  await expect(root(page)).toHaveAttribute('dir', 'rtl');
  await expectArabicScreen(page, 'question');
  await expectNoAxeViolations(page, 'Arabic chooser question');
  await answerChooser(page, 'ar', 'technical');
  await expectArabicScreen(page, 'result');
  await expectNoAxeViolations(page, 'Arabic chooser result');
  const bars = await page.locator('.bars__bar').evaluateAll((els) => els.map((e) => ({
    bar: e.getBoundingClientRect().toJSON(),
    track: e.parentElement.getBoundingClientRect().toJSON(),
  })));
  expect(bars.length).toBeGreaterThan(0);
  for (const { bar, track } of bars.filter((b) => b.bar.width > 0)) {
    expect(Math.abs(bar.right - track.right)).toBeLessThan(1);
  }
});

test('the crash screen speaks the browser’s language when the page has no ?lang=', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto('index.html');
  await expect(page.getByTestId('crash')).toBeVisible();
  await expect(page.locator('#twofold-crash > div[lang="ar"]')).toBeVisible();
  await expect(page.locator('#twofold-crash > div[lang="en"]')).toBeHidden();
  await context.close();
});
