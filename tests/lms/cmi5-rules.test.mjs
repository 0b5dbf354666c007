// The cmi5 statement rules on their own (no LRS, no HTTP): each rule of cmi5-rules.mjs
// broken once in an otherwise correct sequence, reported with exactly its id. The rules
// about requests rather than statements are exercised through the LMS in cmi5-lms.test.mjs.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import * as au from './cmi5-fixtures.mjs';
import {
  CATEGORY,
  EXT,
  RULES,
  checkStatement,
  newRegistrationState,
  newSessionState,
  recordStatement,
} from './cmi5-rules.mjs';

const PUBLISHER_ID = 'https://twofold.example/cmi5/au/sort';

function launchFor({ launchMode = 'Normal', noMastery = false } = {}) {
  const masteryScore = noMastery ? undefined : 0.8;
  const sessionId = randomUUID();
  const launch = {
    registration: randomUUID(),
    activityId: 'http://127.0.0.1:1/lms/activity/sort',
    actor: { objectType: 'Agent', name: 'Learner', account: { homePage: 'http://127.0.0.1:1', name: 'learner-1' } },
  };
  const contextTemplate = {
    contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
    extensions: { [EXT.sessionid]: sessionId, 'https://twofold.example/ext/course': 'c1' },
  };
  const launchData = { contextTemplate, launchMode, moveOn: 'CompletedOrPassed' };
  if (masteryScore !== undefined) launchData.masteryScore = masteryScore;
  const session = { ...launch, launchMode, masteryScore, contextTemplate, state: newSessionState() };
  session.state.preferencesRead = true;
  return { launch, launchData, session, registration: newRegistrationState() };
}

/** Check and record each statement in turn; the distinct ids reported for the last one. */
function idsOfLast(l, statements) {
  let ids = [];
  for (const st of statements) {
    ids = [...new Set(checkStatement(st, l.session, l.registration).map((v) => v.id))].sort();
    recordStatement(st, l.session, l.registration);
  }
  return ids;
}

const mutate = (st, f) => (f(st), st);
const d = { durationMs: 1000 };
const piles = ['a', 'b'];
const choice = (l) => au.answeredChoice(l.launch, l.launchData, { card: 'c', piles, chosen: 'a', correct: 'a' });
const init = (l) => au.initialized(l.launch, l.launchData);
const passed = (l, o = {}) => au.passed(l.launch, l.launchData, { ...d, scaled: 0.9, ...o });
const failed = (l, o = {}) => au.failed(l.launch, l.launchData, { ...d, scaled: 0.5, ...o });
const completed = (l) => au.completed(l.launch, l.launchData, d);
const terminated = (l) => au.terminated(l.launch, l.launchData, d);
const withoutResult = (key) => (st) => delete st.result[key];

