// ?shareUrl=: the chooser's result link is built on the host page the embedder names, not the
// frame's address; a bad value is named on screen and the widget's own address used. A link
// to the host page (another origin) with #result=… reaches the framed chooser through
// embed.js, which opens that result.
import { test, expect } from '@playwright/test';
import { leaningAnswers, loadChooser } from './support/twofold.mjs';
import { startHostServer } from './hosts/host-server.mjs';

const model = loadChooser();
const LINK = `#result=cp${model.version}-`;

let hosts;
test.beforeAll(async () => {
  hosts = await startHostServer();
});
test.afterAll(async () => {
  await hosts?.stop();
});

let technical;
/** The fragment of a result link to the technical path, made once in a fresh context. */
async function technicalHash(browser) {
  if (!technical) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('chooser.html');
    await answerAll(page, 'technical');
    technical = new URL(await page.getByTestId('result-link').inputValue()).hash;
    await context.close();
  }
  return technical;
}

/** Answers every question (leaning to `path`) in `frame` (a page or a frame locator). */
async function answerAll(frame, path) {
  for (const [q, o] of leaningAnswers(model, path).entries()) {
    const question = model.questions[q];
    await frame.getByTestId(`question-${question.id}`).getByTestId(`option-${question.options[o].id}`).check();
    await frame.getByTestId('chooser-next').click();
  }
  await expect(frame.getByTestId('chooser-result')).toHaveAttribute('data-path', path);
}

test('the result link is built on the share URL, its own fragment replaced', async ({ page }) => {
  const share = 'https://blog.example/2026/careers?p=12#comments';
  await page.goto(`chooser.html?shareUrl=${encodeURIComponent(share)}`);
  await expect(page.getByTestId('config-problems')).toHaveCount(0);
  await answerAll(page, 'technical');
  const link = await page.getByTestId('result-link').inputValue();
  expect(link.startsWith(`https://blog.example/2026/careers?p=12${LINK}`), link).toBe(true);
  // The widget's own address carries the same result.
  expect(new URL(page.url()).hash).toBe(new URL(link).hash);
});

for (const bad of ['javascript:alert(1)', '/relative/page', 'https://blog.example/a b']) {
  test(`a share URL that is not an absolute http(s) URL is named, and the page's own is used: ${bad}`, async ({ page, baseURL }) => {
    await page.goto(`chooser.html?shareUrl=${encodeURIComponent(bad)}`);
    await expect(page.getByTestId('config-problems')).toContainText(
      `shareUrl="${bad}" is not recognised (use one of: https://host.example/page); the default is used.`,
    );
    await answerAll(page, 'leadership');
    const link = await page.getByTestId('result-link').inputValue();
    expect(link.startsWith(`${new URL('chooser.html', baseURL).href}?shareUrl=`), link).toBe(true);
    expect(link).toContain(LINK);
  });
}

test('a result link to the host page opens that result in its frame, through embed.js', async ({ page, baseURL }) => {
  const embedjs = new URL('embed.js', baseURL).href;
  const host = (src) => `${hosts.origin}/host.html?${new URLSearchParams({ kind: 'embed', embedjs, src })}`;
  // The page the link should open: a host page framing the chooser.
  const target = host(new URL('chooser.html', baseURL).href);
  const framed = new URL(`chooser.html?shareUrl=${encodeURIComponent(target)}`, baseURL).href;
  await page.goto(host(framed));
  const frame = page.frameLocator('iframe');
  await answerAll(frame, 'technical');
  const link = await frame.getByTestId('result-link').inputValue();
  expect(link.startsWith(`${target}${LINK}`), link).toBe(true);
  // The learner follows the link: the host page, whose frame opens on that result (embed.js
  // gives the frame its fragment as it finds it: loading, once loaded).
  await page.goto(link);
  const opened = page.frameLocator('iframe');
  await expect(opened.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical', { timeout: 20_000 });
  const again = await opened.getByTestId('result-link').inputValue();
  expect(new URL(again).hash).toBe(new URL(link).hash);
  // A frame whose src has a fragment of its own keeps it.
  await page.goto(`${host(`${new URL('chooser.html', baseURL).href}#result=cp1-0-0`)}${new URL(link).hash}`);
  await expect(page.frameLocator('iframe').getByTestId('chooser-result')).toHaveCount(0);
  expect(await page.locator('iframe').getAttribute('src')).toContain('#result=cp1-0-0');
});

// The widget writes its fragment (replaceState) as the chooser starts: a result link that
// reached the page after the widget read its address, its hashchange not yet heard (embed.js
// passing it to a frame whose page has loaded and whose wasm is starting), was written over
// by the route's older fragment, and the chooser stayed on its first question. Here the link
// arrives at the widget's first read of its storage, a call from the wasm after it read the
// address, each time.
test('a result link that arrives as the widget starts is opened, never written over', async ({ browser, baseURL }) => {
  const hash = await technicalHash(browser);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.addInitScript((link) => {
    const get = Storage.prototype.getItem;
    let given = false;
    Storage.prototype.getItem = function (key) {
      if (!given && /wasm-function/.test(new Error().stack)) {
        given = true;
        location.hash = link;
      }
      return get.call(this, key);
    };
  }, hash);
  await page.goto('chooser.html');
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
  expect(new URL(page.url()).hash).toBe(hash);
  await context.close();
});

// A frame that embed.js finds still loading its page (here the page answers only once
// embed.js has run) gets the link once loaded: a new src on a loading frame started its load
// over, the page fetched twice (and Playwright at times lost the frame: share-url's flake).
test('embed.js gives a frame still loading its page the result link once loaded: fetched once', async ({ browser, page, baseURL }) => {
  const hash = await technicalHash(browser);
  const embedjs = new URL('embed.js', baseURL).href;
  const src = new URL('chooser.html', baseURL).href;
  let fetched = 0;
  await page.context().route((url) => url.href.startsWith(src), async (route) => {
    fetched += 1;
    for (let i = 0; i < 100 && !(await page.evaluate(() => !!window.twofoldEmbed).catch(() => false)); i++) {
      await new Promise((ok) => setTimeout(ok, 50));
    }
    await route.continue().catch(() => {}); // a load that was started over: gone
  });
  await page.goto(`${hosts.origin}/host.html?${new URLSearchParams({ kind: 'embed', embedjs, src })}${hash}`);
  await expect(page.frameLocator('iframe').getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
  expect(fetched).toBe(1);
  expect(await page.locator('iframe').getAttribute('src')).toBe(`${src}${hash}`);
});
