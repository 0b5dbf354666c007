// The probes' lint (node --test; no browser): each file in bench/probes/ that the page runs
// parses (acorn, from package-lock.json through terser), imports nothing, exports one plain
// function, and names no browser global except as a property of `win` or a local it
// declared (`const document = win.document`): the probe's text is all the page receives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';

const PROBES = ['load.mjs', 'interaction.mjs'];
const BROWSER_GLOBALS = new Set([
  'window', 'self', 'globalThis', 'document', 'performance', 'location', 'navigator', 'localStorage', 'sessionStorage',
  'requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'queueMicrotask', 'addEventListener', 'removeEventListener', 'MutationObserver', 'PerformanceObserver',
  'MessageChannel', 'WebAssembly', 'getComputedStyle', 'Event', 'CustomEvent', 'fetch',
]);

/** Every node of the tree with its parent and the key it hangs from. */
function* walk(node, parent = null, key = null) {
  if (!node || typeof node.type !== 'string') return;
  yield { node, parent, key };
  for (const [k, v] of Object.entries(node)) {
    if (Array.isArray(v)) for (const c of v) yield* walk(c, node, k);
    else if (v && typeof v === 'object' && typeof v.type === 'string') yield* walk(v, node, k);
  }
}

/** Identifiers a pattern binds (const {a, b: [c]} = …). */
function bound(p, out = []) {
  if (!p) return out;
  if (p.type === 'Identifier') out.push(p.name);
  else if (p.type === 'ObjectPattern') for (const q of p.properties) bound(q.type === 'RestElement' ? q.argument : q.value, out);
  else if (p.type === 'ArrayPattern') for (const q of p.elements) bound(q, out);
  else if (p.type === 'AssignmentPattern') bound(p.left, out);
  else if (p.type === 'RestElement') bound(p.argument, out);
  return out;
}

/** @param {string} src */
export function lintProbe(src) {
  const ast = parse(src, { ecmaVersion: 'latest', sourceType: 'module' });
  const problems = [];
  const imports = ast.body.filter((n) => n.type === 'ImportDeclaration');
  if (imports.length) problems.push('imports something: the page gets only the function\'s text');
  const exported = ast.body.filter((n) => n.type === 'ExportNamedDeclaration');
  if (exported.length !== 1 || !exported[0].declaration || exported[0].declaration.type !== 'FunctionDeclaration') {
    problems.push('must export exactly one plain function declaration');
  }
  const declared = new Set();
  for (const { node } of walk(ast)) {
    if (node.type === 'VariableDeclarator') bound(node.id).forEach((n) => declared.add(n));
    if (/Function/.test(node.type)) { if (node.id) declared.add(node.id.name); node.params.forEach((p) => bound(p).forEach((n) => declared.add(n))); }
    if (node.type === 'CatchClause' && node.param) bound(node.param).forEach((n) => declared.add(n));
  }
  for (const { node, parent, key } of walk(ast)) {
    if (node.type !== 'Identifier' || !BROWSER_GLOBALS.has(node.name) || declared.has(node.name)) continue;
    if (parent && parent.type === 'MemberExpression' && key === 'property' && !parent.computed) continue;
    if (parent && parent.type === 'Property' && key === 'key' && !parent.computed) continue;
    if (parent && parent.type === 'MethodDefinition' && key === 'key') continue;
    const line = src.slice(0, node.start).split('\n').length;
    problems.push(`line ${line}: the global \`${node.name}\` (use win.${node.name})`);
  }
  return problems;
}

for (const file of PROBES) {
  test(`bench/probes/${file} passes the probe lint`, () => {
    assert.deepEqual(lintProbe(readFileSync(new URL(file, import.meta.url), 'utf8')), []);
  });
}

test('the lint finds a stray global, an import and a second export', () => {
  const bad = "import x from 'y';\nexport function p(win) {\n  const t = performance.now();\n  win.document.title = document.title;\n}\nexport const q = 1;\n";
  const problems = lintProbe(bad);
  assert.ok(problems.some((p) => /imports/.test(p)));
  assert.ok(problems.some((p) => /exactly one/.test(p)));
  assert.ok(problems.includes('line 3: the global `performance` (use win.performance)'));
  assert.ok(problems.includes('line 4: the global `document` (use win.document)'));
  assert.equal(problems.filter((p) => /document/.test(p)).length, 1, 'win.document is fine');
});
