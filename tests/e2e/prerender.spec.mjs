// The pre-rendered first screen (#14): each entry page carries its first screen, rendered at
// build time by the widget's own components (scripts/prerender.mjs), in every language; it
// paints with the HTML, and the wasm takes it over invisibly. Here the wasm is held back (at
// least 2 s), so what shows meanwhile is the page alone:
// - on every entry page in every language, the right variant is visible at once (before the
//   wasm arrives), the page's only one; the screenshot just before the wasm takes over equals
//   the one just after; nothing shifts; nothing is logged as an error;
// - a click on its main control made before the wasm is ready takes effect once it is, and so
//   does an answer's key on the chooser;
// - where the first screen is not a fresh visit's (a resumed game, saved answers, a saved
//   screen, a setting in the query), no pre-render shows at all (no flash of the wrong one);
// - axe finds nothing on the pre-rendered screens.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.mjs';
import { leaningAnswers, loadChooser, loadDeck, loadTable } from './support/twofold.mjs';

const DECKS = ['leadership-training-or-development', 'technical-training-or-leadership-development', 'myth-or-fact'];
const PAGES = [
  { file: 'index.html', screen: 'home' },
  { file: 'sort.html', screen: 'sort' },
  ...DECKS.map((deck) => ({ file: `sort-${deck}.html`, screen: 'sort', deck })),
  { file: 'chooser.html', screen: 'chooser' },
];
// English by the browser's own language; Spanish by the browser's too (no query); French and
// Arabic by ?lang= (with a browser in another language).
const LANGS = [
  { lang: 'en', locale: 'en-GB', query: '' },
  { lang: 'es', locale: 'es-ES', query: '' },
  { lang: 'fr', locale: 'de-DE', query: '?lang=fr' },
  { lang: 'ar', locale: 'en-US', query: '?lang=ar-EG' },
];
const HOLD_MS = 2000;

/** Holds every wasm request until `release()` and at least HOLD_MS; says when it went. */
async function holdWasm(page) {
  let release;
  const released = new Promise((r) => (release = r));
  const state = { sent: false, release };
  await page.route(/\.wasm$/, async (route) => {
    await Promise.all([released, new Promise((r) => setTimeout(r, HOLD_MS))]);
    state.sent = true;
    await route.continue();
  });
  return state;
}

/** Layout shifts and console errors from the start. */
async function watch(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const what = e.sources.map((s) => s.node?.outerHTML?.slice(0, 80));
        window.__shifts.push({ value: e.value, at: e.startTime, what });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return errors;
}

const tookOver = (page) => page.waitForFunction(() => {
  const root = document.querySelector('#twofold > .twofold');
  return root && !root.hasAttribute('data-pre');
});
const frames = (page, n = 2) =>
  page.evaluate((n) => new Promise((r) => {
    const step = (k) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  }), n);

/** The heading a fresh visit's first screen shows (from the content and the table). */
function heading({ screen, deck }, lang) {
  if (screen === 'home') return loadTable(lang)['app.tagline'];
  if (screen === 'chooser') return loadChooser(lang).title;
  return loadDeck(deck ?? DECKS[0], lang).title;
}

