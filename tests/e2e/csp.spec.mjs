// Strict CSP: every entry page works when served with the policy the build wrote into
// dist/_headers (script-src 'self' 'wasm-unsafe-eval' plus the inline loader's hash;
// style-src 'self' plus the inline styles' hashes), sent as a response header, not a <meta>.
// Any `securitypolicyviolation` fails the test: the bars and progress bars, which once used
// `style` attributes, are played through to the results.
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser } from './support/twofold.mjs';
import { startCspServer } from './csp/csp-server.mjs';

let server;
test.beforeAll(async () => {
  server = await startCspServer();
});
test.afterAll(async () => {
  await server?.stop();
});

async function watch(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const console = [];
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && console.push(m.text()));
  return async () => {
    const seen = await page.evaluate(() => window.cspViolations);
    expect([...seen, ...console]).toEqual([]);
  };
}

test('the policy is a response header, strict, with hashes only', async () => {
  const csp = server.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*(\s|;|$)/);
});

test('a whole deck to its results, under the strict policy', async ({ page }) => {
  const check = await watch(page);
  await page.goto(`${server.origin}/sort-myth-or-fact.html`);
  const game = new SortGame(page, 'myth-or-fact');
  await game.start();
  const wrong = [game.deck.cards[0].id];
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
  await game.expectResults(wrong);
  // The bars have their widths (from classes, not style attributes).
  const width = await page.getByTestId(`chart-bar-${game.deck.piles[0].id}-right`).evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(0);
  await check();
});

test('the home page and the chooser to its result (with an accent), under the strict policy', async ({ page }) => {
  const check = await watch(page);
  await page.goto(`${server.origin}/index.html?mode=home`);
  await expect(page.getByTestId('start-chooser')).toBeVisible();
  // With an accent: set through the CSSOM, which the policy allows.
  await page.goto(`${server.origin}/chooser.html?accent=%231976d2`);
  await expect(page.getByTestId('chooser-next')).toHaveCSS('background-color', 'rgb(25, 118, 210)');
  const model = loadChooser();
  for (let q = 0; q < model.questions.length; q++) {
    if (q === 2) {
      const fill = await page.locator('.progress-bar__fill').evaluate((e) => e.getBoundingClientRect().width);
      expect(fill, 'the progress bar has its width').toBeGreaterThan(0);
    }
    await page.locator('input[type=radio]').first().check();
    await page.getByTestId('chooser-next').click();
  }
  await expect(page.getByTestId('chooser-result')).toBeVisible();
  await check();
});
