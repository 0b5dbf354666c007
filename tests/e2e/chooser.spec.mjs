// The career-path chooser end to end: by mouse and by keyboard only, changing
// an answer, resuming after reload, and the shareable result link (of today's
// questionnaire version, and one made before the revision).
import { test, expect } from '@playwright/test';
import { expectNoHorizontalScroll, loadChooser, leaningAnswers } from './support/twofold.mjs';

const model = loadChooser();
const outcome = (pathId) => model.paths.find((p) => p.id === pathId).outcome;

function option(page, q, o) {
  const question = model.questions[q];
  return page.getByTestId(`question-${question.id}`).getByTestId(`option-${question.options[o].id}`);
}

/** Each path's score: the chosen options' weights (a path an option leaves out weighs 0). */
function totals(answers) {
  const sums = Object.fromEntries(model.paths.map((p) => [p.id, 0]));
  answers.forEach((o, q) => {
    const weights = model.questions[q].options[o].weights;
    for (const id of Object.keys(sums)) sums[id] += weights[id] ?? 0;
  });
  return sums;
}

/** The path today's weights recommend for these answers (`blend` within the margin). */
function expectedPath(answers) {
  const t = totals(answers);
  const ranked = model.paths.map((p) => p.id).sort((a, b) => t[b] - t[a]);
  return t[ranked[0]] - t[ranked[1]] <= model.blend_margin ? 'blend' : ranked[0];
}

/** Result links carry the questionnaire version their answers were given in. */
const LINK = `cp${model.version}-`;

async function answerAll(page, answers) {
  const total = model.questions.length;
  for (const [q, o] of answers.entries()) {
    await expect(page.getByTestId('question-progress')).toHaveText(`Question ${q + 1} of ${total}`);
    await option(page, q, o).check();
    await page.getByTestId('chooser-next').click();
  }
}

test('by mouse: craft-minded answers recommend technical training, with chart and reasons', async ({ page }) => {
  await page.goto('index.html?mode=chooser');
  const answers = leaningAnswers(model, 'technical');
  await answerAll(page, answers);
  const result = page.getByTestId('chooser-result');
  await expect(result).toHaveAttribute('data-path', 'technical');
  await expect(page.getByTestId('outcome-title')).toHaveText(outcome('technical').title);
  await expect(page.getByTestId('outcome-title')).toBeFocused();
  const t = totals(answers);
  await expect(page.getByTestId('balance-technical')).toHaveAttribute('data-value', String(t.technical));
  await expect(page.getByTestId('balance-leadership')).toHaveAttribute('data-value', String(t.leadership));
  const reasons = page.getByTestId('reasons').locator('li');
  expect(await reasons.count()).toBeGreaterThanOrEqual(2);
  await expect(reasons.first()).toContainText('Because you said');
  await expect(page.getByTestId('next-steps').locator('li')).toHaveCount(outcome('technical').next_steps.length);
  await expect(page.getByTestId('announcer')).toContainText(outcome('technical').title);
});

test('by keyboard only: arrows choose, Enter goes on, the result is leadership development', async ({ page }) => {
  await page.goto('index.html?mode=home');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('start-chooser')).toBeFocused();
  await page.keyboard.press('Enter');
  const answers = leaningAnswers(model, 'leadership');
  for (const [q, o] of answers.entries()) {
    await expect(page.getByTestId('question-progress')).toHaveText(`Question ${q + 1} of ${answers.length}`);
    // Focus is on the question; Tab reaches the radio group, arrows move the choice.
    await page.keyboard.press('Tab');
    await expect(option(page, q, 0)).toBeFocused();
    if (o === 0) await page.keyboard.press('Space');
    for (let i = 0; i < o; i++) await page.keyboard.press('ArrowDown');
    await expect(option(page, q, o)).toBeChecked();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'leadership');
  await expect(page.getByTestId('literacy-reminder')).toHaveText(outcome('leadership').reminder);
});