for (const p of PAGES) {
  for (const l of LANGS) {
    test.describe(`${p.file} in ${l.lang}`, () => {
      test.use({ locale: l.locale });

      test('the pre-rendered first screen shows at once, and the wasm takes it over invisibly', async ({ page }) => {
        const errors = await watch(page);
        const wasm = await holdWasm(page);
        await page.goto(p.file + l.query, { waitUntil: 'domcontentloaded' });
        const pre = page.locator(`#twofold > [data-pre="${l.lang}"]`);
        await expect(pre).toBeVisible();
        await expect(page.locator('#twofold > *')).toHaveCount(1);
        await expect(pre.getByTestId(`screen-${p.screen}`)).toBeVisible();
        await expect(pre.locator('h1')).toHaveText(heading(p, l.lang));
        await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
        expect(wasm.sent, 'the wasm is still held').toBe(false);
        await page.evaluate(() => document.fonts.ready);
        await frames(page);
        const before = await page.screenshot({ fullPage: true });
        expect(wasm.sent, 'the wasm is still held').toBe(false);
        const released = await page.evaluate(() => performance.now());
        wasm.release();
        await tookOver(page);
        await frames(page);
        // Shifts from the moment the wasm was let through (before it, the page was static) to
        // two frames after the take-over, read before the next screenshot: a full-page
        // screenshot resizes the viewport for a moment, which is itself a layout shift.
        const shifts = (await page.evaluate(() => window.__shifts)).filter((s) => s.at >= released);
        expect(shifts, 'no layout shift as the wasm takes over').toEqual([]);
        const after = await page.screenshot({ fullPage: true });
        expect(after.equals(before), 'the same pixels before and after the wasm takes over').toBe(true);
        await expect(page.getByTestId(`screen-${p.screen}`)).toBeVisible();
        expect(errors).toEqual([]);
      });

      test('a click on its main control before the wasm is ready takes effect once it is', async ({ page }) => {
        const errors = await watch(page);
        const wasm = await holdWasm(page);
        await page.goto(p.file + l.query, { waitUntil: 'domcontentloaded' });
        const pre = page.locator(`#twofold > [data-pre="${l.lang}"]`);
        if (p.screen === 'home') {
          await pre.getByTestId('start-chooser').click();
        } else if (p.screen === 'sort') {
          await pre.getByTestId('start-game').click();
        } else {
          await pre.locator('label.choice').nth(1).click();
        }
        expect(wasm.sent, 'clicked before the wasm arrived').toBe(false);
        wasm.release();
        await tookOver(page);
        if (p.screen === 'home') {
          await expect(page.getByTestId('screen-chooser')).toBeVisible();
        } else if (p.screen === 'sort') {
          await expect(page.locator('section.board')).toBeVisible();
          await expect(page.getByTestId('start-game')).toHaveCount(0);
        } else {
          await expect(page.locator('#twofold input[type=radio]').nth(1)).toBeChecked();
          await expect(page.getByTestId('chooser-next')).toBeEnabled();
        }
        expect(errors).toEqual([]);
      });
    });
  }
}

for (const { lang, query, key } of [{ lang: 'en', query: '', key: 'c' }, { lang: 'ar', query: '?lang=ar', key: '3' }]) {
  test(`chooser.html in ${lang}: an answer's key pressed before the wasm is ready takes effect once it is`, async ({ page }) => {
    const errors = await watch(page);
    const wasm = await holdWasm(page);
    await page.goto('chooser.html' + query, { waitUntil: 'domcontentloaded' });
    const pre = page.locator(`#twofold > [data-pre="${lang}"]`);
    // Focus in the question (a click on its first answer), then the third answer's key.
    await pre.locator('label.choice').first().click();
    await page.keyboard.press(key);
    expect(wasm.sent).toBe(false);
    wasm.release();
    await tookOver(page);
    await expect(page.locator('#twofold input[type=radio]').nth(2)).toBeChecked();
    await expect(page.locator('#twofold input[type=radio]').nth(2)).toBeFocused();
    await expect(page.getByTestId('chooser-next')).toBeEnabled();
    expect(errors).toEqual([]);
  });
}

