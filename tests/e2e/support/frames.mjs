// How a host page's Twofold frame fits its content (frame-fit.spec.mjs, builder.spec.mjs):
// the frame element's height against its content's, and the content's inner overflow.
import { expect } from '@playwright/test';

/** How the n-th frame fits: its element's height, its content's height, its inner overflow. */
export async function fit(page, n) {
  const frameEl = page.locator('iframe').nth(n);
  const outer = await frameEl.evaluate((e) => e.getBoundingClientRect().height);
  const handle = await frameEl.elementHandle();
  const inner = await (await handle.contentFrame()).evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    overflow: document.documentElement.scrollHeight - window.innerHeight,
  }));
  return { outer, ...inner };
}

/** The n-th frame fits its content within 1 px, once it settles; returns its height. */
export async function expectFits(page, n, step) {
  let last;
  await expect
    .poll(async () => {
      last = await fit(page, n);
      return Math.abs(last.outer - last.content) <= 1 && last.overflow <= 1;
    }, { message: `frame ${n} fits its content (${step})`, timeout: 10_000 })
    .toBe(true)
    .catch((e) => {
      throw new Error(`${e.message}\nlast measured: ${JSON.stringify(last)}`);
    });
  return (await fit(page, n)).outer;
}
