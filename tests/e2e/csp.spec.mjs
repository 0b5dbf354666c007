// Strict CSP: every entry page works when served with the policy the build wrote into
// dist/_headers (script-src 'self' 'wasm-unsafe-eval' plus the inline loader's hash;
// style-src 'self' plus the inline styles' hashes), sent as a response header, not a <meta>.
// Any `securitypolicyviolation` fails the test: the bars and progress bars, which once used
// `style` attributes, are played through to the results. The sandbox-safe page is played in
// `<iframe sandbox="allow-scripts">` on a host page of another origin (the CSP server sends no
// CORS header), its violations watched inside the frame. The page as WordPress embeds it is
// played under the same policy in tests/e2e/wordpress.spec.mjs.
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser } from './support/twofold.mjs';
import { startCspServer } from './csp/csp-server.mjs';
import { startHostServer } from './hosts/host-server.mjs';

let server;
let hosts;
test.beforeAll(async () => {
  server = await startCspServer();
  hosts = await startHostServer();
});
test.afterAll(async () => {
  await server?.stop();
  await hosts?.stop();
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
  // Every frame's violations (the init script runs in each), and the console's.
  return async () => {
    const seen = [];
    for (const frame of page.frames()) seen.push(...((await frame.evaluate(() => window.cspViolations).catch(() => null)) ?? []));
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

test('the sandbox page in a sandboxed frame of another origin, to the results, under the strict policy', async ({ page }) => {
  const check = await watch(page);
  const q = new URLSearchParams({ kind: 'embed', sandbox: '1', embedjs: `${server.origin}/embed.js`, src: `${server.origin}/sandbox/sort-myth-or-fact.html` });
  await page.goto(`${hosts.origin}/host.html?${q}`);
  const frame = page.frameLocator('iframe');
  const game = new SortGame(frame, 'myth-or-fact');
  await game.start();
  const wrong = [game.deck.cards[0].id];
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
  await game.expectResults(wrong);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  expect(await inner.evaluate(() => Array.isArray(window.cspViolations)), 'violations are watched in the frame').toBe(true);
  const width = await frame.getByTestId(`chart-bar-${game.deck.piles[0].id}-right`).evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(0);
  await check();
});

test('the embed-code builder, its preview and copying, under the strict policy', async ({ page, context }) => {
  const check = await watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.goto(`${server.origin}/builder.html`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  // Its styles apply (an external sheet): the primary button has the accent's colour.
  await expect(page.getByTestId('copy-iframe')).toHaveCSS('background-color', 'rgb(31, 95, 191)');
  await page.getByTestId('activity').selectOption('chooser.html');
  await page.getByTestId('accent').fill('#1976d2');
  await page.getByTestId('width').getByRole('radio').nth(0).check();
  const preview = page.frameLocator('[data-testid=preview-frame]');
  await expect(preview.getByTestId('chooser-next')).toHaveCSS('background-color', 'rgb(25, 118, 210)');
  // The preview is fitted to its content by embed.js (a height set through the CSSOM).
  await expect.poll(() => page.getByTestId('preview-frame').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(400);
  await page.getByTestId('copy-iframe').click();
  await expect(page.getByTestId('announcer')).toContainText(/\S/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('chooser.html?accent=1976d2');
  await check();
});
