// The static page's JS heap under the same harness (probes installed, two forced GCs): the
// floor every page pays here, printed beside Twofold's memory after a game.
import { newContext, waitProbe, heapFigures } from '../lib/browser.mjs';

/** @type {import('../lib/types.mjs').Benchmark} */
export const memoryStatic = {
  id: 'memory-static',
  type: 'memory',
  label: 'Memory of the static page',
  description: 'JS heap of the static lower bound after load and two forced GCs (CDP Runtime.getHeapUsage): the harness\'s own floor.',
  async run({ browser, urls, probes }) {
    const { context, page, cdp } = await newContext(browser, [probes.load()]);
    try {
      await page.goto(urls.static, { waitUntil: 'load' });
      await waitProbe(page, 10_000);
      return { memoryStaticPage: await heapFigures(page, cdp) };
    } finally {
      await context.close();
    }
  },
};
