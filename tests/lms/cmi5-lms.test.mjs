// Self-test of the LMS harness: the real LRS (xapi-rs) behind the cmi5 test LMS, played by
// the hand-written AU of cmi5-fixtures.mjs. One conformant session must give zero
// violations and be stored by the LRS; each broken sequence must be reported with the right
// cmi5 requirement id. Then the widget's own cmi5 transport (src/platform/lms/cmi5.js, the
// cmi5 packages' script) against the same LMS: the launch, a reload, PUTs, refusals and no
// answer. Run: node --test tests/lms/
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AuClient, answeredChoice, initialized, isoDuration, parseLaunchUrl } from './cmi5-fixtures.mjs';
import { startCmi5Lms } from './cmi5-lms.mjs';
import { CATEGORY, EXT, LAUNCH_DATA, RULES, VERB } from './cmi5-rules.mjs';
import { startLrs } from './lrs.mjs';

const require = createRequire(import.meta.url);
const PUBLISHER_ID = 'https://twofold.example/cmi5/au/sort';

/** A tiny AU package: the file types the widget ships, and a cmi5.xml. */
function makeAuRoot() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twofold-au-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>AU</title><script type="module" src="app.js"></script>');
  fs.writeFileSync(path.join(dir, 'app.js'), 'export {};');
  fs.writeFileSync(path.join(dir, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, 'deck.json'), '{}');
  fs.writeFileSync(path.join(dir, 'style.css'), 'body{}');
  fs.writeFileSync(
    path.join(dir, 'cmi5.xml'),
    `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="https://twofold.example/cmi5/course"><title><langstring lang="en-US">Twofold</langstring></title>
    <description><langstring lang="en-US">Sort cards</langstring></description></course>
  <au id="${PUBLISHER_ID}" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="AnyWindow">
    <title><langstring lang="en-US">Sort</langstring></title>
    <description><langstring lang="en-US">Sort the cards</langstring></description>
    <url>index.html</url>
  </au>
</courseStructure>`,
  );
  return dir;
}

let lrs;
let lms;
let auRoot;
const timings = {};

before(async () => {
  const t0 = performance.now();
  lrs = await startLrs();
  timings.lrsMs = performance.now() - t0;
  auRoot = makeAuRoot();
  const t1 = performance.now();
  lms = await startCmi5Lms({ lrs, auRoot });
  timings.lmsMs = performance.now() - t1;
});

after(async () => {
  await lms?.stop();
  await lrs?.stop();
  if (auRoot) fs.rmSync(auRoot, { recursive: true, force: true });
  if (timings.lrsMs !== undefined) {
    console.log(`# start-up: LRS ${Math.round(timings.lrsMs)} ms ${JSON.stringify(lrs.timings)}, LMS ${Math.round(timings.lmsMs)} ms`);
  }
});

/** Launch, fetch the token and read LaunchData + learner preferences, as an AU does. */
async function startAu(opts = {}) {
  const url = await lms.launch(opts);
  return new AuClient(url).start();
}

/** The distinct requirement ids reported for a registration, sorted. */
function idsFor(registration) {
  return [...new Set(lms.violations({ registration }).map((v) => v.id))].sort();
}

async function sendOk(au, statements) {
  const r = await au.send(statements);
  // 200 with the ids; xapi-rs answers 204 when it already had them all (a retry).
  assert.ok([200, 204].includes(r.status), `POST statements → ${r.status} ${r.text}`);
  return r;
}

describe('requirement ids', () => {
  test('every id the test LMS reports, and every id LMS.md cites, is in @cmi5/requirements', () => {
    const all = require('@cmi5/requirements/requirements.json');
    const cited = [
      '9.1.0.0-1', '9.7.0.0-2', '9.6.1.0-1', '9.6.3.1-4', '9.3.0.0-4', '9.3.0.0-5', '9.3.0.0-2',
      '9.3.0.0-3', '9.3.0.0-6', '9.3.0.0-7', '9.3.0.0-8', '8.1.5.0-6', '9.6.2.2-1', '9.6.3.2-2',
      '10.2.2.0-2', '10.2.2.0-3',
    ];
    for (const id of [...cited, ...Object.keys(RULES)]) assert.ok(all[id], `${id} is not in requirements.json`);
    for (const id of cited) assert.ok(RULES[id], `${id} (cited in LMS.md) is not enforced`);
  });
});