const CASES = [
  ['a correct session', [], (l) => [init(l), choice(l), completed(l), passed(l), terminated(l)]],
  ['no id', ['9.1.0.0-1'], (l) => [mutate(init(l), (s) => delete s.id)]],
  ['an id that is not a UUID', ['9.1.0.0-1', 'xapi-validation'], (l) => [mutate(init(l), (s) => (s.id = 'statement-1'))]],
  ['no timestamp', ['9.7.0.0-1'], (l) => [mutate(init(l), (s) => delete s.timestamp)]],
  ['a timestamp with an offset', ['9.7.0.0-2'], (l) => [mutate(init(l), (s) => (s.timestamp = '2026-12-01T10:00:00-05:00'))]],
  ['a timestamp without a zone', ['9.7.0.0-2', 'xapi-validation'], (l) => [mutate(init(l), (s) => (s.timestamp = '2026-12-01T10:00:00'))]],
  ['answered before initialized', ['9.3.0.0-4'], (l) => [choice(l)]],
  ['answered after terminated', ['9.3.0.0-5'], (l) => [init(l), terminated(l), choice(l)]],
  ['initialized twice', ['9.3.0.0-2'], (l) => [init(l), init(l)]],
  ['passed then failed', ['9.3.0.0-3', '9.3.0.0-8'], (l) => [init(l), passed(l), failed(l)]],
  ['failed then passed', ['9.3.0.0-3'], (l) => [init(l), failed(l), passed(l)]],
  ['a second passed in the registration', ['9.3.0.0-7'], (l) => [init(l), passed(l), terminated(l), init(l), passed(l)], { newSessionAfter: 3 }],
  ['a second completed in the registration', ['9.3.0.0-6'], (l) => [init(l), completed(l), terminated(l), init(l), completed(l)], { newSessionAfter: 3 }],
  ['failed after passed in an earlier session', ['9.3.0.0-8'], (l) => [init(l), passed(l), terminated(l), init(l), failed(l)], { newSessionAfter: 3 }],
  ['passed below masteryScore', ['9.3.4.0-2'], (l) => [init(l), passed(l, { scaled: 0.7 })]],
  ['failed at masteryScore', ['9.3.5.0-2'], (l) => [init(l), failed(l, { scaled: 0.8 })]],
  ['passed without the masteryscore extension', ['9.6.3.2-2'], (l) => [init(l), mutate(passed(l), (s) => delete s.context.extensions[EXT.masteryscore])]],
  ['failed with another masteryscore', ['9.6.3.2-2'], (l) => [init(l), mutate(failed(l), (s) => (s.context.extensions[EXT.masteryscore] = 0.5))]],
  ['completed with a score', ['9.5.1.0-2'], (l) => [init(l), mutate(completed(l), (s) => (s.result.score = { scaled: 1 }))]],
  ['raw without min and max', ['9.5.1.0-3'], (l) => [init(l), mutate(choice(l), (s) => (s.result.score = { raw: 3 }))]],
  ['passed with success false', ['9.5.2.0-1'], (l) => [init(l), mutate(passed(l), (s) => (s.result.success = false))]],
  ['failed with success true', ['9.5.2.0-2'], (l) => [init(l), mutate(failed(l), (s) => (s.result.success = true))]],
  ['terminated with success', ['9.5.2.0-3', '9.6.2.2-1'], (l) => [init(l), mutate(terminated(l), (s) => (s.result.success = true))]],
  ['completed without completion', ['9.5.3.0-1'], (l) => [init(l), mutate(completed(l), (s) => (s.result.completion = false))]],
  ['passed with completion', ['9.5.3.0-2'], (l) => [init(l), mutate(passed(l), (s) => (s.result.completion = true))]],
  ['terminated without duration', ['9.5.4.1-1'], (l) => [init(l), mutate(terminated(l), withoutResult('duration'))]],
  ['completed without duration', ['9.5.4.1-2'], (l) => [init(l), mutate(completed(l), withoutResult('duration'))]],
  ['passed without duration', ['9.5.4.1-3'], (l) => [init(l), mutate(passed(l), withoutResult('duration'))]],
  ['failed without duration', ['9.5.4.1-4'], (l) => [init(l), mutate(failed(l), withoutResult('duration'))]],
  ['a Group as actor', ['9.2.0.0-2'], (l) => [mutate(init(l), (s) => (s.actor = { ...s.actor, objectType: 'Group' }))]],
  ['an mbox actor', ['9.2.0.0-3'], (l) => [mutate(init(l), (s) => (s.actor = { objectType: 'Agent', mbox: 'mailto:learner@example.com' }))]],
  ['another learner', ['8.1.3.0-3'], (l) => [mutate(init(l), (s) => (s.actor.account = { ...s.actor.account, name: 'x' }))]],
  ['initialized about the publisher id', ['8.1.5.0-6'], (l) => [mutate(init(l), (s) => (s.object.id = PUBLISHER_ID))]],
  ['no context', ['9.6.0.0-1', '9.6.1.0-1', '9.6.2.0-1', '9.6.2.1-1', '9.6.3.1-4'], (l) => [mutate(init(l), (s) => delete s.context)]],
  ['another registration', ['9.6.1.0-1'], (l) => [mutate(init(l), (s) => (s.context.registration = randomUUID()))]],
  ['answered without registration', ['8.1.4.0-3'], (l) => [init(l), mutate(choice(l), (s) => delete s.context.registration)]],
  ['completed without the publisher id', ['9.6.2.0-1'], (l) => [init(l), mutate(completed(l), (s) => delete s.context.contextActivities.grouping)]],
  ['answered without the publisher id', ['10.2.1.0-6'], (l) => [init(l), mutate(choice(l), (s) => delete s.context.contextActivities.grouping)]],
  ['a template extension overwritten', ['10.2.1.0-7'], (l) => [mutate(init(l), (s) => (s.context.extensions['https://twofold.example/ext/course'] = 'c2'))]],
  ['initialized without the cmi5 category', ['9.6.2.1-1'], (l) => [mutate(init(l), (s) => (s.context.contextActivities.category = []))]],
  ['completed without the moveOn category', ['9.6.2.2-1'], (l) => [init(l), mutate(completed(l), (s) => {
    s.context.contextActivities.category = s.context.contextActivities.category.filter((c) => c.id !== CATEGORY.moveon);
  })]],
  ['answered with the moveOn category', ['9.6.2.2-2'], (l) => [init(l), mutate(choice(l), (s) => (s.context.contextActivities.category = [{ id: CATEGORY.moveon }]))]],
  ['another session id', ['9.6.3.1-4'], (l) => [mutate(init(l), (s) => (s.context.extensions[EXT.sessionid] = randomUUID()))]],
  ['a Browse launch sending completed', ['10.2.2.0-2'], (l) => [init(l), completed(l)], { launchMode: 'Browse' }],
  ['a Review launch sending failed', ['10.2.2.0-3'], (l) => [init(l), failed(l)], { launchMode: 'Review' }],
  ['a Browse launch, initialized and terminated only', [], (l) => [init(l), terminated(l)], { launchMode: 'Browse' }],
  ['no masteryScore: passed without the extension is fine', [], (l) => [init(l), passed(l)], { noMastery: true }],
  ['no masteryScore: passed with the extension', ['9.6.3.2-2'], (l) => [init(l), mutate(passed(l), (s) => (s.context.extensions[EXT.masteryscore] = 0.8))], { noMastery: true }],
  ['initialized before reading the learner preferences', ['11.0.0.0-3'], (l) => [init(l)], { preferencesRead: false }],
  ['a verb that is not an IRI', ['xapi-validation'], (l) => [init(l), mutate(choice(l), (s) => (s.verb.id = 'answered'))]],
];

