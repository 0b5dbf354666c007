// The board that feels like a game (#13): motion that stays short and stops under reduced
// motion, the verdict in the first painted frame after a placement, the dragged card that
// leaves the pile's label in sight, piles with a running count, the at-end review as a
// compact two-column sort worked by keyboard, the home screen's durations in every language,
// the chooser's Copy button with and without the clipboard, and axe on every screen in the
// forced light and dark themes.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.mjs';
import { SortGame, expectNoHorizontalScroll, leaningAnswers, loadChooser, loadTable, words } from './support/twofold.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHostServer } from './hosts/host-server.mjs';

const DECK = 'leadership-training-or-development';
const model = loadChooser();

/** Every animation and transition duration in the widget, elements and their ::before/::after,
 * in seconds: { max, nonZero: [where] }. */
async function motion(page) {
  return page.evaluate(() => {
    const secs = (list) => list.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1));
    let max = 0;
    const nonZero = [];
    for (const el of document.querySelectorAll('.twofold, .twofold *')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (pseudo && s.content === 'none') continue;
        const animated = s.animationName !== 'none';
        const times = [...(animated ? secs(s.animationDuration) : []), ...secs(s.transitionDuration)];
        for (const t of times) {
          max = Math.max(max, t);
          if (t > 0) nonZero.push(`${el.className || el.tagName}${pseudo ?? ''}: ${t}s`);
        }
      }
    }
    return { max, nonZero };
  });
}

/** Plays the chooser to its result (the answers leaning technical). */
async function playChooser(root) {
  for (const [q, o] of leaningAnswers(model, 'technical').entries()) {
    const question = model.questions[q];
    await root.getByTestId(`question-${question.id}`).getByTestId(`option-${question.options[o].id}`).check();
    await root.getByTestId('chooser-next').click();
  }
  await expect(root.getByTestId('chooser-result')).toBeVisible();
}

test('every motion is short, and none is left under reduced motion', async ({ page }) => {
  for (const reduced of [false, true]) {
    await page.emulateMedia({ reducedMotion: reduced ? 'reduce' : 'no-preference' });
    const game = new SortGame(page, DECK);
    await game.open();
    await game.start();
    const seen = [await motion(page)];
    const card = await game.currentCard();
    await game.pile(game.otherPile(card)).click();
    await expect(page.getByTestId('feedback')).toHaveAttribute('data-result', 'wrong');
    seen.push(await motion(page));
    await page.getByTestId('next-card').click();
    await expect(game.card).toBeVisible();
    seen.push(await motion(page));
    const max = Math.max(...seen.map((m) => m.max));
    if (reduced) {
      expect(seen.flatMap((m) => m.nonZero), 'nothing moves under reduced motion').toEqual([]);
    } else {
      expect(max, 'there is motion without the preference').toBeGreaterThan(0);
      expect(max, 'no animation or transition lasts over 200 ms').toBeLessThanOrEqual(0.2);
    }
    await page.evaluate(() => localStorage.clear());
  }
});

test('the verdict is in the first painted frame after a placement', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  for (const way of ['click', 'key']) {
    const card = await game.currentCard();
    // A probe on the input: the first animation frame after it (the frame painted next)
    // records what the learner sees in it.
    await page.evaluate(() => {
      window.__frame = null;
      const probe = () => requestAnimationFrame(() => {
        const verdict = document.querySelector('[data-testid="feedback"] .feedback__verdict');
        let opacity = 1;
        for (let el = verdict; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
        const box = verdict?.getBoundingClientRect();
        window.__frame = { text: verdict?.textContent ?? null, opacity, inView: !!box && box.top >= 0 && box.bottom <= innerHeight };
      });
      addEventListener('click', probe, { capture: true, once: true });
      addEventListener('keydown', probe, { capture: true, once: true });
    });
    if (way === 'click') await game.pile(card.pile).click();
    else await game.keyToPlace(card.pile);
    await page.waitForFunction(() => window.__frame !== null);
    const frame = await page.evaluate(() => window.__frame);
    expect(frame.text, `${way}: the verdict is there`).toContain(words(loadTable(), 'sort.correct'));
    expect(frame.opacity, `${way}: fully visible, not fading in`).toBe(1);
    expect(frame.inView, `${way}: on the screen`).toBe(true);
    await page.getByTestId('next-card').click();
  }
});