describe('static files', () => {
  test('the AU package is served from the LMS origin with the right MIME types', async () => {
    const expect = {
      'index.html': 'text/html',
      'app.js': 'text/javascript',
      'app.wasm': 'application/wasm',
      'deck.json': 'application/json',
      'style.css': 'text/css',
      '': 'text/html',
    };
    for (const [file, type] of Object.entries(expect)) {
      const r = await fetch(`${lms.url}/${file}`);
      assert.equal(r.status, 200, file);
      assert.equal(r.headers.get('content-type').split(';')[0], type, file);
      await r.arrayBuffer();
    }
    assert.equal((await fetch(`${lms.url}/missing.js`)).status, 404);
    const escape = await fetch(`${lms.url}/..%2f..%2fetc%2fpasswd`);
    assert.ok([403, 404].includes(escape.status), `a path out of auRoot → ${escape.status}`);
  });
});

describe('a conformant AU session', () => {
  test('launch → fetch → LaunchData → initialized, answered ×2, completed, passed, terminated → returnURL', async () => {
    const url = await lms.launch();
    const launchParams = new URL(url).searchParams;
    for (const p of ['endpoint', 'fetch', 'actor', 'registration', 'activityId']) assert.ok(launchParams.get(p), p);
    assert.equal(new URL(url).pathname, '/index.html', 'the AU url comes from cmi5.xml');
    const au = await new AuClient(url).start();
    const { registration, activityId } = au.launch;
    assert.notEqual(activityId, PUBLISHER_ID, '8.1.5.0-3: activityId is not the publisher id');
    assert.ok(au.launch.actor.account, 'actor has an account');

    const ld = au.launchData;
    const [session] = lms.sessions().filter((s) => s.registration === registration);
    assert.equal(ld.contextTemplate.extensions[EXT.sessionid], session.sessionId);
    assert.deepEqual(ld.contextTemplate.contextActivities.grouping, [{ objectType: 'Activity', id: PUBLISHER_ID }]);
    assert.equal(ld.launchMode, 'Normal');
    assert.equal(ld.moveOn, 'CompletedAndPassed');
    assert.equal(ld.masteryScore, 0.8);
    assert.ok(ld.returnURL.startsWith(lms.url));
    assert.deepEqual(au.preferences, { languagePreference: 'en-US', audioPreference: 'on' });

    const piles = ['training', 'development'];
    const sent = [
      au.initialized(),
      au.answeredChoice({ card: 'card-a', piles, chosen: 'training', correct: 'training' }),
      au.answeredMatching({
        questionId: 'sort',
        cards: ['card-a', 'card-b'],
        piles,
        placed: { 'card-a': 'training', 'card-b': 'development' },
        correct: { 'card-a': 'training', 'card-b': 'development' },
      }),
      au.completed(),
      au.passed({ scaled: 0.9, raw: 9, min: 0, max: 10 }),
      au.terminated(),
    ];
    // One request per statement, as an AU sends them the moment they happen.
    for (const st of sent) await sendOk(au, st);
    const back = await fetch(ld.returnURL);
    assert.equal(back.status, 200);
    await back.text();

    assert.deepEqual(lms.violations({ registration }), []);
    assert.ok(lms.returnVisited(session.sessionId));

    const stored = await lms.statements({ registration });
    assert.deepEqual(
      stored.map((s) => s.verb.id),
      [VERB.launched, VERB.initialized, VERB.answered, VERB.answered, VERB.completed, VERB.passed, VERB.terminated],
    );
    assert.deepEqual(stored.slice(1).map((s) => s.id), sent.map((s) => s.id), 'the AU ids are kept');
    const launched = stored[0];
    assert.equal(launched.object.id, activityId);
    assert.equal(launched.context.registration, registration);
    assert.equal(launched.context.extensions[EXT.sessionid], session.sessionId);
    assert.equal(launched.context.extensions[EXT.launchmode], 'Normal');
    assert.equal(launched.context.extensions[EXT.moveon], 'CompletedAndPassed');
    assert.equal(launched.context.extensions[EXT.masteryscore], 0.8);
    assert.equal(launched.context.extensions[EXT.launchurl], `${lms.url}/index.html`);
    assert.ok(launched.context.contextActivities.category.some((c) => c.id === CATEGORY.cmi5));
    const passedStored = stored[5];
    assert.equal(passedStored.result.score.scaled, 0.9);
    assert.equal(passedStored.context.extensions[EXT.masteryscore], 0.8);
    assert.deepEqual(await lms.stateDocument({ registration }), ld);
  });
});

