// Embedding as hosts do it: a sandboxed iframe (blog plugins give `allow-scripts` only, so no
// forms and no storage), and host settings a learner cannot override.
import { test, expect } from '@playwright/test';
import { SortGame } from './support/twofold.mjs';

// A host page with the widget in a sandboxed iframe. The host document is written over a page
// of the test server, so Chromium's local-network checks see a loopback page framing a
// loopback page; the sandbox (no allow-same-origin) still gives the widget an opaque origin.
async function sandboxed(page, query) {
  await page.goto('index.html?mode=home');
  const origin = new URL(page.url()).origin;
  await page.setContent(
    `<!doctype html><title>Host</title>
      <iframe title="Twofold" sandbox="allow-scripts" style="inline-size: 600px; block-size: 900px"
        src="${origin}/index.html${query}"></iframe>`,
  );
  return page.frameLocator('iframe');
}

test('both activities work in an iframe sandboxed with allow-scripts only', async ({ page }) => {
  const blocked = [];
  page.on('console', (m) => /Blocked form submission/.test(m.text()) && blocked.push(m.text()));

  const frame = await sandboxed(page, '?deck=myth-or-fact');
  // Storage throws in an opaque origin: the widget says so and carries on.
  await expect(frame.getByTestId('storage-notice')).toBeVisible();
  await frame.getByTestId('start-game').click();
  await expect(frame.getByTestId('card')).toBeVisible();
  await frame.getByTestId('card').press('1');
  await expect(frame.getByTestId('feedback')).toBeVisible();

  const chooser = await sandboxed(page, '?mode=chooser');
  await expect(chooser.getByTestId('question-progress')).toHaveText('Question 1 of 8');
  await chooser.locator('input[type=radio]').first().check();
  await chooser.getByTestId('chooser-next').click();
  await expect(chooser.getByTestId('question-progress')).toHaveText('Question 2 of 8');
  // Enter on a chosen option goes on too.
  await chooser.locator('input[type=radio]').first().check();
  await chooser.locator('input[type=radio]').first().press('Enter');
  await expect(chooser.getByTestId('question-progress')).toHaveText('Question 3 of 8');
  expect(blocked).toEqual([]);
});

test('a feedback timing set by the host is not offered, and a game in the other mode is not resumed', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  // A game in progress with immediate feedback.
  await game.open('&feedback=immediate');
  await expect(page.getByTestId('feedback-end')).toHaveCount(0);
  await game.start();
  await game.pile(game.deck.piles[0].id).click();
  await expect(page.getByTestId('feedback')).toBeVisible();

  // The host now asks for an assessment: the start screen, with no way to pick immediate.
  await game.open('&feedback=at-end');
  await expect(page.getByTestId('feedback-immediate')).toHaveCount(0);
  await game.start();
  await game.pile(game.deck.piles[0].id).click();
  await expect(page.getByTestId('feedback')).toHaveCount(0);
  await expect(page.getByTestId('placed')).toBeVisible();

  // Without the parameter the learner chooses, and the saved game resumes.
  await page.goto('index.html?deck=myth-or-fact');
  await expect(page.getByTestId('resume-notice')).toBeVisible();
});

test('after a placement, the focused Next button is described by the explanation', async ({ page }) => {
  const game = new SortGame(page, 'myth-or-fact');
  await game.open();
  await game.start();
  const card = await game.currentCard();
  await game.pile(card.pile).click();
  const next = page.getByTestId('next-card');
  await expect(next).toBeFocused();
  await expect(next).toHaveAccessibleDescription(card.explanation);
});