test('the dragged card shrinks below the pointer: the pile it is over shows its label and count', async ({ page }) => {
  const game = new SortGame(page, DECK);
  await game.open();
  await game.start();
  const card = await game.currentCard();
  const pile = game.pile(card.pile);
  await expect(pile.locator('.pile__count')).toHaveText('0');
  const from = await game.center(game.card);
  const to = await game.center(pile);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await expect(pile).toHaveClass(/is-target/);
  await expect(game.card).toHaveClass(/is-dragging/);
  const seen = await page.evaluate((id) => {
    const p = document.querySelector(`[data-testid="pile-${id}"]`);
    const label = p.querySelector('.pile__label').getBoundingClientRect();
    const at = (x, y) => document.elementFromPoint(x, y);
    const cardBox = document.querySelector('[data-testid="card"]').getBoundingClientRect();
    return {
      labelShown: p.querySelector('.pile__label').contains(at(label.left + label.width / 2, label.top + label.height / 2)),
      cardWidth: cardBox.width,
      slotWidth: document.querySelector('.card-slot').getBoundingClientRect().width,
    };
  }, card.pile);
  expect(seen.labelShown, 'the label is not under the card').toBe(true);
  expect(seen.cardWidth, 'the card is smaller while dragged').toBeLessThan(seen.slotWidth * 0.7);
  await page.mouse.up();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(pile.locator('.pile__count')).toHaveText('1');
  await expect(pile.locator('.pile__count')).toHaveClass(/is-new/);
});