describe('non-conformant sequences are reported with their requirement id', () => {
  test('a statement after terminated: 9.3.0.0-5', async () => {
    const au = await startAu();
    await sendOk(au, [au.initialized(), au.terminated()]);
    await sendOk(au, au.answeredChoice({ card: 'late', piles: ['a', 'b'], chosen: 'a', correct: 'a' }));
    assert.deepEqual(idsFor(au.launch.registration), ['9.3.0.0-5']);
    assert.equal((await lms.statements({ registration: au.launch.registration })).length, 4, 'still stored');
  });

  test('failed after passed: 9.3.0.0-8 (and 9.3.0.0-3 within one session)', async () => {
    const au = await startAu();
    await sendOk(au, [au.initialized(), au.passed({ scaled: 0.9 })]);
    await sendOk(au, au.failed({ scaled: 0.5 }));
    assert.deepEqual(idsFor(au.launch.registration), ['9.3.0.0-3', '9.3.0.0-8']);
  });

  test('a statement without the session id extension: 9.6.3.1-4', async () => {
    const au = await startAu();
    const st = au.initialized();
    delete st.context.extensions[EXT.sessionid];
    await sendOk(au, st);
    assert.deepEqual(idsFor(au.launch.registration), ['9.6.3.1-4']);
  });

  test('a second completed in the registration (next session): 9.3.0.0-6', async () => {
    const first = await startAu();
    await sendOk(first, [first.initialized(), first.completed(), first.terminated()]);
    const second = await startAu({ registration: first.launch.registration });
    assert.equal(second.launch.activityId, first.launch.activityId, '8.1.5.0-4: same activityId in the registration');
    await sendOk(second, [second.initialized(), second.completed()]);
    assert.deepEqual(idsFor(first.launch.registration), ['9.3.0.0-6']);
  });

  test('a timestamp that is not UTC: 9.7.0.0-2', async () => {
    const au = await startAu();
    const st = au.initialized();
    st.timestamp = '2026-12-01T15:04:05.000+01:00';
    await sendOk(au, st);
    assert.deepEqual(idsFor(au.launch.registration), ['9.7.0.0-2']);
  });

  test('completed in a Browse launch: 10.2.2.0-2; in Review: 10.2.2.0-3', async () => {
    const browse = await startAu({ launchMode: 'Browse' });
    assert.equal(browse.launchData.launchMode, 'Browse');
    await sendOk(browse, [browse.initialized(), browse.completed()]);
    assert.deepEqual(idsFor(browse.launch.registration), ['10.2.2.0-2']);
    const review = await startAu({ launchMode: 'Review' });
    await sendOk(review, [review.initialized(), review.passed({ scaled: 1 })]);
    assert.deepEqual(idsFor(review.launch.registration), ['10.2.2.0-3']);
  });

  test('GET on the fetch URL: 8.2.1.0-2, refused', async () => {
    const url = await lms.launch();
    const au = new AuClient(url);
    const r = await au.fetchToken('GET');
    assert.equal(r.status, 405);
    assert.equal(au.token, null);
    assert.deepEqual(idsFor(au.launch.registration), ['8.2.1.0-2']);
  });

  test('a second POST to the fetch URL: 8.2.3.0-1, answered with error-code 1 and HTTP 200', async () => {
    const url = await lms.launch();
    const au = new AuClient(url);
    const first = await au.fetchToken();
    assert.equal(first.status, 200);
    assert.match(first.contentType, /^application\/json/);
    assert.ok(first.body['auth-token']);
    const second = await new AuClient(url).fetchToken();
    assert.equal(second.status, 200);
    assert.equal(second.body['error-code'], '1');
    assert.ok(second.body['error-text']);
    assert.equal(second.body['auth-token'], undefined);
    assert.deepEqual(idsFor(au.launch.registration), ['8.2.3.0-1']);
  });

  test('more broken statements, one rule each', async () => {
    const cases = [
      ['9.1.0.0-1', (au) => { const s = au.initialized(); delete s.id; return s; }],
      ['9.6.1.0-1', (au) => { const s = au.initialized(); s.context.registration = randomUUID(); return s; }],
      ['9.6.2.1-1', (au) => { const s = au.initialized(); s.context.contextActivities.category = []; return s; }],
      ['8.1.5.0-6', (au) => { const s = au.initialized(); s.object.id = PUBLISHER_ID; return s; }],
      ['9.6.2.0-1', (au) => { const s = au.initialized(); delete s.context.contextActivities.grouping; return s; }],
      ['8.1.3.0-3', (au) => { const s = au.initialized(); s.actor = { ...s.actor, account: { ...s.actor.account, name: 'someone-else' } }; return s; }],
    ];
    for (const [id, make] of cases) {
      const au = await startAu();
      await au.send(make(au));
      assert.deepEqual(idsFor(au.launch.registration), [id], id);
    }
  });

  test('result rules on cmi5 defined statements', async () => {
    const au = await startAu();
    const completedNoMoveOn = au.completed();
    completedNoMoveOn.context.contextActivities.category = completedNoMoveOn.context.contextActivities.category.filter((c) => c.id !== CATEGORY.moveon);
    const passedLow = au.passed({ scaled: 0.5 });
    const terminatedNoDuration = au.terminated();
    delete terminatedNoDuration.result;
    await au.send([au.initialized(), completedNoMoveOn]);
    assert.deepEqual(idsFor(au.launch.registration), ['9.6.2.2-1']);
    lms.clearViolations();
    await au.send(passedLow);
    assert.deepEqual(idsFor(au.launch.registration), ['9.3.4.0-2']);
    lms.clearViolations();
    await au.send(terminatedNoDuration);
    assert.deepEqual(idsFor(au.launch.registration), ['9.5.4.1-1']);

    const au2 = await startAu();
    const failedNoMastery = au2.failed({ scaled: 0.3 });
    delete failedNoMastery.context.extensions[EXT.masteryscore];
    const rawOnly = au2.failed({ raw: 3 });
    delete rawOnly.result.score.min;
    await au2.send([au2.initialized(), failedNoMastery]);
    assert.deepEqual(idsFor(au2.launch.registration), ['9.6.3.2-2']);
    lms.clearViolations();
    const initializedWithScore = au2.initialized();
    initializedWithScore.result = { score: { scaled: 1 }, success: true, completion: true };
    await au2.send(initializedWithScore);
    assert.deepEqual(idsFor(au2.launch.registration), ['9.3.0.0-2', '9.5.1.0-2', '9.5.2.0-3', '9.5.3.0-2', '9.6.2.2-1']);
    lms.clearViolations();
    await au2.send(rawOnly);
    assert.ok(idsFor(au2.launch.registration).includes('9.5.1.0-3'));
  });

  test('statements before initialized, and initialized before reading learner preferences', async () => {
    const au = await startAu();
    await au.send(au.answeredChoice({ card: 'early', piles: ['a'], chosen: 'a', correct: 'a' }));
    assert.deepEqual(idsFor(au.launch.registration), ['9.3.0.0-4']);

    const url = await lms.launch();
    const noPrefs = new AuClient(url);
    await noPrefs.fetchToken();
    noPrefs.launchData = (await noPrefs.request('GET', 'activities/state', { query: noPrefs.stateQuery(LAUNCH_DATA) })).json;
    await sendOk(noPrefs, noPrefs.initialized());
    assert.deepEqual(idsFor(noPrefs.launch.registration), ['11.0.0.0-3']);
  });
});

