// Page object for Twofold's end-to-end tests: stable hooks (data-testid, roles),
// the built-in content read from content/ so tests know the right answers, and
// the four ways of placing a card (mouse drag, touch drag, tap, keyboard).
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

const root = new URL('../../../', import.meta.url);

/** Missed cards the results list before "show all" (src/ui/sort/results.rs). */
export const MISSED_SHOWN = 5;

const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** A built-in deck as the learner reads it in `lang` (English's file, or content/l10n/<lang>/). */
export function loadDeck(id, lang = 'en') {
  return readJson(lang === 'en' ? `content/decks/${id}.json` : `content/l10n/${lang}/decks/${id}.json`);
}

export function loadChooser(lang = 'en') {
  return readJson(lang === 'en' ? 'content/chooser/career-path.json' : `content/l10n/${lang}/chooser/career-path.json`);
}

/** The interface table of `lang` (content/i18n/<lang>.json). */
export function loadTable(lang = 'en') {
  return readJson(`content/i18n/${lang}.json`);
}

/** A table's text with its `{name}` placeholders filled (a plural entry's `other` form). */
export function words(table, key, args = {}) {
  const entry = table[key];
  const text = typeof entry === 'string' ? entry : entry.other;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in args ? String(args[name]) : all));
}

/**
 * The option index per question leaning furthest towards the path with id `path`
 * ('technical' or 'leadership'): its weight there minus its highest weight on
 * another path (a path an option's `weights` leave out weighs 0).
 */
export function leaningAnswers(model, path) {
  const weight = (o, id) => o.weights[id] ?? 0;
  const others = model.paths.map((p) => p.id).filter((id) => id !== path);
  const lean = (o) => weight(o, path) - Math.max(...others.map((id) => weight(o, id)));
  return model.questions.map((q) => {
    let best = 0;
    q.options.forEach((o, i) => {
      if (lean(o) > lean(q.options[best])) best = i;
    });
    return best;
  });
}

export class SortGame {
  /** `lang`: the language the page shows (its deck and table are read from content/). */
  constructor(page, deckId, { lang = 'en' } = {}) {
    this.page = page;
    this.lang = lang;
    this.table = loadTable(lang);
    this.deck = loadDeck(deckId, lang);
    this.card = page.getByTestId('card');
    this.progress = page.getByTestId('progress');
    this.feedback = page.getByTestId('feedback');
    this.results = page.getByTestId('results');
  }

  async open(query = '') {
    await this.page.goto(`index.html?deck=${this.deck.id}${query}`);
    await expect(this.page.getByTestId('start-game')).toBeVisible();
  }

  async start() {
    await this.page.getByTestId('start-game').click();
    await expect(this.card).toBeVisible();
  }

  /** The deck card now on the table. */
  async currentCard() {
    const text = (await this.card.locator('.card__text').textContent()).trim();
    const card = this.deck.cards.find((c) => c.text === text);
    if (!card) throw new Error(`card not in deck: ${text}`);
    return card;
  }

  pile(id) {
    return this.page.getByTestId(`pile-${id}`);
  }

  otherPile(card) {
    return this.deck.piles.find((p) => p.id !== card.pile).id;
  }

  async center(locator) {
    const box = await locator.boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  async dragWithMouse(pileId) {
    const from = await this.center(this.card);
    const to = await this.center(this.pile(pileId));
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await expect(this.pile(pileId)).toHaveClass(/is-target/);
    await this.page.mouse.up();
  }

  async dragWithTouch(pileId) {
    const from = await this.center(this.card);
    const to = await this.center(this.pile(pileId));
    const cdp = await this.page.context().newCDPSession(this.page);
    const point = (p) => [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
    // Timestamps make it a human drag that rests on the pile before lifting:
    // an instant release would read as a fling, and Chrome swallows the tap
    // that stops a fling (the learner's next tap on "Next card").
    const t0 = Date.now() / 1000;
    const send = (type, p, t) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: p ? point(p) : [], timestamp: t0 + t });
    await send('touchStart', from, 0);
    for (let i = 1; i <= 8; i++) {
      const p = { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 };
      await send('touchMove', p, i * 0.04);
    }
    await send('touchMove', to, 0.6);
    await expect(this.pile(pileId)).toHaveClass(/is-target/);
    await send('touchEnd', null, 0.7);
    await cdp.detach();
  }

  async tapToPlace(pileId) {
    await this.card.tap();
    await expect(this.card).toHaveAttribute('aria-pressed', 'true');
    await this.pile(pileId).tap();
  }

  async keyToPlace(pileId) {
    const index = this.deck.piles.findIndex((p) => p.id === pileId);
    await this.page.keyboard.press(String(index + 1));
  }

  /**
   * Plays the whole deck (immediate feedback). `wrongIds` are placed on the wrong pile.
   * `place(pileId)` places the card; `next()` leaves the feedback.
   */
  async playAll(place, { wrongIds = [], next } = {}) {
    const total = this.deck.cards.length;
    for (let n = 1; n <= total; n++) {
      await expect(this.progress).toHaveText(words(this.table, 'sort.progress', { n, total }));
      const card = await this.currentCard();
      const wrong = wrongIds.includes(card.id);
      await place(wrong ? this.otherPile(card) : card.pile);
      await expect(this.feedback).toHaveAttribute('data-result', wrong ? 'wrong' : 'correct');
      await expect(this.page.getByTestId('explanation')).toHaveText(card.explanation);
      if (next) await next();
      else await this.page.getByTestId('next-card').click();
    }
    await expect(this.results).toBeVisible();
  }

  /** Expected right/wrong per pile if the cards in `wrongIds` were missed. */
  expectedTallies(wrongIds) {
    return this.deck.piles.map((p) => {
      const cards = this.deck.cards.filter((c) => c.pile === p.id);
      const wrong = cards.filter((c) => wrongIds.includes(c.id)).length;
      return { pile: p.id, right: cards.length - wrong, wrong };
    });
  }

  /** The results' band message for `right` of `total` (core/src/game/appraisal.rs). */
  bandText(right, total) {
    const key = right === total ? 'sort.all_right'
      : right * 5 >= total * 4 ? 'sort.band_most'
        : right * 2 >= total ? 'sort.band_half' : 'sort.band_start';
    return words(this.table, key);
  }

  async expectResults(wrongIds) {
    const total = this.deck.cards.length;
    const right = total - wrongIds.length;
    await expect(this.page.getByTestId('score')).toContainText(words(this.table, 'sort.score', { right, total }));
    await expect(this.page.getByTestId('band')).toHaveText(this.bandText(right, total));
    for (const t of this.expectedTallies(wrongIds)) {
      await expect(this.page.getByTestId(`chart-bar-${t.pile}-right`)).toHaveAttribute('data-value', String(t.right));
      await expect(this.page.getByTestId(`chart-bar-${t.pile}-wrong`)).toHaveAttribute('data-value', String(t.wrong));
    }
    const missed = this.page.getByTestId('missed-list').locator('li');
    await expect(missed).toHaveCount(Math.min(wrongIds.length, MISSED_SHOWN));
  }
}

/** No horizontal scrolling at the current viewport width. */
export async function expectNoHorizontalScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'page scrolls horizontally').toBeLessThanOrEqual(0);
}
