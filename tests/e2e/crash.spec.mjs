// The crash screen comes from the page's own loader (js/page.js), in the release
// build: a wasm that never arrives, a wasm that traps as it starts, a real Rust panic in the
// widget on a learner's click (the release build has `-Cpanic=immediate-abort`: the panic is a
// bare `RuntimeError: unreachable`, no panic hook runs), and a JS exception thrown out of the
// wasm on a learner's key press all show the short message with a reload link instead of a
// blank or frozen page; a normal start shows none of it. Nothing in the widget knows about
// these tests: they break the network, the wasm or a browser API from outside.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, withTheme } from './support/axe.mjs';

/** A valid wasm module whose `__wbindgen_start` (called by the glue at start) traps. */
function trappingWasm() {
  const name = (s) => [s.length, ...Buffer.from(s)];
  const section = (id, body) => [id, body.length, ...body];
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    ...section(1, [1, 0x60, 0, 0]), // one type: () -> ()
    ...section(3, [1, 0]), // one function of that type
    ...section(5, [1, 0, 1]), // one memory, one page
    ...section(7, [2, ...name('memory'), 2, 0, ...name('__wbindgen_start'), 0, 0]),
    ...section(10, [1, 3, 0, 0x00, 0x0b]), // body: no locals, `unreachable`, end
  ]);
}

/** Expects the crash screen in place of the widget: an alert with a heading and a reload link. */
async function expectCrashScreen(page) {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
  await expect(alert.getByRole('link', { name: 'Reload' })).toBeVisible();
  await expect(page.locator('#twofold')).toBeHidden();
}

test('a blocked wasm download shows the crash screen, and Reload starts over', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
  await page.goto('index.html?mode=home');
  await expectCrashScreen(page);
  await expect(page.getByRole('alert').getByRole('link')).not.toBeFocused(); // focus not stolen

  await page.unroute('**/*.wasm');
  await page.getByRole('link', { name: 'Reload' }).click();
  await expect(page.getByTestId('start-sort')).toBeVisible();
  await expect(page.getByTestId('crash')).toBeHidden();
});

for (const theme of ['light', 'dark']) {
  test(`the crash screen has no axe violations (${theme})`, async ({ page }) => {
    await withTheme(page, theme);
    await page.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
    await page.goto('index.html');
    await expectCrashScreen(page);
    await expectNoAxeViolations(page, `crash screen (${theme})`);
  });
}

test('a wasm that traps as it starts shows the crash screen', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*.wasm', (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: trappingWasm() }),
  );
  await page.goto('sort-myth-or-fact.html');
  await expectCrashScreen(page);
  expect(errors.join('\n')).toContain('unreachable');
});

test('a Rust panic on a click is a trap in the release build, and shows the crash screen', async ({ page }) => {
  // Once armed, the DOM refuses every attribute: Yew's `set_attribute(..).expect(..)` then
  // panics inside the wasm as it renders the next screen.
  await page.addInitScript(() => {
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (...args) {
      if (window.refuseAttributes) throw new Error('attributes refused');
      return setAttribute.apply(this, args);
    };
  });
  const errors = [];
  const logged = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => logged.push(m.text()));
  await page.goto('sort-myth-or-fact.html');
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.getByTestId('crash')).toBeHidden();
  await page.evaluate(() => (window.refuseAttributes = true));
  await page.getByTestId('start-game').click();
  await expectCrashScreen(page);
  // The panic reached the page as the trap itself, and no panic hook ran: the widget's logs
  // "Twofold stopped: panicked at …" and Yew's default logs "panicked at …" (a stable build).
  expect(errors.join('\n')).toContain('unreachable');
  expect(logged.join('\n')).not.toContain('panicked');
  // Focus was on the button that disappeared with the widget: it moves to the way out.
  await expect(page.getByRole('link', { name: 'Reload' })).toBeFocused();
});

test('a JS exception out of the wasm on a key press shows the crash screen', async ({ page }) => {
  // The browser API the widget's keyboard handler reads starts failing.
  await page.addInitScript(() => {
    Object.defineProperty(KeyboardEvent.prototype, 'key', {
      get() {
        throw new Error('key unavailable');
      },
    });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('sort-myth-or-fact.html');
  await expect(page.getByTestId('start-game')).toBeVisible();
  await expect(page.getByTestId('crash')).toBeHidden();
  await page.getByTestId('feedback-end').focus();
  await page.keyboard.press('Enter');
  await expectCrashScreen(page);
  expect(errors.join('\n')).toContain('key unavailable');
  // Focus was in the widget that disappeared: it moves to the way out.
  await expect(page.getByRole('link', { name: 'Reload' })).toBeFocused();
});

test('a normal start shows no crash screen and logs no error', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('index.html?mode=home');
  await expect(page.getByTestId('start-sort')).toBeVisible();
  await expect(page.getByTestId('crash')).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.getByTestId('start-sort').click();
  await expect(page.getByTestId('start-game')).toBeVisible();
  expect(errors).toEqual([]);
});
