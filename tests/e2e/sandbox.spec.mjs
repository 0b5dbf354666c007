// Sandboxed and storage-less on any static host: the widget in `<iframe sandbox="allow-scripts">`
// (the frame's origin is "null"), on a host page of another origin, with the widget served by
// `python3 -m http.server`, which sends no CORS header. There the plain page cannot load its
// module script, wasm or content (it shows its crash screen); the sandbox-safe page
// (dist/sandbox/<page>.html, scripts/sandbox-pages.mjs) plays a deck and the chooser through,
// in any language, with no storage at all. A frame whose files cannot load shows the notice.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { SortGame, loadChooser, loadTable } from './support/twofold.mjs';
import { startHostServer } from './hosts/host-server.mjs';
import { startPlainServer } from './support/plain-server.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const DECK = 'myth-or-fact';

let hosts;
let widget;
test.beforeAll(async () => {
  hosts = await startHostServer();
  widget = await startPlainServer(DIST);
});
test.afterAll(async () => {
  await hosts?.stop();
  await widget?.stop();
});

/** The host page (another origin) framing `src` in `<iframe sandbox="allow-scripts">`, fitted by embed.js. */
async function openSandboxed(page, src, server = widget) {
  const q = new URLSearchParams({ kind: 'embed', sandbox: '1', embedjs: `${server.origin}/embed.js`, src: `${server.origin}/${src}` });
  await page.goto(`${hosts.origin}/host.html?${q}`);
  const frame = page.frameLocator('iframe');
  const inner = () => page.frames().find((f) => f !== page.mainFrame());
  return { frame, inner };
}

test('the plain static server sends no CORS header, and the plain page cannot start in the sandbox', async ({ page }) => {
  const response = await fetch(`${widget.origin}/sort-${DECK}.html`);
  expect(response.ok).toBe(true);
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  const { frame } = await openSandboxed(page, `sort-${DECK}.html`);
  // Its module script and wasm are refused: the page's own crash screen, never a blank box.
  await expect(frame.getByTestId('crash')).toBeVisible();
  await expect(frame.getByTestId('start-game')).toHaveCount(0);
});

test('the sandbox page on a plain static server plays a deck to its results, with no storage', async ({ page }) => {
  const { frame, inner } = await openSandboxed(page, `sandbox/sort-${DECK}.html`);
  const game = new SortGame(frame, DECK);
  await expect(frame.getByTestId('start-game')).toBeVisible();
  const sandbox = await inner().evaluate(() => {
    const blocked = (f) => { try { f(); return false; } catch { return true; } };
    return {
      origin: window.origin,
      local: blocked(() => localStorage.length),
      session: blocked(() => sessionStorage.length),
      cookie: blocked(() => document.cookie),
    };
  });
  expect(sandbox).toEqual({ origin: 'null', local: true, session: true, cookie: true });
  await game.start();
  const wrong = [game.deck.cards[1].id];
  await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
  await game.expectResults(wrong);
  // Sized by embed.js from the sandboxed frame's messages.
  await expect
    .poll(async () => {
      const outer = await page.locator('iframe').evaluate((e) => e.getBoundingClientRect().height);
      const content = await inner().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Math.abs(outer - content);
    }, { message: 'the frame fits its results' })
    .toBeLessThanOrEqual(1);
  await expect(frame.getByTestId('crash')).toBeHidden();
});

test('the sandbox pages carry every activity and language: the chooser from home, and a deck in French', async ({ page }) => {
  const { frame } = await openSandboxed(page, 'sandbox/index.html?mode=home');
  await frame.getByTestId('start-chooser').click();
  const model = loadChooser();
  for (let q = 0; q < model.questions.length; q++) {
    await frame.locator('input[type=radio]').first().check();
    await frame.getByTestId('chooser-next').click();
  }
  await expect(frame.getByTestId('chooser-result')).toBeVisible();

  const { frame: french } = await openSandboxed(page, `sandbox/sort-${DECK}.html?lang=fr`);
  const game = new SortGame(french, DECK, { lang: 'fr' });
  await expect(french.getByTestId('start-game')).toHaveText(loadTable('fr')['sort.start']);
  await game.start();
  await game.currentCard(); // a card of the French deck
  await expect(game.progress).toHaveText(/\d/);
});

/** A copy of dist/ holding only the sandbox page and the files `keep` names. */
function partialDist(keep) {
  const dir = mkdtempSync(join(tmpdir(), 'twofold-partial-'));
  mkdirSync(join(dir, 'sandbox'));
  cpSync(join(DIST, 'sandbox', `sort-${DECK}.html`), join(dir, 'sandbox', `sort-${DECK}.html`));
  for (const name of readdirSync(DIST).filter(keep)) cpSync(join(DIST, name), join(dir, name));
  return dir;
}

test('a frame whose files cannot load shows the notice, by CSS alone when no script runs', async ({ page }) => {
  const dir = partialDist((name) => name === 'embed.js');
  const server = await startPlainServer(dir);
  try {
    const { frame } = await openSandboxed(page, `sandbox/sort-${DECK}.html`, server);
    const notice = frame.getByTestId('crash');
    // Not at once (a slow network still gets its chance), but within the CSS's 8 s.
    await expect(notice).toBeHidden();
    await expect(notice).toBeVisible({ timeout: 12_000 });
    await expect(notice.getByRole('link')).toBeVisible();
    await expect(notice).toContainText(loadTable()['crash.heading']);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a frame whose widget script cannot load shows the notice at once (js/page.js)', async ({ page }) => {
  const dir = partialDist((name) => name === 'embed.js' || /^page-.*\.js$/.test(name));
  const server = await startPlainServer(dir);
  try {
    const { frame } = await openSandboxed(page, `sandbox/sort-${DECK}.html`, server);
    await expect(frame.getByTestId('crash')).toBeVisible({ timeout: 4_000 });
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
