// Pile labels never break inside a word (#13), hyphenated or not: the built-in decks and
// author decks (words up to 16 characters) with 2, 3 and 4 piles, at every common width and
// at 200 % zoom of a 1280 px window (a 640 px CSS viewport at device pixel ratio 2), in
// every language the widget ships. Each label's characters are measured one by one
// (Range.getClientRects): every word's characters sit on one line, inside the pile.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadDeck } from './support/twofold.mjs';

const DECKS = JSON.parse(readFileSync(new URL('../../content/index.json', import.meta.url), 'utf8')).decks;
const WIDTHS = [320, 340, 360, 375, 390, 414, 768, 1280];
const LANGS = ['en', 'es', 'fr', 'ar'];

/**
 * Author labels per language and pile count: real words, the longest 16 characters
 * (hyphenated compounds count as one word).
 */
const AUTHOR_LABELS = {
  en: {
    2: ['Accountabilities', 'Transformational'],
    3: ['Leadership training', 'Leadership development', 'Transformational coaching'],
    4: ['Technical training', 'Self-development', 'Mentorship-based learning', 'Organisational change'],
  },
  es: {
    2: ['Autoconocimiento', 'Acompañamientos'],
    3: ['Formación técnica', 'Desarrollo del liderazgo', 'Acompañamiento profesional'],
    4: ['Formación técnica', 'Autoconocimiento', 'Co-aprendizaje entre pares', 'Empoderamiento'],
  },
  fr: {
    2: ['Perfectionnement', 'Accompagnements'],
    3: ['Formation au leadership', 'Développement du leadership', 'Accompagnement individualisé'],
    4: ['Formation technique', 'Auto-formation', 'Perfectionnement', 'Transformation organisationnelle'],
  },
  ar: {
    2: ['والاستراتيجيات', 'المسؤوليات'],
    3: ['التدريب على القيادة', 'تطوير القيادة', 'الإرشاد المهني المستمر'],
    4: ['التدريب التقني', 'التعلم الذاتي', 'المسؤولية المشتركة', 'التحول المؤسسي والاستراتيجيات'],
  },
};

/** An author deck in `lang` whose piles carry `labels` (two cards a pile). */
function authorDeck(lang, labels) {
  const piles = labels.map((label, i) => ({ id: `pile-${i + 1}`, label, hint: label }));
  return {
    id: `labels-${lang}-${labels.length}`,
    lang,
    title: labels.join(' / '),
    intro: labels.join(' / '),
    piles,
    cards: piles.flatMap((p, i) => [0, 1].map((n) => ({
      id: `card-${i}-${n}`, text: `${p.label} ${n + 1}`, pile: p.id, explanation: p.label,
    }))),
  };
}

/** Serves index.html with `deck` embedded as the page's author deck. */
async function withHostDeck(page, deck) {
  await page.route('**/index.html*', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</body>',
      `<script type="application/json" id="twofold-deck">${JSON.stringify(deck).replaceAll('</', '<\\/')}</script></body>`,
    );
    await route.fulfill({ response, body: html });
  });
}

/**
 * Every word of every pile label whose characters do not share one line, or stick out of
 * their pile: `[]` when all is well.
 */
function brokenWords(page) {
  return page.evaluate(() => {
    const problems = [];
    for (const label of document.querySelectorAll('.pile__label')) {
      const pile = label.closest('.pile').getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(label).lineHeight) || 20;
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      // The label's characters, each with its box, across its text nodes.
      const chars = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          chars.push({ ch: node.data[i], rects: [...range.getClientRects()].filter((r) => r.width > 0) });
        }
      }
      const words = [];
      let word = [];
      for (const c of [...chars, { ch: ' ', rects: [] }]) {
        if (/\s/.test(c.ch)) {
          if (word.length) words.push(word);
          word = [];
        } else {
          word.push(c);
        }
      }
      for (const w of words) {
        const text = w.map((c) => c.ch).join('');
        const rects = w.flatMap((c) => c.rects);
        const tops = rects.map((r) => r.top);
        if (Math.max(...tops) - Math.min(...tops) > lineHeight / 2) {
          problems.push(`"${text}" breaks across lines in "${label.textContent}"`);
        }
        const outside = rects.some((r) => r.left < pile.left - 0.5 || r.right > pile.right + 0.5);
        if (outside) problems.push(`"${text}" sticks out of its pile in "${label.textContent}"`);
      }
    }
    return problems;
  });
}

/** The layouts to measure: each width at 1×, then 200 % zoom of 1280 (640 CSS px at 2×). */
const LAYOUTS = [
  ...WIDTHS.map((width) => ({ name: `${width} px`, width, height: 800, scale: 1 })),
  { name: '200 % zoom of 1280 px', width: 640, height: 400, scale: 2 },
];

/** Measures the open board at every layout; returns every problem with its layout. */
async function problemsAtEveryLayout(page, what) {
  const cdp = await page.context().newCDPSession(page);
  const found = [];
  for (const layout of LAYOUTS) {
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: layout.width, height: layout.height, deviceScaleFactor: layout.scale, mobile: false,
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    for (const p of await brokenWords(page)) found.push(`${what}, ${layout.name}: ${p}`);
  }
  await cdp.send('Emulation.clearDeviceMetricsOverride');
  await cdp.detach();
  return found;
}

for (const lang of LANGS) {
  test(`no pile label splits a word: built-in decks, ${lang}`, async ({ page }) => {
    const found = [];
    for (const id of DECKS) {
      await page.goto(`index.html?deck=${id}&lang=${lang}`);
      await page.getByTestId('start-game').click();
      await expect(page.locator('.pile__label')).toHaveText(loadDeck(id, lang).piles.map((p) => p.label));
      found.push(...await problemsAtEveryLayout(page, id));
    }
    expect(found).toEqual([]);
  });

  test(`no pile label splits a word: author decks with 2, 3 and 4 piles, ${lang}`, async ({ page }) => {
    const found = [];
    for (const count of [2, 3, 4]) {
      const deck = authorDeck(lang, AUTHOR_LABELS[lang][count]);
      await page.unrouteAll();
      await withHostDeck(page, deck);
      await page.goto(`index.html?deck=${deck.id}&lang=${lang}`);
      await page.getByTestId('start-game').click();
      await expect(page.locator('.pile__label')).toHaveText(deck.piles.map((p) => p.label));
      found.push(...await problemsAtEveryLayout(page, `${count} piles`));
    }
    expect(found).toEqual([]);
  });
}

test('a word longer than 16 characters may break, but stays inside its pile', async ({ page }) => {
  const deck = authorDeck('de', ['Führungskräfteentwicklungsprogramm', 'Weiterbildung']);
  await withHostDeck(page, deck);
  await page.goto(`index.html?deck=${deck.id}`);
  await page.getByTestId('start-game').click();
  const cdp = await page.context().newCDPSession(page);
  for (const width of [320, 1280]) {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 800, deviceScaleFactor: 1, mobile: false });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const problems = await brokenWords(page);
    expect(problems.filter((p) => p.includes('sticks out')), `${width} px`).toEqual([]);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
