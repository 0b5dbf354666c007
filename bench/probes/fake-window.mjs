// A fake page for the probes' unit tests (no browser): a clock, an event loop with timer
// tasks, posted messages and 60 Hz animation frames, and a document whose elements are
// registered by selector. Mutations notify MutationObservers at the end of the task that
// made them (as a microtask checkpoint would). Only what the probes use is modelled.

const FRAME = 1000 / 60;
const RENDERING_MS = 1; // a frame's style, layout and paint: a message posted from rAF runs after it

export class FakeElement {
  /** @param {FakeWindow} win @param {{ rendered?: boolean, disabled?: boolean, text?: string, submits?: boolean }} [o] */
  constructor(win, o = {}) {
    this.win = win;
    this.rendered = o.rendered ?? true;
    this.disabled = o.disabled ?? false;
    this.innerText = o.text ?? '';
    this.submits = o.submits ?? false; // a submit button in a form
    /** @type {null | (() => void)} */
    this.onclick = null;
    this.attributes = /** @type {Record<string, string>} */ ({});
    this.clicks = 0;
    this.textContent = this.innerText;
    this.dataset = /** @type {Record<string, string>} */ ({});
  }
  /** @param {unknown} other */
  contains(other) { return other === this; }
  focus() { this.win.document.activeElement = this; }
  getBoundingClientRect() { return { x: 0, y: 0, width: 10, height: 10 }; }
  get isConnected() { return [...this.win.document.elements.values()].includes(this); }
  getClientRects() { return this.rendered ? [{}] : []; }
  checkVisibility() { return this.rendered; }
  /** @param {string} k @param {string} v */
  setAttribute(k, v) { this.attributes[k] = v; }
  // As HTMLElement.click(): nothing on a disabled control; the page's handler, else a
  // submit button's native form submission (a submit event that, not prevented, navigates).
  click() {
    if (this.disabled) return;
    this.clicks++;
    if (this.onclick) this.onclick();
    else if (this.submits) {
      const e = { type: 'submit', defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      this.win.dispatch('submit', e);
      if (!e.defaultPrevented) this.win.navigations++;
    }
  }
}

class FakeDocument {
  /** @param {FakeWindow} win */
  constructor(win) {
    this.win = win;
    /** @type {Map<string, FakeElement>} */
    this.elements = new Map();
    /** @type {FakeElement | null} */
    this.activeElement = null;
  }
  /** @param {string} s */
  querySelector(s) { return this.elements.get(s) ?? null; }
  /** @param {string} s */
  querySelectorAll(s) { return this.elements.has(s) ? [this.elements.get(s)] : []; }
  /** @param {string} s @param {FakeElement} el */
  put(s, el) { this.elements.set(s, el); this.win.mutated = true; }
  /** @param {string} s */
  remove(s) { this.elements.delete(s); this.win.mutated = true; }
}

export class FakeWindow {
  constructor() {
    this.top = this;
    this.t = 0;
    this.document = new FakeDocument(this);
    this.performance = { now: () => this.t };
    /** @type {Array<{at: number, seq: number, fn: () => void}>} */
    this.tasks = [];
    /** @type {Array<(t: number) => void>} */
    this.rafs = [];
    this.seq = 0;
    this.mutated = false;
    this.navigations = 0;
    /** @type {Array<{cb: () => void, connected: boolean}>} */
    this.observers = [];
    /** @type {Record<string, Array<(e: any) => void>>} */
    this.listeners = {};
    const win = this;
    this.MutationObserver = class {
      /** @param {() => void} cb */
      constructor(cb) { this.o = { cb, connected: false }; win.observers.push(this.o); }
      observe() { this.o.connected = true; }
      disconnect() { this.o.connected = false; }
    };
    this.MessageChannel = class {
      constructor() {
        /** @type {{ onmessage: null | (() => void) }} */
        this.port1 = { onmessage: null };
        const p1 = this.port1;
        this.port2 = { postMessage: () => win.task(win.t + (win.inFrame ? RENDERING_MS : 0), () => p1.onmessage && p1.onmessage()) };
      }
    };
    this.inFrame = false;
  }
  /** @param {() => void} fn @param {number} ms */
  setTimeout(fn, ms) { this.task(this.t + Math.max(0, ms || 0), fn); return this.seq; }
  /** @param {(t: number) => void} fn */
  requestAnimationFrame(fn) { this.rafs.push(fn); return this.rafs.length; }
  /** @param {string} type @param {(e: any) => void} fn */
  addEventListener(type, fn) { (this.listeners[type] ||= []).push(fn); }
  /** @param {string} type @param {any} e */
  dispatch(type, e) { for (const fn of this.listeners[type] || []) fn(e); }
  /** @param {number} at @param {() => void} fn */
  task(at, fn) { this.tasks.push({ at, seq: this.seq++, fn }); }
  flushMutations() {
    while (this.mutated) {
      this.mutated = false;
      for (const o of this.observers) if (o.connected) o.cb();
    }
  }
  /** Runs tasks and frames in time order up to `until` ms. @param {number} until */
  run(until) {
    for (let guard = 0; guard < 1e6; guard++) {
      this.tasks.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const nextFrame = (Math.floor(this.t / FRAME + 1e-9) + 1) * FRAME;
      const task = this.tasks[0];
      const frameDue = this.rafs.length > 0 && nextFrame <= until && (!task || nextFrame <= task.at);
      if (frameDue) {
        this.t = nextFrame;
        const cbs = this.rafs;
        this.rafs = [];
        this.inFrame = true;
        for (const cb of cbs) { cb(this.t); this.flushMutations(); }
        this.inFrame = false;
        continue;
      }
      if (!task || task.at > until) {
        this.t = until;
        return;
      }
      this.tasks.shift();
      this.t = Math.max(this.t, task.at);
      task.fn();
      this.flushMutations();
    }
    throw new Error('fake window: runaway event loop');
  }
}