test('going back to change an answer, and reloading, keep the answers', async ({ page }) => {
  await page.goto('index.html?mode=chooser');
  const answers = leaningAnswers(model, 'technical');
  await answerAll(page, answers.slice(0, 3));
  await page.getByTestId('chooser-back').click();
  await expect(page.getByTestId('question-progress')).toHaveText(`Question 3 of ${answers.length}`);
  await expect(option(page, 2, answers[2])).toBeChecked();
  await option(page, 2, (answers[2] + 1) % model.questions[2].options.length).check();
  await page.reload();
  await expect(page.getByTestId('question-progress')).toHaveText(`Question 3 of ${answers.length}`);
  await expect(option(page, 2, (answers[2] + 1) % model.questions[2].options.length)).toBeChecked();
  await page.getByTestId('chooser-back').click();
  await expect(option(page, 1, answers[1])).toBeChecked();
});

test('the result link brings the result back; a tampered link is refused clearly', async ({ page, context }) => {
  await page.goto('index.html?mode=chooser');
  const answers = leaningAnswers(model, 'leadership');
  await answerAll(page, answers);
  const link = await page.getByTestId('result-link').inputValue();
  expect(link).toContain(`#result=${LINK}`);
  const fresh = await context.browser().newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('chooser-result')).toHaveAttribute('data-path', 'leadership');
  await fresh.close();
  // A changed link, opened by someone with no saved answers: a clear message, then question 1.
  const tampered = link.replace(/(cp\d+)-(\d)/, (_, v, d) => `${v}-${d === '0' ? '1' : '0'}`);
  expect(tampered).not.toBe(link);
  const stranger = await context.browser().newContext();
  const third = await stranger.newPage();
  await third.goto(tampered);
  await expect(third.getByTestId('link-problem')).toContainText('changed or cut short');
  await expect(third.getByTestId('link-problem')).toContainText('answer the questions yourself');
  await expect(third.getByRole('progressbar')).toHaveAttribute('aria-valuetext', `Question 1 of ${answers.length}`);
  await expect(third.getByTestId('question-progress')).toHaveText(`Question 1 of ${answers.length}`);
  expect(new URL(third.url()).hash).toBe('');
  await stranger.close();
});

test('works at 320 px wide without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('index.html?mode=chooser');
  await answerAll(page, leaningAnswers(model, 'technical'));
  await expectNoHorizontalScroll(page);
});

test("someone else's result link does not replace the learner's own answers", async ({ page, context }) => {
  // Someone else's result, as a link.
  const other = await context.browser().newContext();
  const theirs = await other.newPage();
  await theirs.goto('index.html?mode=chooser');
  await answerAll(theirs, leaningAnswers(model, 'technical'));
  const link = await theirs.getByTestId('result-link').inputValue();
  await other.close();

  // The learner answers two questions, then opens the link, then comes back.
  await page.goto('index.html?mode=chooser');
  await page.locator('input[type=radio]').first().check();
  await page.getByTestId('chooser-next').click();
  await page.locator('input[type=radio]').first().check();
  await page.goto('about:blank'); // a new document, not a same-page hash change
  await page.goto(link);
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
  await page.goto('index.html?mode=chooser');
  await expect(page.getByTestId('question-progress')).toHaveText(`Question 2 of ${model.questions.length}`);
});