test.describe('no flash of the wrong first screen', () => {
  /** Loads `url` with the wasm held: no pre-render shows, and the widget then shows `shown`. */
  async function noPrerender(page, url, shown) {
    const errors = await watch(page);
    const wasm = await holdWasm(page);
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await frames(page);
    await expect(page.locator('#twofold > *')).toHaveCount(0);
    expect(wasm.sent).toBe(false);
    wasm.release();
    await expect(page.locator(shown)).toBeVisible();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(errors).toEqual([]);
  }

  /** Plays the first card of `deck` so a game is saved. */
  async function saveGame(page, deck) {
    await page.goto(`sort-${deck}.html`);
    await page.getByTestId('start-game').click();
    await expect(page.locator('section.board')).toBeVisible();
    await page.keyboard.press('1');
    await expect.poll(() => page.evaluate((d) => localStorage.getItem(`twofold:v1:game:${d}`), deck)).not.toBeNull();
  }

  test('a resumed game on its deck page and on sort.html', async ({ page }) => {
    await saveGame(page, 'myth-or-fact');
    await noPrerender(page, 'sort-myth-or-fact.html', 'section.board');
    await noPrerender(page, 'sort.html', 'section.board');
    // Another deck's page, with nothing saved for it, still shows its pre-render.
    const wasm = await holdWasm(page);
    await page.goto('sort-leadership-training-or-development.html', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('#twofold > [data-pre="en"]')).toBeVisible();
    wasm.release();
    await tookOver(page);
  });

  test('the home page where the learner was last on another screen', async ({ page }) => {
    await saveGame(page, 'myth-or-fact');
    await noPrerender(page, 'index.html', 'section.board');
  });

  test('saved answers on chooser.html, and a result link', async ({ page }) => {
    await page.goto('chooser.html');
    await page.locator('#twofold label.choice').first().click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('twofold:v1:chooser'))).not.toBeNull();
    await noPrerender(page, 'chooser.html', '[data-testid=screen-chooser]');
    await page.evaluate(() => localStorage.clear());
    await noPrerender(page, 'chooser.html#result=cp2-0000', '[data-testid=screen-chooser]');
  });

  test('settings in the query, and a ?lang= naming no language', async ({ page }) => {
    await noPrerender(page, 'index.html?theme=dark', '[data-testid=screen-home]');
    await noPrerender(page, 'sort-myth-or-fact.html?feedback=end', '[data-testid=start-game]');
    await noPrerender(page, 'index.html?lang=xx', '[data-testid=config-problems]');
  });
});

// embed.js gives a frame the host page's #result=… once the frame has started loading: the
// head script may have chosen its variant by then. A fragment that brings a result drops the
// pre-render (the page is then as without one), and the widget opens that result, whether it
// arrives before the wasm or while its first screen is up.
test('a result link that arrives after the head script ran opens that result', async ({ page }) => {
  const model = loadChooser();
  await page.goto('chooser.html');
  for (const [q, o] of leaningAnswers(model, 'technical').entries()) {
    const question = model.questions[q];
    await page.getByTestId(`question-${question.id}`).getByTestId(`option-${question.options[o].id}`).check();
    await page.getByTestId('chooser-next').click();
  }
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(/^#result=/);
  await page.evaluate(() => localStorage.clear());
  const wasm = await holdWasm(page);
  await page.goto('chooser.html', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('#twofold > [data-pre="en"]')).toBeVisible();
  // A click on the pre-render before the fragment arrives is not replayed on the result.
  await page.locator('#twofold label.choice').first().click();
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page.locator('#twofold > [data-pre]')).toHaveCount(0);
  wasm.release();
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical', { timeout: 20_000 });
  expect(new URL(page.url()).hash).toBe(hash);
  // Late again, after the wasm has taken the pre-render over: the widget's own listener.
  await page.evaluate(() => localStorage.clear());
  await page.goto('chooser.html');
  await tookOver(page);
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
});

test('axe finds nothing on the pre-rendered screens, in English and in Arabic', async ({ page }) => {
  const wasm = await holdWasm(page);
  for (const p of PAGES) {
    for (const query of ['', '?lang=ar']) {
      await page.goto(p.file + query, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('#twofold > [data-pre]')).toBeVisible();
      await expectNoAxeViolations(page, `${p.file}${query}, pre-rendered`);
      expect(wasm.sent).toBe(false);
    }
  }
  wasm.release();
});
