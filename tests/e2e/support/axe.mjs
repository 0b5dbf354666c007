// Accessibility helpers for the Playwright e2e specs.
//
//   import { expectNoAxeViolations, withTheme } from './support/axe.mjs';
//   await withTheme(page, 'dark');
//   await expectNoAxeViolations(page, 'home, dark theme');

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
];

let axeSource;
function loadAxeSource() {
  if (axeSource === undefined) {
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

async function injectAxe(page) {
  if (await page.evaluate(() => typeof window.axe === 'object' && window.axe !== null)) return;
  const content = loadAxeSource();
  try {
    await page.addScriptTag({ content });
  } catch {
    // ignored: checked below
  }
  // A Content-Security-Policy without 'unsafe-inline' blocks the inline <script> tag
  // silently; evaluating through the DevTools protocol is not subject to the page's CSP.
  if (!(await page.evaluate(() => typeof window.axe === 'object' && window.axe !== null))) {
    await page.evaluate(content);
  }
  if (!(await page.evaluate(() => typeof window.axe === 'object' && window.axe !== null))) {
    throw new Error('axe-core could not be injected into the page');
  }
}

function formatViolations(label, violations) {
  const lines = [
    `${violations.length} accessibility violation(s) on "${label}":`,
  ];
  for (const v of violations) {
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => (Array.isArray(n.target) ? n.target.join(' ') : String(n.target)));
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    lines.push(
      `  - ${v.id} [${v.impact ?? 'n/a'}]: ${v.help}`,
      `      targets: ${targets.join(', ')}${more}`,
      `      ${v.helpUrl}`,
    );
  }
  return lines.join('\n');
}

/**
 * Runs axe-core on the whole document and throws a readable error listing every violation
 * (rule id, impact, help text, first 3 target selectors).
 * @param {import('@playwright/test').Page} page
 * @param {string} label names the page state in the error message
 * @returns {Promise<object>} the axe results, when there is no violation
 */
export async function expectNoAxeViolations(page, label = page.url()) {
  await injectAxe(page);
  const results = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values } }),
    AXE_TAGS,
  );
  if (results.violations.length > 0) {
    throw new Error(formatViolations(label, results.violations));
  }
  return results;
}

/**
 * Emulates the light or dark colour scheme (prefers-color-scheme).
 * @param {import('@playwright/test').Page} page
 * @param {'light' | 'dark' | 'no-preference' | null} theme
 */
export async function withTheme(page, theme) {
  await page.emulateMedia({ colorScheme: theme });
}
