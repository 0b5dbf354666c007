// The embed-code builder (builder.html): for every activity and theme, and each language once,
// the code it copies, pasted into a host page on another origin, opens the widget with those
// settings, and the frame's height follows its content (embed.js). The accent's contrast rule
// live, bad values left out with their reason, copying with and without the Clipboard API,
// and the page itself: axe in light and dark at 320 and 1280 px, no sideways scrolling,
// 24 px targets, the keyboard, every text in the builder's language.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, withTheme } from './support/axe.mjs';
import { expectNoHorizontalScroll, loadChooser, loadDeck, loadTable } from './support/twofold.mjs';
import { expectFits } from './support/frames.mjs';
import { startHostServer } from './hosts/host-server.mjs';

const builderTexts = (lang) => loadTable(`builder/${lang}`);

// Host pages are written here and served from another origin (a real server: Chromium lets a
// loopback page frame another loopback origin, not a page it cannot place).
let hosts;
let pasted;
test.beforeAll(async () => {
  pasted = mkdtempSync(join(tmpdir(), 'twofold-pasted-'));
  hosts = await startHostServer(pasted);
});
test.afterAll(async () => {
  await hosts?.stop();
  rmSync(pasted, { recursive: true, force: true });
});

async function openBuilder(page, query = '') {
  await page.goto(`builder.html${query}`);
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
}

