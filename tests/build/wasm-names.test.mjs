// scripts/wasm-names.mjs on a module built here by hand: the renamed wasm, instantiated
// with the renamed glue, still links and behaves as before; the long names are gone from
// both, and the module is a number; the names that must stay (memory, __wbindgen_start, the app's own `a`) stay; a
// name missing from the glue, or bytes that are not wasm, throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortNames } from '../../scripts/wasm-names.mjs';

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const name = (s) => [...leb(s.length), ...Buffer.from(s)];
const section = (id, body) => [id, ...leb(body.length), ...body];

const LOG = '__wbg_log_0123456789abcdef';
const TWICE = '__wbindgen_twice_fedcba9876543210';

/** imports wbg.LOG (i32) -> (); exports memory, __wbindgen_start (calls LOG(7)), TWICE and `a` (x * 2). */
const module = () =>
  Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [3, 0x60, 1, 0x7f, 0, 0x60, 0, 0, 0x60, 1, 0x7f, 1, 0x7f]),
    ...section(2, [1, ...name('wbg'), ...name(LOG), 0, 0]),
    ...section(3, [2, 1, 2]),
    ...section(5, [1, 0, 1]),
    ...section(7, [4, ...name('memory'), 2, 0, ...name('__wbindgen_start'), 0, 1, ...name(TWICE), 0, 2, ...name('a'), 0, 2]),
    ...section(10, [2, 6, 0, 0x41, 7, 0x10, 0, 0x0b, 7, 0, 0x20, 0, 0x41, 2, 0x6c, 0x0b]),
  ]);

const glue = `
  const imports = { "wbg": { ${LOG}: (x) => seen.push(x) } };
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  const wasm = instance.exports;
  wasm.__wbindgen_start();
  return [seen, wasm.${TWICE}(21), wasm.a(5), Object.keys(wasm).sort()];
`;
const run = (bytes, code) => new Function('bytes', 'seen', `return (async () => {${code}})()`)(bytes, []);

test('the renamed pair links and behaves as the original', async () => {
  const before = await run(module(), glue);
  const out = shortNames(module(), glue);
  assert.equal(out.renamed, 3, 'two names and one module');
  const after = await run(out.wasm, out.glue);
  assert.deepEqual(after.slice(0, 3), before.slice(0, 3));
  assert.deepEqual(before[0], [7]);
  assert.equal(before[1], 42);
  assert.ok(out.wasm.length < module().length - 40, 'the wasm is shorter');
  assert.ok(out.glue.length < glue.length - 40, 'the glue is shorter');
});

test('long names go; memory, __wbindgen_start and the app\'s own names stay, unshadowed', async () => {
  const out = shortNames(module(), glue);
  const [, , , exports] = await run(out.wasm, out.glue);
  assert.ok(exports.includes('memory') && exports.includes('__wbindgen_start') && exports.includes('a'));
  assert.ok(!exports.includes(TWICE));
  assert.equal(exports.length, 4, 'no short name took the place of `a`');
  const { imports } = WebAssembly.Module.imports(new WebAssembly.Module(out.wasm)).reduce(
    (acc, i) => (acc.imports.push(i.name), acc), { imports: [] });
  assert.deepEqual(imports.map((n) => n.length <= 2), [true]);
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(out.wasm)).map((i) => i.module), ['0']);
  assert.ok(!out.glue.includes(LOG) && !out.glue.includes(TWICE));
});

test('a section size written in more bytes than it needs is read and rewritten whole', async () => {
  const plain = module();
  // The import section (id 2) with its size padded to five bytes, as some tools write it.
  const at = 8 + 2 + plain[9]; // after the header and the type section
  assert.equal(plain[at], 2);
  const size = plain[at + 1];
  const padded = Uint8Array.from([...plain.subarray(0, at + 1), size | 0x80, 0x80, 0x80, 0x80, 0, ...plain.subarray(at + 2)]);
  assert.deepEqual((await run(padded, glue)).slice(0, 3), [[7], 42, 10]);
  const out = shortNames(padded, glue);
  assert.deepEqual((await run(out.wasm, out.glue)).slice(0, 3), [[7], 42, 10]);
});

test('a name the glue lacks, or bytes that are not wasm, throw', () => {
  assert.throws(() => shortNames(module(), glue.replace(LOG, '__wbg_other')), /not in the glue/);
  assert.throws(() => shortNames(module(), glue.replace('"wbg"', 'wbg')), /module wbg is not in the glue/);
  assert.throws(() => shortNames(Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), glue), /not a wasm module/);
  const cut = module().subarray(0, 40);
  assert.throws(() => shortNames(cut, glue), /ends inside a section/);
});