test('the at-end review is a compact two-column sort, worked by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const game = new SortGame(page, 'myth-or-fact');
  await game.open('&feedback=end');
  await game.start();
  const [first, second] = game.deck.piles;
  for (let n = 0; n < game.deck.cards.length; n++) await game.pile(first.id).click();
  await expect(page.getByTestId('review')).toBeVisible();
  const columns = page.locator('.placed__pile');
  await expect(columns).toHaveCount(2);
  const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
  expect(Math.abs(a.y - b.y), 'side by side').toBeLessThan(1);
  expect(b.x, 'side by side').toBeGreaterThan(a.x + a.width - 1);
  await expectNoHorizontalScroll(page);
  // One button per card (not one per card and other pile), each a 24 px target at least.
  const buttons = page.locator('[data-testid="placed"] button');
  await expect(buttons).toHaveCount(game.deck.cards.length);
  for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }
  // By keyboard: Tab into the first column, Enter moves the card across, focus follows it.
  const card = game.deck.cards.find((c) => c.pile === second.id);
  const button = page.getByTestId(`placed-${card.id}`);
  await expect(button).toHaveAccessibleName(words(game.table, 'sort.move_card_to', { pile: second.label, card: card.text }));
  await page.getByTestId('review').locator('h2').first().focus();
  for (let i = 0; i < 40 && !(await button.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(columns.nth(1).getByTestId(`placed-${card.id}`)).toBeVisible();
  await expect(button).toBeFocused();
  await expect(page.getByTestId('announcer')).toContainText('moved to');
  await expect(button).toHaveAccessibleName(words(game.table, 'sort.move_card_to', { pile: first.label, card: card.text }));
  await page.keyboard.press('Space');
  await expect(columns.nth(0).getByTestId(`placed-${card.id}`)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(columns.nth(1).getByTestId(`placed-${card.id}`)).toBeVisible();
  await page.getByTestId('check').focus();
  await page.keyboard.press('Enter');
  const right = game.deck.cards.filter((c) => c.pile === first.id).length + 1;
  await expect(page.getByTestId('score')).toContainText(words(game.table, 'sort.score', { right, total: game.deck.cards.length }));
});

test('the home screen says how long each activity takes, in every language', async ({ page }) => {
  // The built-in decks have 18, 26 and 28 cards (12 s a card: 4 to 6 minutes); the chooser
  // 8 questions (15 s each: 2 minutes).
  const expected = {
    en: ['4–6 minutes', 'About 2 minutes'],
    es: ['De 4 a 6 minutos', 'Alrededor de 2 minutos'],
    fr: ['De 4 à 6 minutes', 'Environ 2 minutes'],
    ar: ['من 4 إلى 6 دقائق', 'نحو دقيقتين'],
  };
  for (const [lang, [sort, chooser]] of Object.entries(expected)) {
    await page.goto(`index.html?mode=home&lang=${lang}`);
    await expect(page.getByTestId('sort-time')).toHaveText(sort);
    await expect(page.getByTestId('chooser-time')).toHaveText(chooser);
    // Part of each activity's button, so a screen reader hears it too.
    await expect(page.getByTestId('start-chooser')).toContainText(chooser);
  }
});

test('Copy puts the result link on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('index.html?mode=chooser');
  await playChooser(page);
  const link = await page.getByTestId('result-link').inputValue();
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('announcer')).toHaveText(words(loadTable(), 'chooser.link_copied'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test.describe('in a frame from another origin', () => {
  // The host page comes from another loopback origin (an about:blank page counts as public,
  // and Chromium's Private Network Access would keep its frame from loading 127.0.0.1).
  let hosts;
  let dir;
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'twofold-copy-host-'));
    hosts = await startHostServer(dir);
  });
  test.afterAll(async () => {
    await hosts?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('in a frame without clipboard permission Copy still copies, and where the browser refuses it selects the link and says how', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL.replace(/\/$/, '') });
    // A frame from another origin without allow="clipboard-write", as WordPress frames a link:
    // the Clipboard API is refused there.
    writeFileSync(join(dir, 'copy-host.html'), `<!doctype html><html lang="en"><title>A post</title><iframe title="Twofold" src="${baseURL}chooser.html" style="inline-size:100%;block-size:2000px;border:0"></iframe></html>`);
    await page.goto(`${hosts.origin}/copy-host.html`);
    const frame = page.frameLocator('iframe');
    await playChooser(frame);
    const link = await frame.getByTestId('result-link').inputValue();
    const refused = await page.frames()[1].evaluate(() => navigator.clipboard.writeText('x').then(() => false, () => true));
    expect(refused, 'the Clipboard API is refused in this frame').toBe(true);
    await frame.getByTestId('copy-link').click();
    await expect(frame.getByTestId('announcer')).toHaveText(words(loadTable(), 'chooser.link_copied'));
    const reader = await context.newPage();
    await reader.goto('index.html?mode=home');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await reader.close();
    // A browser that refuses to copy: the link is left selected, with how to copy it.
    await page.frames()[1].evaluate(() => { document.execCommand = () => false; });
    await frame.getByTestId('copy-link').click();
    await expect(frame.getByTestId('announcer')).toHaveText(words(loadTable(), 'chooser.link_copy_manual'));
    const field = frame.getByTestId('result-link');
    await expect(field).toBeFocused();
    const selected = await field.evaluate((e) => [e.selectionStart, e.selectionEnd, e.value.length]);
    expect(selected).toEqual([0, link.length, link.length]);
  });
});

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing on any screen (${theme} theme)`, async ({ page }) => {
    const q = `&theme=${theme}`;
    await page.goto(`index.html?mode=home${q}`);
    await expect(page.getByTestId('sort-time')).toBeVisible();
    await expectNoAxeViolations(page, `home, ${theme}`);
    const game = new SortGame(page, DECK);
    await game.open(q);
    await game.start();
    await expectNoAxeViolations(page, `board before a placement, ${theme}`);
    const card = await game.currentCard();
    await game.pile(card.pile).click();
    await expect(page.getByTestId('feedback')).toBeVisible();
    await expectNoAxeViolations(page, `board after a placement, ${theme}`);
    const end = new SortGame(page, 'myth-or-fact');
    await end.open(`&feedback=end${q}`);
    await end.start();
    for (const c of end.deck.cards) await end.pile(end.deck.piles[0].id).click();
    await expect(page.getByTestId('review')).toBeVisible();
    await expectNoAxeViolations(page, `review, ${theme}`);
    await page.getByTestId('check').click();
    await expect(page.getByTestId('results')).toBeVisible();
    await expectNoAxeViolations(page, `results, ${theme}`);
    await page.goto(`index.html?mode=chooser${q}`);
    await expect(page.getByTestId('chooser-next')).toBeVisible();
    await expectNoAxeViolations(page, `chooser question, ${theme}`);
    await playChooser(page);
    await expectNoAxeViolations(page, `chooser result, ${theme}`);
  });
}