/** Copies one output with its button and returns what the clipboard holds. */
async function copyOut(page, name) {
  await page.getByTestId(`copy-${name}`).click();
  await expect(page.getByTestId('announcer')).toContainText(/\S/);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A host page on the host server's origin holding exactly `code` (what a blogger pastes). */
let pastes = 0;
async function pasteOnHost(context, code) {
  const name = `post-${++pastes}.html`;
  writeFileSync(
    join(pasted, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:sans-serif"><header style="padding:16px"><h1>A blog post</h1></header>
<main>\n${code}\n</main><footer style="padding:16px"><p>The end of the post.</p></footer></body></html>`,
  );
  const host = await context.newPage();
  await host.goto(`${hosts.origin}/${name}`);
  // The frame is lazy: it loads once its page is in front (the builder's was).
  await host.bringToFront();
  return host;
}

const PAGES = [
  { page: 'index.html', screen: 'home' },
  { page: 'sort.html', screen: 'sort' },
  ...['leadership-training-or-development', 'technical-training-or-leadership-development', 'myth-or-fact'].map((deck) => ({
    page: `sort-${deck}.html`,
    screen: 'sort',
    deck,
  })),
  { page: 'chooser.html', screen: 'chooser' },
];

/** What the framed widget shows for `p` in `lang`, checked, then a move that changes its height. */
async function expectOpened(host, p, { theme, lang = 'en', feedback }) {
  const frame = host.frameLocator('iframe');
  const root = frame.locator('#twofold > .twofold');
  await expect(root).toHaveAttribute('data-screen', p.screen);
  await expect(root).toHaveAttribute('data-theme', theme);
  await expect(root).toHaveAttribute('lang', lang);
  await expect(frame.getByTestId('config-problems')).toHaveCount(0);
  await expectFits(host, 0, `${p.page}, first screen`);
  if (p.screen === 'home') {
    await frame.getByTestId('start-chooser').click();
    await expect(frame.getByTestId('question-progress')).toBeVisible();
  } else if (p.screen === 'chooser') {
    const first = loadChooser(lang).questions[0];
    await frame.getByTestId(`question-${first.id}`).locator('input[type=radio]').first().check();
    await frame.getByTestId('chooser-next').click();
    await expect(frame.getByTestId(`question-${first.id}`)).toHaveCount(0);
  } else {
    if (p.deck) await expect(frame.locator('#start-title')).toHaveText(loadDeck(p.deck, lang).title);
    else await expect(frame.locator('[data-testid^="deck-option-"]')).toHaveCount(3);
    // A feedback timing set by the host: the learner is not asked.
    await expect(frame.getByTestId('feedback-immediate')).toHaveCount(feedback ? 0 : 1);
    await frame.getByTestId('start-game').click();
    await expect(frame.getByTestId('card')).toBeVisible();
  }
  await expectFits(host, 0, `${p.page}, after a move`);
}

for (const theme of ['auto', 'light', 'dark']) {
  test(`every activity, theme ${theme}: the copied code on another origin opens those settings and fits`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await openBuilder(page);
    await page.getByTestId('theme').getByRole('radio').nth(['auto', 'light', 'dark'].indexOf(theme)).check();
    const script = await copyOut(page, 'script');
    expect(script).toBe(`<script src="${new URL('embed.js', baseURL).href}" defer></script>`);
    for (const [i, p] of PAGES.entries()) {
      await page.getByTestId('activity').selectOption(p.page);
      // The feedback timing set on every other sorting page, to see it taken.
      const feedback = p.screen === 'sort' && i % 2 === 0 ? 'end' : '';
      await page.getByTestId('feedback').selectOption(feedback);
      const code = await copyOut(page, 'iframe');
      const src = new URL(code.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&'));
      expect(src.pathname.endsWith(`/${p.page}`), code).toBe(true);
      expect(src.searchParams.get('theme')).toBe(theme === 'auto' ? null : theme);
      expect(code).toMatch(/ title="[^"]+" loading="lazy" allow="clipboard-write"/);
      if (p.deck) expect(code).toContain(`title="${loadDeck(p.deck).title}"`);
      await expect(page.getByTestId('preview-frame')).toHaveAttribute('src', src.href);
      const host = await pasteOnHost(context, `${code}\n${script}`);
      await expectOpened(host, p, { theme, feedback });
      await host.close();
    }
  });
}

for (const [lang, p] of [['es', PAGES[4]], ['fr', PAGES[5]], ['ar', PAGES[0]]]) {
  test(`in ${lang}: the copied code opens the activity in that language, on another origin, and fits`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await openBuilder(page);
    await page.getByTestId('activity').selectOption(p.page);
    await page.getByTestId('lang').selectOption(lang);
    const code = await copyOut(page, 'iframe');
    expect(code).toContain(`lang=${lang}`);
    if (p.deck) expect(code).toContain(`title="${loadDeck(p.deck, lang).title}"`);
    if (p.screen === 'chooser') expect(code).toContain(`title="${loadChooser(lang).title}"`);
    const host = await pasteOnHost(context, `${code}\n${await copyOut(page, 'script')}`);
    await expectOpened(host, p, { theme: 'auto', lang });
    await host.close();
  });
}

test('the accent follows the contrast rule live, in the theme chosen, and a refused one is left out', async ({ page }) => {
  await openBuilder(page);
  const en = builderTexts('en');
  const status = page.getByTestId('accent-status');
  await page.getByTestId('accent').fill('#b5179e');
  await expect(status).toContainText(en['builder.accent_dark'].replace('{whole}.{tenth}', '2.3'));
  await expect(status).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('accent')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#out-iframe')).not.toHaveValue(/accent=/);
  // The same colour with the light theme passes, and goes into the code.
  await page.getByTestId('theme').getByRole('radio').nth(1).check();
  await expect(status).toHaveText(en['builder.accent_ok']);
  await expect(page.getByTestId('accent')).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('#out-iframe')).toHaveValue(/accent=b5179e/);
  await expect(page.getByTestId('accent-pick')).toHaveValue('#b5179e');
  // In the preview, the widget takes it.
  const preview = page.frameLocator('[data-testid=preview-frame]');
  await expect(preview.getByTestId('start-sort')).toBeVisible();
  await expect(preview.locator('.masthead__title')).toHaveCSS('color', 'rgb(181, 23, 158)');
  // Text no colour reads on, and something that is not a colour.
  await page.getByTestId('accent').fill('7a7a7a');
  await expect(status).toContainText(en['builder.accent_text'].replace('{whole}.{tenth}', '4.3'));
  await page.getByTestId('accent').fill('blue');
  await expect(status).toContainText(en['builder.accent_bad']);
  await expect(page.locator('#out-iframe')).not.toHaveValue(/accent=/);
  // The colour picker writes the field.
  await page.getByTestId('accent-pick').fill('#1976d2');
  await expect(page.getByTestId('accent')).toHaveValue('#1976d2');
  await expect(page.locator('#out-iframe')).toHaveValue(/accent=1976d2/);
});

test('the other settings: a bad value is named and left out, a good one goes into the code', async ({ page }) => {
  await openBuilder(page);
  const en = builderTexts('en');
  const out = page.locator('#out-iframe');
  for (const [field, bad, good, param, message] of [
    ['origin', 'https://blog.example.org/post', 'https://Blog.Example.org', 'parentOrigin=https%3A%2F%2Fblog.example.org', 'builder.origin_bad'],
    ['share', 'blog.example.org/post', 'https://blog.example.org/post?p=1', 'shareUrl=https%3A%2F%2Fblog.example.org%2Fpost%3Fp%3D1', 'builder.share_bad'],
    ['mastery', '101', '75', 'mastery=75', 'builder.mastery_bad'],
  ]) {
    await page.getByTestId(field).fill(bad);
    await page.getByTestId(field).blur();
    await expect(page.getByTestId(`${field}-status`)).toContainText(en[message]);
    await expect(page.getByTestId(`${field}-status`)).toContainText(en['builder.not_used']);
    await expect(page.getByTestId(field)).toHaveAttribute('aria-invalid', 'true');
    await expect(out).not.toHaveValue(new RegExp(param.split('=')[0]));
    await page.getByTestId(field).fill(good);
    await page.getByTestId(field).blur();
    await expect(page.getByTestId(`${field}-status`)).toBeEmpty();
    await expect(out).toHaveValue(new RegExp(param.replace(/[?]/g, '\\?')));
  }
  await expect(page.locator('#out-origin')).toHaveValue(new URL(page.url()).origin);
  await page.getByTestId('activity').selectOption('chooser.html');
  await expect(page.locator('#out-wordpress')).toHaveValue(new URL('chooser.html', page.url()).href);
  // This build has no oEmbed files (no TWOFOLD_PUBLIC_URL): said so.
  await expect(page.getByTestId('wordpress-off')).toBeVisible();
});

test('without the Clipboard API the code is selected and the learner told how to copy it', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    document.execCommand = () => false;
  });
  await openBuilder(page);
  await page.getByTestId('copy-iframe').click();
  await expect(page.getByTestId('announcer')).toHaveText(builderTexts('en')['builder.copy_manual']);
  const selection = await page.locator('#out-iframe').evaluate((t) => [t.selectionStart, t.selectionEnd, t.value.length, document.activeElement === t]);
  expect(selection[0]).toBe(0);
  expect(selection[1]).toBe(selection[2]);
  expect(selection[3]).toBe(true);
});

test('by keyboard: every control is reached with Tab, and Copy is announced', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await openBuilder(page);
  const reached = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const e = document.activeElement;
      // Inside the preview's frame, the widget draws its own focus ring.
      const outline = e.tagName === 'IFRAME' ? 'frame' : getComputedStyle(e).outlineStyle;
      return `${e.dataset.testid ?? e.id ?? e.tagName}|${outline}`;
    });
    const [name, outline] = id.split('|');
    reached.add(name);
    expect(outline, `${name} shows where focus is`).not.toBe('none');
    if (name === 'copy-script') break;
  }
  for (const name of ['activity', 'feedback', 'lang', 'accent', 'accent-pick', 'mastery', 'origin', 'share', 'preview', 'copy-iframe', 'copy-script']) {
    expect([...reached], name).toContain(name);
  }
  await page.keyboard.press('Enter');
  const what = builderTexts('en')['builder.script_code'];
  await expect(page.getByTestId('announcer')).toHaveText(builderTexts('en')['builder.copied'].replace('{what}', what));
  await expect(page.getByTestId('copy-script')).toHaveAccessibleName(`${builderTexts('en')['builder.copy']} ${what}`);
});

for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    test(`axe finds nothing on the builder, ${scheme}, ${width} px, and nothing scrolls sideways`, async ({ page }) => {
      await withTheme(page, scheme);
      await page.setViewportSize({ width, height: 900 });
      await openBuilder(page);
      await expect(page.frameLocator('[data-testid=preview-frame]').getByTestId('start-sort')).toBeVisible();
      await expectNoAxeViolations(page, `builder, ${scheme}, ${width}`);
      await expectNoHorizontalScroll(page);
      // With every message shown, and the widest preview (which scrolls in its own region).
      await page.getByTestId('accent').fill('#b5179e');
      await page.getByTestId('origin').fill('nope');
      await page.getByTestId('origin').blur();
      await page.getByTestId('width').getByRole('radio').nth(3).check();
      await expect(page.getByTestId('preview')).toHaveAttribute('data-width', '1280');
      await expect(page.getByTestId('accent-status')).toContainText(/\S/);
      await expectNoAxeViolations(page, `builder with messages, ${scheme}, ${width}`);
      await expectNoHorizontalScroll(page);
      // Every control's target is at least 24 by 24 px (a radio's is its label).
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('#builder button, #builder input, #builder select, #builder textarea')]
          .filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
          .map((e) => [e, e.closest('label') ?? e])
          .filter(([, t]) => {
            const r = t.getBoundingClientRect();
            return r.width < 24 || r.height < 24;
          })
          .map(([e]) => e.id || e.name || e.outerHTML.slice(0, 60)),
      );
      expect(small).toEqual([]);
    });
  }
}

for (const lang of ['es', 'fr', 'ar']) {
  test(`the builder speaks ${lang}: every text from its table, the page's language and direction`, async ({ page }) => {
    await openBuilder(page, `?lang=${lang}`);
    const t = builderTexts(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page).toHaveTitle(t['builder.title']);
    await expect(page.locator('h1')).toHaveText(t['builder.heading'].replace(/`/g, ''));
    for (const key of ['builder.settings', 'builder.preview', 'builder.code']) {
      await expect(page.locator(`h2[data-t="${key}"]`)).toHaveText(t[key]);
    }
    await expect(page.getByTestId('activity').locator('option').last()).toHaveText(t['builder.activity_chooser']);
    // The language list names each language in its own words.
    await expect(page.getByTestId('lang').locator('option[value=ar]')).toHaveText('العربية');
  });
}
