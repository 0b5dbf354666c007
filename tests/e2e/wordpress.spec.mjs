// Paste the link into WordPress: a real WordPress (Debian's 6.1 on MariaDB and PHP's
// built-in server, tests/wordpress/wordpress.mjs) holds a post whose content is only an entry
// page's URL. The widget is a copy of dist/ built for its public URL (scripts/oembed.mjs with
// TWOFOLD_PUBLIC_URL: the discovery link and the oEmbed files), served by a server that sends
// NO CORS header and the build's strict CSP (tests/e2e/csp/csp-server.mjs). WordPress finds the
// oEmbed file through the page's discovery link, as for any blogger, and embeds the widget in
// its sandbox; the test plays the frame to its results, the frame's height following the
// content within WordPress's 200–1000 px clamp at every step, with no CSP violation in any frame.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { SortGame } from './support/twofold.mjs';
import { startCspServer } from './csp/csp-server.mjs';
import { freePort } from './support/plain-server.mjs';
import { startWordPress } from '../wordpress/wordpress.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DECK = 'myth-or-fact';

let dir;
let widget;
let wp;
let postUrl;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const publicUrl = `http://localhost:${port}/`;
  dir = mkdtempSync(join(tmpdir(), 'twofold-oembed-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'oembed.mjs'), dir], { env: { ...process.env, TWOFOLD_PUBLIC_URL: publicUrl } });
  widget = await startCspServer(dir, { port, host: 'localhost' });
  wp = await startWordPress({ widgetPort: port });
  postUrl = wp.post(`${publicUrl}sort-${DECK}.html`);
});
test.afterAll(async () => {
  await wp?.stop();
  await widget?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Fails on any securitypolicyviolation in any frame, or a CSP refusal in the console. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console = [];
  page.on('console', (m) => /Content Security Policy|Refused to/i.test(m.text()) && console.push(m.text()));
  return async () => {
    const seen = [];
    for (const frame of page.frames()) seen.push(...((await frame.evaluate(() => window.cspViolations).catch(() => null)) ?? []));
    expect([...seen, ...console]).toEqual([]);
  };
}

const clamp = (h) => Math.min(1000, Math.max(200, h));

for (const width of [1280, 400]) {
  test(`a post holding only the page's URL embeds the widget through oEmbed, played to the results at ${width} px`, async ({ page }) => {
    test.setTimeout(90_000);
    expect(wp.version).toMatch(/^6\.1\./);
    const check = await watchCsp(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(postUrl);

    // WordPress's own embed: the fallback link first, then the sandboxed frame with a secret,
    // opening the sandbox-safe page; its host script loaded.
    const iframe = page.locator('iframe.wp-embedded-content');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
    await expect(iframe).toHaveAttribute('security', 'restricted');
    const secret = await iframe.getAttribute('data-secret');
    expect(secret).toMatch(/^[A-Za-z0-9]{10}$/);
    expect(await iframe.getAttribute('src')).toBe(`${widget.origin}/sandbox/sort-${DECK}.html#?secret=${secret}`);
    await expect(page.locator(`blockquote.wp-embedded-content[data-secret="${secret}"] a`)).toHaveAttribute('href', `${widget.origin}/sort-${DECK}.html`);
    await expect(page.locator('script[src*="wp-embed"]')).toHaveCount(1);
    // The widget's height message reached wp-embed.js: it showed the frame and hid the quote.
    await expect.poll(() => iframe.evaluate((e) => e.hasAttribute('style'))).toBe(false);
    await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();

    const inner = () => page.frames().find((f) => f.url().startsWith(`${widget.origin}/sandbox/`));
    expect(await inner().evaluate(() => window.origin)).toBe('null');
    // The widget server sent no CORS header.
    const response = await fetch(`${widget.origin}/sandbox/sort-${DECK}.html`);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();

    /** The frame's height is its content's, clamped to 200–1000 px, once it settles. */
    let last;
    const fits = async (step) => {
      await expect
        .poll(async () => {
          const outer = await iframe.evaluate((e) => e.getBoundingClientRect().height);
          const content = await inner().evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          last = { outer, content };
          return Math.abs(outer - clamp(content)) <= 1;
        }, { message: `the frame follows the content, clamped (${step})`, timeout: 10_000 })
        .toBe(true)
        .catch((e) => {
          throw new Error(`${e.message}\nlast measured: ${JSON.stringify(last)}`);
        });
      return last;
    };

    const frame = page.frameLocator('iframe.wp-embedded-content');
    const game = new SortGame(frame, DECK);
    await expect(frame.getByTestId('start-game')).toBeVisible();
    const start = await fits('start screen');
    await game.start();
    const card = await fits('first card');
    const wrong = [game.deck.cards[2].id];
    await game.playAll((pile) => game.pile(pile).click(), { wrongIds: wrong });
    await game.expectResults(wrong);
    const results = await fits('results');
    expect(results.content, 'the results are taller than a card').toBeGreaterThan(card.content);
    expect(results.outer, 'and the frame grew').toBeGreaterThan(card.outer);
    await frame.getByTestId('play-again').click();
    await expect(game.card).toBeVisible();
    const again = await fits('played again');
    expect(again.outer, 'and shrank back').toBeLessThan(results.outer);
    expect([start, card, results, again].every((h) => h.outer >= 200 && h.outer <= 1000)).toBe(true);
    // The frame takes the post's column: never wider than the window, no sideways scroll.
    const frameWidth = await iframe.evaluate((e) => e.getBoundingClientRect().width);
    expect(frameWidth).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await check();
  });
}

test('without TWOFOLD_PUBLIC_URL the build writes no oEmbed file or link, and a relative URL is refused', async () => {
  const dist = join(ROOT, 'dist');
  expect(existsSync(join(dist, 'oembed'))).toBe(false);
  for (const page of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
    expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain('json+oembed');
  }
  const scratch = mkdtempSync(join(tmpdir(), 'twofold-oembed-'));
  try {
    cpSync(join(dist, 'index.html'), join(scratch, 'index.html'));
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'oembed.mjs'), scratch], { env: { ...process.env, TWOFOLD_PUBLIC_URL: 'twofold/' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('TWOFOLD_PUBLIC_URL is not an absolute URL');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
