// Content as files: the decks and the questionnaire are fetched when a screen needs them,
// never on the home screen's first load; a failed fetch says so and "try again" works,
// without losing progress; and nothing on screen moves while a deck loads.
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser } from './support/twofold.mjs';
import { expectNoAxeViolations, withTheme } from './support/axe.mjs';

const isContent = (url) => /\/content\/[^/]+\.json$/.test(url);

/** Records every content file the page asks for. */
function recordContent(page) {
  const asked = [];
  page.on('request', (r) => {
    if (isContent(r.url())) asked.push(r.url().split('/').pop().replace(/\.[0-9a-f]+\.json$/, ''));
  });
  return asked;
}

test('the home screen loads no content; a deck fixed by the host loads only that deck', async ({ page }) => {
  const asked = recordContent(page);
  await page.goto('index.html?mode=home');
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  await page.goto('index.html?deck=myth-or-fact');
  await expect(page.getByTestId('start-game')).toBeVisible();
  expect(asked).toEqual(['myth-or-fact']);
});

test("an activity's own page carries its content: no content request before its first screen", async ({ page }) => {
  const asked = recordContent(page);
  await page.goto('sort-myth-or-fact.html');
  await expect(page.getByTestId('start-game')).toBeVisible();
  await page.goto('chooser.html');
  await expect(page.getByTestId('question-progress')).toBeVisible();
  expect(asked).toEqual([]);
});

test('a deck that cannot be fetched says so, and "try again" loads it', async ({ page }) => {
  let blocked = true;
  await page.route(/\/content\/myth-or-fact\.[0-9a-f]+\.json$/, (route) =>
    blocked ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.goto('index.html?deck=myth-or-fact');
  const failed = page.getByTestId('load-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('could not be loaded');
  await expectNoAxeViolations(page, 'content failed to load, light');
  blocked = false;
  await page.getByTestId('try-again').click();
  await expect(page.getByTestId('start-game')).toBeVisible();
  await page.getByTestId('start-game').click();
  await expect(page.getByTestId('card')).toBeVisible();
});

test('a failed fetch loses no progress: the saved game resumes once the deck arrives', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  await game.pile((await game.currentCard()).pile).click();
  await page.getByTestId('next-card').click();
  let status = 503;
  await page.route(/\/content\/myth-or-fact\.[0-9a-f]+\.json$/, (route) =>
    status === 200 ? route.continue() : route.fulfill({ status, body: 'busy' }),
  );
  await page.reload();
  await expect(page.getByTestId('load-failed')).toBeVisible();
  status = 200;
  await page.getByTestId('try-again').click();
  await expect(page.getByTestId('resume-notice')).toBeVisible();
  await expect(game.progress).toHaveText(`Card 2 of ${game.deck.cards.length}`);
});

test('the failed-load message passes axe in the dark theme too', async ({ page }) => {
  await withTheme(page, 'dark');
  await page.route(/\/content\/myth-or-fact\.[0-9a-f]+\.json$/, (route) => route.abort());
  await page.goto('index.html?deck=myth-or-fact');
  await expect(page.getByTestId('load-failed')).toBeVisible();
  await expectNoAxeViolations(page, 'content failed to load, dark');
});

test('the questionnaire that cannot be fetched says so, and "try again" loads it', async ({ page }) => {
  const model = loadChooser();
  let blocked = true;
  await page.route(/\/content\/career-path\.[0-9a-f]+\.json$/, (route) =>
    blocked ? route.abort() : route.continue(),
  );
  await page.goto('index.html?mode=chooser');
  await expect(page.getByTestId('load-failed')).toBeVisible();
  blocked = false;
  await page.getByTestId('try-again').click();
  await expect(page.getByTestId(`question-${model.questions[0].id}`)).toBeVisible();
});

test('nothing on screen moves while a deck loads', async ({ page }) => {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\/content\/.*\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('index.html?mode=sort');
  await expect(page.getByTestId('loading')).toBeVisible();
  release();
  await expect(page.getByTestId('start-game')).toBeVisible();
  // Let a frame pass so a shift caused by the swap is reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(() => window.__shifts);
  expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
});