test('leaving the chooser drops the result link, so a reload opens the game in progress', async ({ page }) => {
  // No `mode` in the URL: a reload goes back to where the learner was.
  await page.goto('index.html');
  await page.getByTestId('start-chooser').click();
  await answerAll(page, leaningAnswers(model, 'leadership'));
  expect(new URL(page.url()).hash).toMatch(/^#result=/);
  await page.getByTestId('chooser-back-home').click();
  expect(new URL(page.url()).hash).toBe('');
  await page.getByTestId('start-sort').click();
  await page.getByTestId('start-game').click();
  await expect(page.getByTestId('card')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('card')).toBeVisible();
});

test('going to another result link in the same tab shows that result', async ({ page, context }) => {
  const links = {};
  for (const path of ['technical', 'leadership']) {
    const other = await context.browser().newContext();
    const p = await other.newPage();
    await p.goto('index.html?mode=chooser');
    await answerAll(p, leaningAnswers(model, path));
    links[path] = new URL(await p.getByTestId('result-link').inputValue()).hash;
    await other.close();
  }
  await page.goto(`index.html?mode=chooser${links.technical}`);
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
  // Only the fragment changes, as when a link is pasted into the address bar; the page
  // is not reloaded (a marker set on the window survives).
  await page.evaluate((hash) => { window.__notReloaded = true; window.location.hash = hash; }, links.leadership);
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'leadership');
  expect(await page.evaluate(() => window.__notReloaded)).toBe(true);
  // From another screen too: the link opens the chooser on that result, in place.
  await page.getByTestId('chooser-back-home').click();
  await expect(page.getByTestId('screen-home')).toBeVisible();
  await page.evaluate((hash) => { window.location.hash = hash; }, links.technical);
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
  expect(await page.evaluate(() => window.__notReloaded)).toBe(true);
});

test('a broken link, opened by a learner with answers of their own, says those are shown instead', async ({ page }) => {
  await page.goto('index.html?mode=chooser');
  await page.locator('input[type=radio]').first().check();
  await page.getByTestId('chooser-next').click();
  await page.goto('about:blank');
  await page.goto('index.html?mode=chooser#result=cp1-garbage');
  await expect(page.getByTestId('link-problem')).toContainText('your own answers from before');
  await expect(page.getByTestId('question-progress')).toHaveText(`Question 2 of ${model.questions.length}`);
});

test("a host's fragment (WordPress's #?secret=) survives the result link and stays out of the share link", async ({ page }) => {
  await page.goto('index.html?mode=chooser#?secret=abc123XYZ0');
  await answerAll(page, leaningAnswers(model, 'technical'));
  await expect(page.getByTestId('chooser-result')).toHaveAttribute('data-path', 'technical');
  await expect.poll(() => new URL(page.url()).hash).toMatch(new RegExp(`^#\\?secret=abc123XYZ0&result=${LINK}`));
  const link = await page.getByTestId('result-link').inputValue();
  expect(link).toMatch(new RegExp(`#result=${LINK}[0-9a-z]+-[0-9a-f]{2}$`));
  expect(link).not.toContain('secret');
  await page.getByTestId('chooser-back-home').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#?secret=abc123XYZ0');
});

test('a result link made before the revision opens on its answers and says it comes from an earlier version', async ({ page }) => {
  // Made by the build before questionnaire versions (cp1-): it recommended a blend then.
  const old = 'cp1-01230123-6a';
  const answers = [0, 1, 2, 3, 0, 1, 2, 3];
  await page.goto(`index.html?mode=chooser#result=${old}`);
  const result = page.getByTestId('chooser-result');
  await expect(result).toHaveAttribute('data-path', expectedPath(answers));
  await expect(page.getByTestId('earlier-version')).toContainText('earlier version of this questionnaire');
  // The link shown, and the address, stay the one that was opened.
  expect(await page.getByTestId('result-link').inputValue()).toContain(`#result=${old}`);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#result=${old}`);
  // Changing an answer makes the answers today's: the notice goes, the link is today's.
  await page.getByTestId('chooser-back').click();
  const last = model.questions.length - 1;
  await option(page, last, (answers[last] + 1) % model.questions[last].options.length).check();
  await page.getByTestId('chooser-next').click();
  await expect(result).toBeVisible();
  await expect(page.getByTestId('earlier-version')).toHaveCount(0);
  expect(await page.getByTestId('result-link').inputValue()).toContain(`#result=${LINK}`);
});
