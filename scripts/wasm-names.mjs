// Shorter names between the wasm and its JS glue (a release build's step, run by
// minify-glue.mjs). wasm-bindgen names each import after its Rust path with a 16-digit hash
// (`__wbg_getItem_6f3b7a5c2e1d9f80`), and each export it adds `__wbindgen_…`: about 150
// names, each written twice (in the wasm's import or export section and in the glue), which
// brotli cannot fold away because the hashes are random. This renames each to one or two
// letters in both files, consistently; and each import module (`./twofold_bg.js`, a
// snippet's path) to a number, written quoted in the glue's import object.
//
// What it owns: `shortNames(wasm, glue)`, a pure function of the two files' contents,
// returning the renamed pair and the count. Renamed are the import field names and export
// names that start `__wbg`, `__wbindgen` or `wasm_bindgen_`, except `KEPT` (the export the
// glue calls first, whose name a page's crash test and any reader of a stack trace expect);
// the wasm's other names (`memory`, the app's own exports) stay. In the glue each old name
// is replaced where it stands as a whole word (an object key, `wasm.<name>`, a quoted key),
// each module name where it stands quoted. It throws, changing nothing, when the wasm does
// not parse or a name to rename is not in the glue (the renamed pair would not link).

const PREFIX = /^(?:__wbg|__wbindgen|wasm_bindgen_)/;
const KEPT = new Set(['__wbindgen_start']);
const RESERVED = new Set(['do', 'if', 'in']);

/** The n-th short name: a..z, A..Z, then two letters (aa, ab, …), never a JS keyword. */
function* shortNameSeq() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789_$`;
  for (const c of first) yield c;
  for (const a of first) for (const b of rest) if (!RESERVED.has(a + b)) yield a + b;
  throw new Error('wasm-names: more names than one- and two-letter names');
}

/** A reader over `bytes` from `pos`. */
class Reader {
  constructor(bytes, pos = 0, end = bytes.length) {
    Object.assign(this, { bytes, pos, end });
  }
  byte() {
    if (this.pos >= this.end) throw new Error('wasm-names: the wasm ends inside a section');
    return this.bytes[this.pos++];
  }
  u32() {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = this.byte();
      value += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return value;
    }
    throw new Error('wasm-names: a LEB128 number is too long');
  }
  take(n) {
    if (this.pos + n > this.end) throw new Error('wasm-names: the wasm ends inside a section');
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  name() {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.take(this.u32()));
  }
}

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const nameBytes = (s) => {
  const utf8 = new TextEncoder().encode(s);
  return [...leb(utf8.length), ...utf8];
};

/** Skips a table's or memory's limits. */
const limits = (r) => {
  const flags = r.byte();
  r.u32();
  if (flags & 1) r.u32();
};

/** Skips one import's description (func, table, memory, global, tag). */
const importDesc = (r) => {
  const kind = r.byte();
  if (kind === 0) r.u32();
  else if (kind === 1) (r.byte(), limits(r));
  else if (kind === 2) limits(r);
  else if (kind === 3) (r.byte(), r.byte());
  else if (kind === 4) (r.byte(), r.u32());
  else throw new Error(`wasm-names: unknown import kind ${kind}`);
};

/** The sections of `wasm`: [{ id, headerStart, start, end }], `start`..`end` the payload. */
const sections = (wasm) => {
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (wasm.length < 8 || magic.some((b, i) => wasm[i] !== b)) throw new Error('wasm-names: not a wasm module (version 1)');
  const r = new Reader(wasm, 8);
  const out = [];
  while (r.pos < wasm.length) {
    // Where the section's header starts: its size may be written in more bytes than it needs.
    const headerStart = r.pos;
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    r.take(size);
    out.push({ id, start, end: r.pos, headerStart });
  }
  return out;
};

/**
 * Renames in `wasm` (a Uint8Array) and `glue` (its JS text). Returns { wasm, glue, renamed }.
 */
export function shortNames(wasm, glue) {
  wasm = wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm);
  const seq = shortNameSeq();
  const rename = new Map();
  const stays = (name) => !PREFIX.test(name) || KEPT.has(name);
  const taken = new Set(); // names that stay: no short name may equal one
  const shorten = (name) => {
    if (stays(name)) return name;
    if (!rename.has(name)) {
      let next;
      do next = seq.next().value;
      while (taken.has(next));
      rename.set(name, next);
    }
    return rename.get(name);
  };

  const named = sections(wasm).filter((s) => s.id === 2 || s.id === 7);
  for (const s of named) {
    const r = new Reader(wasm, s.start, s.end);
    for (let i = 0, count = r.u32(); i < count; i++) {
      if (s.id === 2) r.name();
      const name = r.name();
      if (stays(name)) taken.add(name);
      if (s.id === 2) importDesc(r);
      else (r.byte(), r.u32());
    }
  }

  const modules = new Map();
  const shortenModule = (name) => {
    if (!modules.has(name)) modules.set(name, String(modules.size));
    return modules.get(name);
  };

  const parts = [];
  let copied = 0;
  for (const s of named) {
    const r = new Reader(wasm, s.start, s.end);
    const count = r.u32();
    const payload = [...leb(count)];
    for (let i = 0; i < count; i++) {
      if (s.id === 2) {
        payload.push(...nameBytes(shortenModule(r.name())));
        payload.push(...nameBytes(shorten(r.name())));
        const descStart = r.pos;
        importDesc(r);
        payload.push(...wasm.subarray(descStart, r.pos));
      } else {
        payload.push(...nameBytes(shorten(r.name())));
        const descStart = r.pos;
        r.byte();
        r.u32();
        payload.push(...wasm.subarray(descStart, r.pos));
      }
    }
    if (r.pos !== s.end) throw new Error(`wasm-names: section ${s.id} has bytes after its entries`);
    parts.push(wasm.subarray(copied, s.headerStart), Uint8Array.from([s.id, ...leb(payload.length), ...payload]));
    copied = s.end;
  }
  parts.push(wasm.subarray(copied));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);

  let newGlue = glue;
  for (const [from, to] of rename) {
    const word = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    if (!word.test(newGlue)) throw new Error(`wasm-names: ${from} is not in the glue`);
    newGlue = newGlue.replace(word, to);
  }
  for (const [from, to] of modules) {
    const quoted = [`"${from}"`, `'${from}'`];
    if (!quoted.some((q) => newGlue.includes(q))) throw new Error(`wasm-names: module ${from} is not in the glue`);
    for (const q of quoted) newGlue = newGlue.replaceAll(q, `"${to}"`);
  }
  return { wasm: out, glue: newGlue, renamed: rename.size + modules.size };
}
