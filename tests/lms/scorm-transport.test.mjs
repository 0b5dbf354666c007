// The SCORM packages' transport (src/platform/lms/scorm.js) on its own, with hand-made
// windows and runtimes (no browser): the standard walk of parents and openers past a
// cross-origin window, Initialize, GetValue's errors, and the queue: in order, a failing
// call (SetValue "false" for a passing reason, a call that throws, the API gone) kept with
// everything after it and retried until the LMS answers, a value the LMS refuses for good
// (by each version's error code) dropped with the reason in the console, nothing after
// Terminate, and the learner's notice told each time. The whole flow against a real
// runtime (scorm-again in Chromium) is tests/e2e/lms-scorm*.spec.mjs.

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';

let loads = 0;
/** A fresh copy of the script (its state is per page). */
const load = () => import(`../../src/platform/lms/scorm.js?copy=${++loads}`);

const V12 = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'];
const V2004 = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError'];

/** A runtime that records every call; `answer(name, args)` may answer instead (or throw). */
function runtime(version, answer = () => undefined) {
  const [init, finish, getValue, setValue, commit, lastError] = version === '1.2' ? V12 : V2004;
  const api = { calls: [], error: '0', values: {} };
  const record = (name, fallback) =>
    function (...args) {
      api.calls.push([name, ...args.filter((a) => a !== undefined)]);
      const given = answer(name, args);
      if (given !== undefined) return given;
      return fallback(...args);
    };
  api[init] = record(init, () => 'true');
  api[finish] = record(finish, () => 'true');
  api[getValue] = record(getValue, (e) => api.values[e] ?? '');
  api[setValue] = record(setValue, () => 'true');
  api[commit] = record(commit, () => 'true');
  api[lastError] = function () {
    return api.error;
  };
  return api;
}

/** A window whose parent is `parent` (its own parent when none), holding `props`. */
function frame(parent, props = {}) {
  const w = { ...props };
  w.parent = parent ?? w;
  return w;
}