for (const [name, expected, build, opts = {}] of CASES) {
  test(`${name}: ${expected.length ? expected.join(', ') : 'no violation'}`, () => {
    const l = launchFor(opts);
    if (opts.preferencesRead === false) l.session.state.preferencesRead = false;
    const statements = build(l);
    if (opts.newSessionAfter) {
      // The same registration, a new session: later statements carry its session id.
      const firstPart = statements.slice(0, opts.newSessionAfter);
      idsOfLast(l, firstPart);
      const sessionId = randomUUID();
      l.session.contextTemplate = structuredClone(l.session.contextTemplate);
      l.session.contextTemplate.extensions[EXT.sessionid] = sessionId;
      l.session.state = { ...newSessionState(), preferencesRead: true };
      const rest = statements.slice(opts.newSessionAfter).map((s) => mutate(s, (x) => (x.context.extensions[EXT.sessionid] = sessionId)));
      assert.deepEqual(idsOfLast(l, rest), [...expected].sort());
    } else {
      assert.deepEqual(idsOfLast(l, statements), [...expected].sort());
    }
  });
}

test('every statement rule is exercised here, the request rules in cmi5-lms.test.mjs', () => {
  const here = new Set(CASES.flatMap(([, ids]) => ids));
  const throughTheLms = ['8.1.2.0-2', '8.1.2.0-5', '8.2.1.0-2', '8.2.3.0-1', '9.3.6.0-2', '10.2.1.0-5', '11.0.0.0-1', '11.0.0.0-4', '11.0.0.0-5'];
  const byTheTest = ['10.2.6.0-1']; // the test asserts returnVisited()
  const missing = Object.keys(RULES).filter((id) => !here.has(id) && !throughTheLms.includes(id) && !byTheTest.includes(id));
  assert.deepEqual(missing, []);
});
