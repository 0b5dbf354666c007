// What embedding costs the host page: the release build loads in four requests (page, the
// page's own script, JS glue, wasm), fetches the wasm first and at high priority, and ships a minified glue whose
// integrity value still matches (or the browser would refuse to run it).
import { createHash } from 'node:crypto';
import { test, expect } from '@playwright/test';

test('the first load is four requests, wasm first, all succeeding', async ({ page }) => {
  const requests = [];
  const failed = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('requestfailed', (r) => failed.push(r.url()));
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('index.html?mode=home');
  await expect(page.getByTestId('start-sort')).toBeVisible();
  const fetched = requests.filter((p) => !p.startsWith('data:'));
  expect(fetched).toHaveLength(4);
  expect(fetched[0]).toBe('/index.html');
  expect(fetched.slice(1).map((p) => p.split('.').pop()).sort()).toEqual(['js', 'js', 'wasm']);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('the wasm preload comes before any script, at high priority', async ({ request }) => {
  const html = await (await request.get('index.html')).text();
  const preload = html.match(/<link\b[^>]*\.wasm\b[^>]*>/)?.[0];
  expect(preload, 'a wasm preload link').toBeTruthy();
  expect(preload).toMatch(/rel="?preload/);
  expect(preload).toMatch(/fetchpriority="?high/);
  expect(html.indexOf(preload)).toBeLessThan(html.indexOf('<script'));
});

test('the JS glue is minified and its integrity value matches its bytes', async ({ request }) => {
  const html = await (await request.get('index.html')).text();
  const link = html.match(/<link\b[^>]*rel="?modulepreload[^>]*>|<link\b[^>]*href="?\.\/[^ >"]+\.js[^>]*>/)?.[0];
  expect(link, 'a modulepreload link for the glue').toBeTruthy();
  const href = link.match(/href="?\.\/([^ >"]+\.js)/)[1];
  const integrity = link.match(/integrity="?(sha\d+)-([^ >"]+)/);
  expect(integrity, 'an integrity value').toBeTruthy();
  const body = await (await request.get(href)).body();
  const digest = createHash(integrity[1]).update(body).digest('base64');
  expect(digest).toBe(integrity[2]);
  // Minified: no comments, few lines (wasm-bindgen's readable glue has hundreds).
  const text = body.toString('utf8');
  expect(text.split('\n').length).toBeLessThan(20);
  expect(text).not.toContain('/**');
});
