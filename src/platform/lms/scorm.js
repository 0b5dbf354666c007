// SCORM's transport, for the SCORM packages only: the wasm of the `lms-scorm` build imports
// it (a wasm-bindgen snippet, `scorm.rs`), so neither the plain page nor the cmi5 packages
// load it. What is written, and when, is the core's (core/src/report/: the data-model values
// and their order); this carries it out on the runtime the LMS puts on an ancestor window:
// - `open(want)`: finds the API by the standard walk of `window.parent`, then the
//   `window.opener` chain (at most 500 steps each way; each step guarded, a cross-origin
//   window throws): `want` 1 only SCORM 1.2's `API`, 2 only 2004's `API_1484_11`, 0 2004
//   first, then 1.2; then calls Initialize. 1 or 2, the version of a session opened; 0 no
//   API; -1 an API that refused Initialize.
// - `get(element)`: GetValue's answer as text, '' when the API is gone, throws, or reports an
//   error for it (most runtimes answer '' with an error code for an unset element).
// - `send(call, element, value)`: queues a call (1 Initialize, 2 Terminate, 4 SetValue,
//   5 Commit: the index in the version's names below). The queue goes out one call at a
//   time, in order, at once: a call that answers "true" takes the next; one that answers
//   "false" with a data-model error (the value or element is wrong: 1.2 201-203, 401-405;
//   2004 201, 351, 401-408) or after termination (2004 104, 133, 143) can never succeed, so
//   it is dropped (the console says why) and the next one goes; anything else (another
//   error code, a call that throws, an API gone) keeps it and everything after it, and tries
//   again after 1 s, doubling to at most 5 s (the API is in the page: trying is free), or
//   as soon as another call is queued. Nothing is queued after Terminate. Each call goes to
//   the window the API was found on, so an API that vanishes is noticed and one that comes
//   back is used again.
// - `watch(told)`: `told(n)` from then on for what happens: 0 the page shown again, 1 hidden
//   (`visibilitychange`, or `pagehide` of a page kept for back/forward), 2 left for good
//   (`pagehide`, not kept), 3 a call failed (the learner's notice), 4 the LMS answers again.
//   The wasm holds no listener of its own (lifecycle.rs reads the numbers).

const NAMES = [
  ['API', 'LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'],
  ['API_1484_11', 'Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'],
];
const REFUSED = [
  (code) => (code > 200 && code < 204) || (code > 400 && code < 406),
  (code) => [104, 133, 143, 201, 351].includes(code) || (code > 400 && code < 409),
];

let names, v2004, holder, told, busy, closed, retry;
let failures = 0;
const queue = [];

/** A property of a possibly cross-origin window or object, undefined where it throws. */
function prop(target, name) {
  try {
    return target[name] ?? undefined;
  } catch {}
}

/** The first window up the parent chain from `w` with an object named `name`. */
function up(w, name) {
  for (let i = 0; w && typeof w === 'object' && i < 500; i++) {
    const api = prop(w, name);
    if (api && typeof api === 'object') return w;
    const parent = prop(w, 'parent');
    if (parent === w) return;
    w = parent;
  }
}

/** Call `i` of the version's names: its answer as text, undefined when the API is gone or it threw. */
function call(i, a, b) {
  const api = prop(holder, names[0]);
  const method = api && prop(api, names[i]);
  if (typeof method !== 'function') return;
  try {
    return String(method.call(api, a, b));
  } catch {}
}

export function open(want) {
  for (const version of want ? [want - 1] : [1, 0]) {
    holder = up(window, NAMES[version][0]);
    if (!holder) {
      const opener = prop(window, 'opener');
      holder = opener && up(opener, NAMES[version][0]);
    }
    if (holder) {
      names = NAMES[version];
      v2004 = version;
      return call(1, '') === 'true' ? version + 1 : -1;
    }
  }
  return 0;
}

export function get(element) {
  const value = call(3, element);
  const error = value === undefined ? '' : call(6);
  return error === undefined || error === '' || error === '0' ? (value ?? '') : '';
}

export function watch(callback) {
  told = callback;
  globalThis.addEventListener?.('pagehide', (e) => told(e.persisted ? 1 : 2));
  globalThis.document?.addEventListener('visibilitychange', () => told(document.hidden ? 1 : 0));
}

export function send(i, element, value) {
  if (closed) {
    console.warn(`Twofold: ${element || names[i]} after the end of the session was not sent.`);
    return;
  }
  closed = i === 2;
  queue.push([i, element, value]);
  clearTimeout(retry);
  drain();
}

function drain() {
  if (busy) return; // a call under way (told() may lead to another send)
  busy = true;
  while (queue.length) {
    const [i, element, value] = queue[0];
    const answer = i === 4 ? call(4, element, value) : call(i, '');
    let code; // the error code of a call answered "false"
    if (answer !== undefined && answer !== 'true') {
      const text = (call(6) ?? '').trim();
      code = /^\d+$/.test(text) ? +text : 101;
    }
    if (answer === undefined || (code !== undefined && !REFUSED[v2004](code))) {
      busy = false;
      told?.(3);
      retry = setTimeout(drain, Math.min(1000 * 2 ** failures++, 5000));
      return;
    }
    queue.shift();
    if (code !== undefined) console.warn(`Twofold: the LMS refused ${element || names[i]} (error ${code}); it was dropped and the rest is sent.`);
    if (failures) told?.(4);
    failures = 0;
  }
  busy = false;
}