describe('the /lrs/ endpoint', () => {
  test('no token: 401 and 8.1.2.0-5; LMS.LaunchData writes: 403 and 10.2.1.0-5', async () => {
    lms.clearViolations();
    const r = await fetch(`${lms.endpoint}statements`, { headers: { 'X-Experience-API-Version': '1.0.3' } });
    assert.equal(r.status, 401);
    await r.text();
    assert.deepEqual(lms.violations().map((v) => v.id), ['8.1.2.0-5']);

    const au = await startAu();
    const w = await au.request('PUT', 'activities/state', { query: au.stateQuery(LAUNCH_DATA), body: { launchMode: 'Review' } });
    assert.equal(w.status, 403);
    assert.deepEqual(idsFor(au.launch.registration), ['10.2.1.0-5']);
    assert.equal((await lms.stateDocument({ registration: au.launch.registration })).launchMode, 'Normal');
  });

  test('State and Agent Profile requests: 8.1.3.0-3, 8.1.4.0-3, 11.0.0.0-1/-4/-5, 8.1.2.0-2', async () => {
    const au = await startAu();
    const other = { objectType: 'Agent', account: { homePage: lms.url, name: 'someone-else' } };
    const expectIds = async (ids, request) => {
      lms.clearViolations();
      await request();
      assert.deepEqual(idsFor(au.launch.registration), ids);
    };
    await expectIds(['8.1.3.0-3'], () => au.request('GET', 'activities/state', { query: { ...au.stateQuery('x'), agent: other } }));
    await expectIds(['8.1.4.0-3'], () => au.request('GET', 'activities/state', { query: { ...au.stateQuery('x'), registration: randomUUID() } }));
    await expectIds(['11.0.0.0-1'], () => au.request('GET', 'agents/profile', { query: { agent: other, profileId: 'cmi5LearnerPreferences' } }));
    await expectIds(['11.0.0.0-4'], () => au.request('GET', 'agents/profile', { query: { agent: au.launch.actor, profileId: 'twofold' } }));
    const prefs = { agent: au.launch.actor, profileId: 'cmi5LearnerPreferences' };
    await expectIds(['11.0.0.0-5'], () => au.request('POST', 'agents/profile', { query: prefs, body: { languagePreference: 'fr-FR' } }));
    await expectIds([], () => au.request('POST', 'agents/profile', { query: prefs, body: { languagePreference: 'fr-FR', audioPreference: 'off' } }));
    await sendOk(au, [au.initialized(), au.terminated()]);
    await expectIds(['8.1.2.0-2'], () => au.request('PUT', 'activities/state', { query: au.stateQuery('late'), body: { x: 1 } }));
  });

  test('an AU speaking xAPI 1.0.3 can PUT its own State document twice; OPTIONS is answered', async () => {
    const au = await startAu();
    const q = au.stateQuery('twofold.progress');
    assert.equal((await au.request('PUT', 'activities/state', { query: q, body: { placed: 1 } })).status, 204);
    assert.equal((await au.request('PUT', 'activities/state', { query: q, body: { placed: 2 } })).status, 204);
    const got = await au.request('GET', 'activities/state', { query: q });
    assert.deepEqual(got.json, { placed: 2 });
    assert.equal(got.headers.get('x-experience-api-version'), '1.0.3');
    const o = await fetch(`${lms.endpoint}statements`, { method: 'OPTIONS' });
    assert.equal(o.status, 204);
    assert.match(o.headers.get('allow'), /POST/);
    assert.deepEqual(idsFor(au.launch.registration), []);
  });

  test('failLrs: 503 for a count, until cleared, and hanging; a retried statement is stored and checked once', async () => {
    const au = await startAu();
    await sendOk(au, au.initialized());
    const st = au.answeredChoice({ card: 'retry', piles: ['a', 'b'], chosen: 'b', correct: 'b' });
    lms.failLrs({ count: 2 });
    assert.equal((await au.send(st)).status, 503);
    assert.equal((await au.send(st)).status, 503);
    await sendOk(au, st);
    lms.failLrs({ untilCleared: true, status: 500 });
    for (let i = 0; i < 3; i++) assert.equal((await au.send(st)).status, 500);
    lms.restoreLrs();
    lms.failLrs({ hang: true, untilCleared: true });
    await assert.rejects(
      fetch(`${au.launch.endpoint}statements`, {
        method: 'POST',
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${au.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(au.terminated()),
        signal: AbortSignal.timeout(300),
      }),
      /TimeoutError|aborted/,
    );
    lms.restoreLrs();
    await sendOk(au, st); // a retry of what the LRS already has
    await sendOk(au, au.terminated());
    assert.deepEqual(idsFor(au.launch.registration), []);
    const verbs = (await lms.statements({ registration: au.launch.registration })).map((s) => s.verb.id);
    assert.deepEqual(verbs, [VERB.launched, VERB.initialized, VERB.answered, VERB.terminated]);
  });

  test('a new launch in the registration abandons the open session; its later statements: 9.3.6.0-2', async () => {
    const first = await startAu();
    await sendOk(first, first.initialized());
    const second = await startAu({ registration: first.launch.registration });
    const verbs = (await lms.statements({ registration: first.launch.registration })).map((s) => s.verb.id);
    assert.deepEqual(verbs, [VERB.launched, VERB.initialized, VERB.abandoned, VERB.launched]);
    await sendOk(first, first.terminated());
    assert.deepEqual(idsFor(first.launch.registration), ['9.3.6.0-2']);
    assert.ok(second.token);
  });
});

test('isoDuration', () => {
  assert.equal(isoDuration(0), 'PT0S');
  assert.equal(isoDuration(1500), 'PT1.5S');
  assert.equal(isoDuration(83_500), 'PT1M23.5S');
  assert.equal(isoDuration(3_600_000), 'PT1H');
});

// The widget's transport runs in the browser; here it gets what it reads there: `location`
// (the launch URL) and, when storage is not blocked, a `sessionStorage`.
describe("the widget's cmi5 transport (src/platform/lms/cmi5.js)", () => {
  const STATE = 'twofold-session';
  let transport;
  before(async () => {
    transport = await import('../../src/platform/lms/cmi5.js');
  });
  after(() => {
    delete globalThis.location;
    delete globalThis.sessionStorage;
  });
  /** A sessionStorage that works, shared across "reloads" of one tab. */
  const tab = () => {
    const items = new Map();
    return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, String(v)) };
  };
  const until = async (check, ms = 5000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${check}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  /** A statement as the widget hands it to the script: without its id and timestamp. */
  const bare = ({ id, timestamp, ...rest }) => JSON.stringify(rest);
  const AT = Date.parse('2026-12-01T09:30:10.500Z');
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  /** The widget's statements the LRS holds for `registration` (not the LMS's `launched`). */
  const ours = async (registration) =>
    (await lms.statements({ registration })).filter((s) => s.verb.id !== VERB.launched);
  const open = (url, storage) => {
    globalThis.location = new URL(url);
    if (storage) globalThis.sessionStorage = storage;
    else delete globalThis.sessionStorage;
    return transport.launch(STATE);
  };

  test('a page without the five launch parameters is no cmi5 launch', async () => {
    const url = new URL(await lms.launch());
    url.searchParams.delete('fetch');
    assert.equal(open(url.href), null);
    assert.equal(open(`${lms.url}/index.html`), null);
  });

  test('the launch: the token once, LMS.LaunchData, the preferences, the state document; a reload in the same tab goes on with the same token', async () => {
    const url = await lms.launch({ languagePreference: 'ar,en', masteryScore: 0.8 });
    const launch = parseLaunchUrl(url);
    const storage = tab();
    const [actor, registration, activityId, launchData, state, languages, inMemory] = await open(url, storage);
    assert.deepEqual(JSON.parse(actor), launch.actor);
    assert.equal(registration, launch.registration);
    assert.equal(activityId, launch.activityId);
    const data = JSON.parse(launchData);
    assert.equal(data.masteryScore, 0.8);
    assert.ok(data.contextTemplate.extensions[EXT.sessionid]);
    assert.equal(state, null, 'no state document yet');
    assert.equal(languages, 'ar,en', "the preferences' languagePreference");
    assert.equal(inMemory, false);

    // Statements and the state document go as PUTs the LRS takes, in order; each statement
    // gets its id (a version 4 UUID) and its timestamp (the instant given, UTC) here.
    const first = initialized(launch, data);
    transport.send(AT, bare(first), '');
    transport.send(-1, 'game:deck=g3;d=deck|report=r1;v=i', '');
    await until(async () => (await ours(registration)).length === 1);
    const [stored] = await ours(registration);
    assert.equal(stored.verb.id, VERB.initialized);
    assert.match(stored.id, UUID_V4);
    assert.equal(Date.parse(stored.timestamp), AT);
    await until(async () => (await lms.stateDocument({ stateId: STATE, registration })) === 'game:deck=g3;d=deck|report=r1;v=i');

    // Reloaded: the kept token (a second POST to the one-time fetch URL would be refused),
    // and the state document as it was written.
    const again = await open(url, storage);
    assert.equal(again[4], 'game:deck=g3;d=deck|report=r1;v=i');
    assert.deepEqual(idsFor(registration), []);
  });

  test('blocked storage keeps the token in memory and says so; the fetch URL used up is a reason, not a crash', async () => {
    const url = await lms.launch();
    const got = await open(url);
    assert.equal(got[6], true, 'the token is in memory only');
    // A new tab (no storage of the first) cannot fetch the token again: the LMS refuses.
    await assert.rejects(open(url, tab()), (reason) => {
      assert.match(String(reason), /^the fetch URL refused: error 1/);
      return true;
    });
  });

  test('the queue: in order, a refused call dropped, a failing LRS retried until it answers (and said so), returnURL after the last', async () => {
    const url = await lms.launch();
    const launch = parseLaunchUrl(url);
    const [, registration, , launchData] = await open(url, tab());
    const data = JSON.parse(launchData);
    const said = [];
    transport.watch((n) => said.push(n)); // 3: a call failed; 4: the LRS answers again
    const warnings = [];
    const warn = console.warn;
    console.warn = (text) => warnings.push(text);
    try {
      const one = initialized(launch, data);
      const two = answeredChoice(launch, data, { card: 'c1', piles: ['a', 'b'], chosen: 'a', correct: 'a' });
      // The widget's own statements as the LRS holds them (the LMS stored `launched` before).
      const verbs = async () => (await ours(registration)).map((s) => s.verb.id);
      lms.failLrs({ status: 503, untilCleared: true, match: /^statements/ });
      transport.send(AT, bare(one), '');
      transport.send(AT + 1, '{not json', '');
      transport.send(AT + 2, bare(two), `${lms.url}/lms/return?session=transport`);
      await until(() => said.includes(3));
      assert.deepEqual(await verbs(), [], 'nothing stored while the LRS fails');
      lms.restoreLrs();
      await until(() => said.at(-1) === 4, 10_000);
      await until(async () => (await verbs()).length === 2);
      assert.deepEqual(await verbs(), [VERB.initialized, VERB.answered]);
      const held = await ours(registration);
      assert.notEqual(held[0].id, held[1].id, 'each statement its own id');
      assert.ok(held.every((s) => UUID_V4.test(s.id)));
      assert.ok(warnings.some((w) => /statement [0-9a-f-]{36} \(HTTP 400\)/.test(w)), warnings.join('\n'));
      await until(() => String(globalThis.location).includes('session=transport'));
    } finally {
      console.warn = warn;
      lms.restoreLrs(); // whatever failed, the script's queue drains (its retries would keep the process alive)
    }
    // LMS.LaunchData unreadable: the reason the launch is not reported against.
    const next = await lms.launch();
    lms.failLrs({ status: 500, count: 1, match: /^activities\/state/ });
    await assert.rejects(open(next, tab()), /^LMS.LaunchData: HTTP 500$/);
  });
});
