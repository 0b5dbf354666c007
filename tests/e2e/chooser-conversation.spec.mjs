// The chooser as a conversation (#13): one question per screen in large type, large answers
// each with its key shown (A, B, C…; digits in Arabic), the keys acting only while focus is in
// the question (WCAG 2.1.4), a short arrival that stops under reduced motion.
import { test, expect } from '@playwright/test';
import { leaningAnswers, loadChooser, loadTable } from './support/twofold.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';

const model = loadChooser();

/** Opens the chooser as a learner does, from the home screen: focus is on its heading. */
async function openFromHome(page, lang = 'en') {
  await page.goto(`index.html?mode=home&lang=${lang}`);
  await page.getByTestId('start-chooser').click();
  await expect(page.locator('#chooser-title')).toBeFocused();
}

/** What the style sheet shows as answer o's key (a counter, which reads as A, B, C… or 1, 2, 3…). */
function keyShown(page, o) {
  return page.locator('.choice--answer').nth(o).evaluate((e) => getComputedStyle(e, '::before').content);
}

test('every question answered by its letter key, Enter goes on, to the result', async ({ page }) => {
  await openFromHome(page);
  const answers = leaningAnswers(model, 'technical');
  for (const [q, o] of answers.entries()) {
    const question = model.questions[q];
    const letter = 'ABCDEFGH'[o];
    const option = page.getByTestId(`question-${question.id}`).getByTestId(`option-${question.options[o].id}`);
    // The key is shown on its answer (the style sheet's counter: A, B, C…) and named on it.
    await expect(option).toHaveAttribute('aria-keyshortcuts', letter);
    expect(await keyShown(page, o)).toBe('counter(answer, upper-latin)');
    await page.keyboard.press(q % 2 ? letter : letter.toLowerCase());
    await expect(option).toBeChecked();
    await expect(option).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
});

test('the hint names the keys, and letters act only inside the question, never page-wide', async ({ page }) => {
  await openFromHome(page);
  const count = model.questions[0].options.length;
  await expect(page.locator('.question__keys')).toHaveText(loadTable()['chooser.keys_hint']);
  await expect(page.locator('.question__options')).toHaveAttribute('aria-describedby', 'question-keys');
  // Focus outside the question: a letter types into the page, not into the widget.
  await page.locator('.masthead').click();
  await page.keyboard.press('b');
  await expect(page.locator('.question input:checked')).toHaveCount(0);
  // A key past the last answer, or with a modifier, does nothing either.
  await page.locator('.question__prompt').focus();
  await page.keyboard.press('ABCDEFGH'[count]);
  await page.keyboard.press('Control+a');
  await expect(page.locator('.question input:checked')).toHaveCount(0);
});

test('in Arabic, numbers stand in for the letters, by the physical key', async ({ page }) => {
  await openFromHome(page, 'ar');
  const question = loadChooser('ar').questions[0];
  await expect(page.getByTestId(`option-${question.options[1].id}`)).toHaveAttribute('aria-keyshortcuts', '2');
  expect(await keyShown(page, 1), 'digits, as the keys say').toBe('counter(answer)');
  await expect(page.locator('.question__keys')).toHaveText(loadTable('ar')['chooser.keys_hint']);
  // An Arabic layout types ٢ on the key of 2.
  await page.locator('.question__prompt').dispatchEvent('keydown', { key: '٢', code: 'Digit2', bubbles: true });
  await expect(page.getByTestId(`option-${question.options[1].id}`)).toBeChecked();
});

for (const width of [320, 1280]) {
  test(`large type and large answers at ${width} px, no axe findings`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openFromHome(page);
    const prompt = await page.locator('.question__prompt').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(prompt, 'the prompt in large type').toBeGreaterThanOrEqual(24);
    for (const box of await page.locator('.choice--answer').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      expect(box.height, 'an answer is a large target').toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(width);
    }
    await page.keyboard.press('b');
    await expectNoAxeViolations(page, `chooser question with keys, ${width} px`);
  });
}

test('each question arrives with a short transition, none under reduced motion', async ({ page }) => {
  await openFromHome(page);
  const duration = () => page.locator('.question').evaluate((e) => getComputedStyle(e).animationDuration);
  const ms = parseFloat(await duration()) * ((await duration()).endsWith('ms') ? 1 : 1000);
  expect(ms).toBeGreaterThan(0);
  expect(ms).toBeLessThanOrEqual(200);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(parseFloat(await duration())).toBe(0);
});
