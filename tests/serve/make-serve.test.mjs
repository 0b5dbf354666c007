// The README's serve command, as a newcomer runs it: `make serve` (set-up, then Trunk's debug
// build and its post-build hooks, then Trunk's server), on a spare port. Its home screen must
// come up in Chromium and the app must run: a deck opens and deals its first card, with no page
// error. A hook that fails on the debug build leaves Trunk serving nothing, which this catches.
// Trunk serve writes dist/, so test.sh runs this before the release build that fills it. dist/
// is removed first, as in a fresh clone: Trunk would otherwise go on serving an older build
// when this one fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = Number(process.env.SERVE_CHECK_PORT ?? 8093);
const URL_HOME = `http://127.0.0.1:${PORT}/index.html?mode=home`;
// A cold debug build of the wasm and the native pre-renderer takes minutes on two cores.
const BUILD_LIMIT_MS = 9 * 60_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server answers index.html with a page that loads the wasm, or the server exits. */
async function served(server, log) {
  const until = Date.now() + BUILD_LIMIT_MS;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`make serve exited (${server.exitCode}):\n${log().slice(-3000)}`);
    // Trunk keeps running after a failed build, serving nothing: fail now rather than at the limit.
    if (/error from build pipeline/.test(log())) throw new Error(`the build failed:\n${log().slice(-3000)}`);
    try {
      const response = await fetch(URL_HOME);
      if (response.ok && /_bg\.wasm/.test(await response.text())) return;
    } catch {
      // not listening yet: still building
    }
    await sleep(1000);
  }
  throw new Error(`nothing served after ${BUILD_LIMIT_MS / 60_000} min:\n${log().slice(-3000)}`);
}

/** Stops make, trunk and the hooks (one process group): TERM, then KILL after 10 s. */
async function stop(server) {
  const signal = (name) => {
    try {
      process.kill(-server.pid, name);
    } catch {
      // already gone
    }
  };
  const exited = new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  signal('SIGTERM');
  if (await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) return;
  signal('SIGKILL');
  await exited;
}

test('make serve serves the widget: the home screen opens a deck and deals a card', async () => {
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  let output = '';
  const server = spawn('make', ['--no-print-directory', 'serve', `SERVE_PORT=${PORT}`], {
    cwd: ROOT,
    detached: true, // its own process group, so make, trunk and the hooks stop together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => { output += chunk; });
  server.stderr.on('data', (chunk) => { output += chunk; });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await served(server, () => output);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(URL_HOME);
    await page.getByTestId('start-sort').click({ timeout: 30_000 });
    await page.getByTestId('start-game').click({ timeout: 30_000 });
    await page.getByTestId('card').locator('.card__text').waitFor({ timeout: 30_000 });
    const text = (await page.getByTestId('card').locator('.card__text').textContent()).trim();
    assert.ok(text.length > 0, 'the first card has text');
    assert.deepEqual(errors, [], 'no page error');
  } finally {
    await browser.close();
    await stop(server);
  }
});