/** A window of another origin: every property but `parent` and `opener` throws. */
function crossOrigin(parent) {
  const w = {};
  return new Proxy(w, {
    get(_, name) {
      if (name === 'parent') return parent ?? w;
      if (name === 'opener') return null;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

describe('finding the API and opening the session', () => {
  afterEach(() => delete globalThis.window);

  test('up the parents, past a cross-origin window, 2004 before 1.2; 1.2 when asked for', async () => {
    const api2004 = runtime('2004');
    const api12 = runtime('1.2');
    const top = frame(null, { API_1484_11: api2004, API: api12 });
    globalThis.window = frame(crossOrigin(frame(top)));
    let scorm = await load();
    assert.equal(scorm.open(0), 2, 'SCORM 2004 found first');
    assert.deepEqual(api2004.calls, [['Initialize', '']]);
    scorm = await load();
    assert.equal(scorm.open(1), 1, '?lms=scorm12');
    assert.deepEqual(api12.calls, [['LMSInitialize', '']]);
  });

  test("then the opener's chain; no API anywhere; an API that refuses Initialize", async () => {
    const api = runtime('1.2');
    const launcher = frame(frame(null, { API: api }));
    globalThis.window = frame(null, { opener: launcher });
    assert.equal((await load()).open(0), 1);
    globalThis.window = frame(frame(null), { opener: null });
    assert.equal((await load()).open(0), 0, 'no API: standalone');
    globalThis.window = frame(null, { API_1484_11: runtime('2004', (name) => (name === 'Initialize' ? 'false' : undefined)) });
    assert.equal((await load()).open(0), -1);
  });

  test("GetValue: the value; '' when the LMS reports an error for it or the call throws", async () => {
    const api = runtime('2004', (name, [element]) => {
      if (element === 'cmi.throws') throw new Error('runtime bug');
      return undefined;
    });
    api.values['cmi.suspend_data'] = 'game:…';
    globalThis.window = frame(null, { API_1484_11: api });
    const scorm = await load();
    scorm.open(0);
    assert.equal(scorm.get('cmi.suspend_data'), 'game:…');
    api.error = '403';
    assert.equal(scorm.get('cmi.score.raw'), '', 'not initialized: an error code');
    api.error = '0';
    assert.equal(scorm.get('cmi.throws'), '');
    const numbers = runtime('2004', (name) => (name === 'GetValue' ? 42 : undefined));
    globalThis.window = frame(null, { API_1484_11: numbers });
    const other = await load();
    other.open(0);
    assert.equal(other.get('cmi.interactions._count'), '42', 'a runtime answering numbers: their text');
  });
});

describe('the queue', () => {
  const SET = 4;
  const COMMIT = 5;
  const TERMINATE = 2;
  let warnings;
  let warn;
  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    warnings = [];
    warn = console.warn;
    console.warn = (text) => warnings.push(text);
  });
  afterEach(() => {
    mock.timers.reset();
    console.warn = warn;
    delete globalThis.window;
  });
  const writes = (api) => api.calls.filter(([name]) => name !== 'GetValue').map((c) => c.join(' ').trim());

  test('a failing call waits with everything after it, retried after 1, 2, 4, then every 5 s or when another is queued, and all of it arrives in order once the LMS answers', async () => {
    let down = true;
    const api = runtime('2004', (name) => (down && name === 'SetValue' ? 'false' : undefined));
    api.error = '101';
    globalThis.window = frame(frame(null, { API_1484_11: api }));
    const scorm = await load();
    const said = [];
    scorm.watch((n) => said.push(n));
    scorm.open(0);
    const tried = () => api.calls.filter(([n]) => n === 'SetValue').length;
    scorm.send(SET, 'cmi.interactions.0.id', 'myth-or-fact.c1');
    assert.equal(tried(), 1);
    for (const [wait, attempts] of [[999, 1], [1, 2], [2000, 3], [4000, 4], [5000, 5], [5000, 6]]) {
      mock.timers.tick(wait);
      assert.equal(tried(), attempts, `after ${wait} ms more`);
    }
    scorm.send(SET, 'cmi.interactions.0.result', 'correct');
    scorm.send(COMMIT, '', '');
    assert.equal(tried(), 8, 'tried again at once each time a call is queued, nothing after it');
    assert.ok(!api.calls.some(([n]) => n === 'Commit'), 'the Commit waits for the values before it');
    assert.deepEqual(said, Array(8).fill(3), 'the notice is raised with each failure (3)');
    down = false;
    mock.timers.tick(5000);
    assert.deepEqual(writes(api).slice(-3), [
      'SetValue cmi.interactions.0.id myth-or-fact.c1',
      'SetValue cmi.interactions.0.result correct',
      'Commit',
    ]);
    assert.deepEqual(said.slice(8), [4], 'the notice goes once the LMS answers (4), said once');
    const sent = writes(api).length;
    mock.timers.tick(60_000);
    assert.equal(writes(api).length, sent, 'nothing sent twice once delivered');
  });

  test('a Commit that throws and an API that vanishes mid-session are retried; the API back is used again', async () => {
    let throws = true;
    const api = runtime('1.2', (name) => {
      if (throws && name === 'LMSCommit') throw new Error('LMS down');
      return undefined;
    });
    const top = frame(null, { API: api });
    globalThis.window = frame(top);
    const scorm = await load();
    scorm.open(1);
    scorm.send(SET, 'cmi.core.score.raw', '80');
    scorm.send(COMMIT, '', '');
    throws = false;
    delete top.API; // gone before the retry
    scorm.send(SET, 'cmi.core.lesson_status', 'passed');
    mock.timers.tick(10_000);
    assert.deepEqual(writes(api), ['LMSInitialize', 'LMSSetValue cmi.core.score.raw 80', 'LMSCommit']);
    top.API = api;
    mock.timers.tick(5000);
    assert.deepEqual(writes(api).slice(3), ['LMSCommit', 'LMSSetValue cmi.core.lesson_status passed']);
  });

  test("a value the LMS refuses for good is dropped, with why in the console, and the rest goes on (each version's codes)", async () => {
    for (const [version, want, refused, passing] of [
      ['1.2', 1, ['201', '405'], ['101', '301', '']],
      ['2004', 2, ['351', '406', '408', '143'], ['101', '391', '0', 'n/a']],
    ]) {
      for (const code of [...refused, ...passing]) {
        let down = true;
        const api = runtime(version, (name) => (down && /SetValue/.test(name) ? 'false' : undefined));
        api.error = code;
        globalThis.window = frame(null, version === '1.2' ? { API: api } : { API_1484_11: api });
        const scorm = await load();
        scorm.open(want);
        warnings.length = 0;
        scorm.send(SET, 'cmi.interactions.0.latency', 'bad');
        scorm.send(COMMIT, '', '');
        const commits = api.calls.filter(([n]) => /Commit/.test(n)).length;
        if (refused.includes(code)) {
          assert.equal(commits, 1, `${version} error ${code}: dropped, the Commit went`);
          assert.match(warnings.join('\n'), new RegExp(`refused cmi\\.interactions\\.0\\.latency \\(error ${code}\\)`));
        } else {
          assert.equal(commits, 0, `${version} error "${code}": retried, the Commit waits`);
          down = false;
          mock.timers.tick(2000);
          assert.equal(api.calls.filter(([n]) => /SetValue/.test(n)).length, 3);
          assert.equal(api.calls.filter(([n]) => /Commit/.test(n)).length, 1);
          assert.deepEqual(warnings, []);
        }
      }
    }
  });

  test('nothing is sent after Terminate', async () => {
    const api = runtime('2004');
    globalThis.window = frame(null, { API_1484_11: api });
    const scorm = await load();
    scorm.open(0);
    scorm.send(COMMIT, '', '');
    scorm.send(TERMINATE, '', '');
    scorm.send(SET, 'cmi.exit', 'suspend');
    scorm.send(COMMIT, '', '');
    assert.deepEqual(writes(api), ['Initialize', 'Commit', 'Terminate']);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /cmi\.exit after the end of the session/);
  });
});

test("the page's lifecycle, told as numbers: hidden 1, shown 0, pagehide kept for back/forward 1, left for good 2", async () => {
  const listeners = {};
  const target = (name) => ({ addEventListener: (type, f) => (listeners[`${name}:${type}`] = f) });
  globalThis.addEventListener = target('window').addEventListener;
  globalThis.document = { ...target('document'), hidden: false };
  try {
    const scorm = await load();
    const said = [];
    scorm.watch((n) => said.push(n));
    document.hidden = true;
    listeners['document:visibilitychange']();
    document.hidden = false;
    listeners['document:visibilitychange']();
    listeners['window:pagehide']({ persisted: true });
    listeners['window:pagehide']({ persisted: false });
    assert.deepEqual(said, [1, 0, 1, 2]);
  } finally {
    delete globalThis.addEventListener;
    delete globalThis.document;
  }
});
