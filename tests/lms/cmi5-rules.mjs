// The cmi5 rules an AU must follow, as pure functions over one statement and the session it
// belongs to. Owns: the cmi5 vocabulary (verbs, extensions, categories), the requirement ids
// and their texts (from @cmi5/requirements), classification of "cmi5 defined" statements,
// the checks, and the session/registration bookkeeping a check needs. No I/O: the test LMS
// (cmi5-lms.mjs) calls `checkStatement` for each statement it forwards, then
// `recordStatement`, and keeps the violations.
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const require = createRequire(import.meta.url);
const REQUIREMENTS = require('@cmi5/requirements/requirements.json');
const validateXapi = require('@learninglocker/xapi-validation').default;

export const VERB = Object.freeze({
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
});

/** Verbs only the AU sends in cmi5 defined statements (the rest are the LMS's). */
export const AU_VERBS = Object.freeze(['initialized', 'completed', 'passed', 'failed', 'terminated']);
const CMI5_VERB_BY_ID = new Map(
  ['launched', 'initialized', 'completed', 'passed', 'failed', 'abandoned', 'waived', 'terminated', 'satisfied']
    .map((k) => [VERB[k], k]),
);

const EXT_BASE = 'https://w3id.org/xapi/cmi5/context/extensions/';
export const EXT = Object.freeze({
  sessionid: `${EXT_BASE}sessionid`,
  masteryscore: `${EXT_BASE}masteryscore`,
  launchmode: `${EXT_BASE}launchmode`,
  launchurl: `${EXT_BASE}launchurl`,
  moveon: `${EXT_BASE}moveon`,
  launchparameters: `${EXT_BASE}launchparameters`,
  reason: 'https://w3id.org/xapi/cmi5/result/extensions/reason',
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
});

export const CATEGORY = Object.freeze({
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveon: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
});

export const LAUNCH_DATA = 'LMS.LaunchData';
export const LEARNER_PREFERENCES = 'cmi5LearnerPreferences';

/**
 * Every requirement id the test LMS reports, with what it checks. Each must exist in
 * @cmi5/requirements (checked when this module loads), so a typo fails loudly.
 */
export const RULES = Object.freeze({
  '8.1.2.0-2': 'the auth token is used only during its session (not after terminated/abandoned)',
  '8.1.2.0-5': 'every xAPI request carries the fetched token in Authorization',
  '8.1.3.0-3': 'the actor / agent is the launch actor',
  '8.1.4.0-3': 'requests that need a registration use the launch registration',
  '8.1.5.0-6': 'object.id of cmi5 defined statements is the launch activityId',
  '8.2.1.0-2': 'the fetch URL is POSTed to (never GET)',
  '8.2.3.0-1': 'the one-time fetch URL is used once',
  '9.1.0.0-1': 'the AU assigns a UUID statement id',
  '9.2.0.0-2': 'the actor of cmi5 defined statements is an Agent',
  '9.2.0.0-3': 'the actor has an account IFI',
  '9.3.0.0-2': 'no cmi5 verb twice in a session',
  '9.3.0.0-3': 'never both passed and failed in a session',
  '9.3.0.0-4': 'initialized is the first statement of the session',
  '9.3.0.0-5': 'terminated is the last statement of the session',
  '9.3.0.0-6': 'at most one completed per registration',
  '9.3.0.0-7': 'at most one passed per registration',
  '9.3.0.0-8': 'no failed after passed in a registration',
  '9.3.4.0-2': 'passed: score.scaled >= masteryScore',
  '9.3.5.0-2': 'failed: score.scaled < masteryScore',
  '9.3.6.0-2': 'nothing after the LMS abandoned the session',
  '9.5.1.0-2': 'score only on passed / failed',
  '9.5.1.0-3': 'score.raw comes with score.min and score.max',
  '9.5.2.0-1': 'passed has result.success true',
  '9.5.2.0-2': 'failed has result.success false',
  '9.5.2.0-3': 'result.success only on passed / failed',
  '9.5.3.0-1': 'completed has result.completion true',
  '9.5.3.0-2': 'result.completion only on completed',
  '9.5.4.1-1': 'terminated has result.duration',
  '9.5.4.1-2': 'completed has result.duration',
  '9.5.4.1-3': 'passed has result.duration',
  '9.5.4.1-4': 'failed has result.duration',
  '9.6.0.0-1': 'cmi5 defined statements have a context',
  '9.6.1.0-1': 'context.registration is the launch registration',
  '9.6.2.0-1': 'cmi5 defined statements keep every contextTemplate contextActivity',
  '9.6.2.1-1': 'cmi5 defined statements carry the cmi5 category',
  '9.6.2.2-1': 'result.success / completion comes with the moveOn category',
  '9.6.2.2-2': 'the moveOn category only with result.success / completion',
  '9.6.3.1-4': 'every statement carries the session id extension of the launch',
  '9.6.3.2-2': 'passed / failed carry the masteryscore extension equal to masteryScore',
  '9.7.0.0-1': 'every statement has a timestamp',
  '9.7.0.0-2': 'timestamps are in UTC',
  '10.2.1.0-5': 'the AU never writes or deletes LMS.LaunchData',
  '10.2.1.0-6': 'the context of every statement is based on the contextTemplate',
  '10.2.1.0-7': 'contextTemplate values are not overwritten',
  '10.2.2.0-2': 'Browse launch mode: no completed / passed / failed',
  '10.2.2.0-3': 'Review launch mode: no completed / passed / failed',
  '10.2.6.0-1': 'after terminated the AU goes to returnURL (checked by the test through returnVisited())',
  '11.0.0.0-1': 'Agent Profile requests use the launch actor',
  '11.0.0.0-3': 'the AU reads cmi5LearnerPreferences before initialized',
  '11.0.0.0-4': 'the Agent Profile document is cmi5LearnerPreferences',
  '11.0.0.0-5': 'a written cmi5LearnerPreferences is a JSON object with languagePreference and audioPreference',
});

for (const id of Object.keys(RULES)) {
  if (!REQUIREMENTS[id]) throw new Error(`cmi5-rules: requirement id ${id} is not in @cmi5/requirements`);
}

/** The requirement text for an id (`xapi-validation` for the xAPI validator's findings). */
export function requirementText(id) {
  if (id === 'xapi-validation') return 'The statement is valid xAPI (@learninglocker/xapi-validation).';
  if (id === 'xapi-lrs') return 'The LRS (xapi-rs, xAPI 2.0.0) accepts the request.';
  const r = REQUIREMENTS[id];
  if (!r) throw new Error(`unknown cmi5 requirement id ${id}`);
  return r.txt;
}

/** A violation record, as the test LMS reports it. */
export function violation(id, detail, statementId = null) {
  return { id, text: requirementText(id), statementId, detail };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UTC_RE = /(Z|\+00:?00)$/i;

/** The cmi5 verb key of a statement ("completed", …), or null for other verbs. */
export function cmi5VerbOf(statement) {
  return CMI5_VERB_BY_ID.get(statement?.verb?.id) ?? null;
}

function categoryIds(context) {
  const list = context?.contextActivities?.category;
  return (Array.isArray(list) ? list : list ? [list] : []).map((a) => a?.id);
}

/**
 * A statement is "cmi5 defined" when it uses a cmi5 verb and either carries the cmi5
 * category or is about the AU itself; a cmi5 verb on some other activity without the
 * category is a "cmi5 allowed" statement.
 */
export function isCmi5Defined(statement, session) {
  if (!cmi5VerbOf(statement)) return false;
  return categoryIds(statement.context).includes(CATEGORY.cmi5) || statement.object?.id === session.activityId;
}

/** Fresh per-session bookkeeping (one AU launch). */
export function newSessionState() {
  return {
    initialized: false,
    terminated: false,
    abandoned: false,
    preferencesRead: false,
    statementCount: 0,
    verbs: new Set(),
    lastStatementAt: null,
  };
}

/** Fresh per-registration bookkeeping (one learner, one AU, one registration). */
export function newRegistrationState() {
  return { completed: false, passed: false, failed: false };
}

function asList(x) {
  return Array.isArray(x) ? x : x ? [x] : [];
}

/** xapi-validation's findings as violations. */
export function xapiValidationViolations(statement) {
  let errors;
  try {
    errors = validateXapi(statement);
  } catch (e) {
    errors = [{ path: ['statement'], typeName: `validator crashed: ${e.message}` }];
  }
  return errors.map((e) =>
    violation(
      'xapi-validation',
      `${(e.path ?? []).join('.')}: ${e.typeName ?? e.name ?? e.message}` +
        (e.data !== undefined ? ` (got ${JSON.stringify(e.data)?.slice(0, 120)})` : ''),
      statement?.id ?? null,
    ),
  );
}

/**
 * Check one statement sent by the AU in `session` (launch facts + `state` bookkeeping)
 * against the cmi5 rules. `registration` is the registration's bookkeeping. Pure: returns
 * violations, changes nothing. `opts.idFromQuery` is the statementId of a PUT.
 */
export function checkStatement(statement, session, registration, opts = {}) {
  const out = [];
  const sid = statement?.id ?? opts.idFromQuery ?? null;
  const v = (id, detail) => out.push(violation(id, detail, sid));
  if (!statement || typeof statement !== 'object' || Array.isArray(statement)) {
    v('xapi-validation', 'statement is not a JSON object');
    return out;
  }
  const verb = cmi5VerbOf(statement);
  const defined = isCmi5Defined(statement, session);
  const state = session.state;
  const ctx = statement.context;
  const result = statement.result ?? {};
  const cats = categoryIds(ctx);
  const label = verb ?? statement.verb?.id ?? '(no verb)';

  // Identity and time.
  if (!statement.id && !opts.idFromQuery) v('9.1.0.0-1', `${label}: no statement id`);
  else if (!UUID_RE.test(sid)) v('9.1.0.0-1', `${label}: id ${JSON.stringify(sid)} is not a UUID`);
  if (!statement.timestamp) v('9.7.0.0-1', `${label}: no timestamp`);
  else if (!UTC_RE.test(String(statement.timestamp))) {
    v('9.7.0.0-2', `${label}: timestamp ${JSON.stringify(statement.timestamp)} is not UTC (end it with Z)`);
  }

  // Ordering within the session and registration.
  if (state.abandoned) v('9.3.6.0-2', `${label} after the LMS recorded abandoned for this session`);
  if (state.terminated) v('9.3.0.0-5', `${label} after terminated`);
  if (!state.initialized && verb !== 'initialized') v('9.3.0.0-4', `${label} before initialized`);
  if (verb === 'initialized' && state.statementCount > 0 && !state.initialized) {
    v('9.3.0.0-4', `initialized is not the first statement (${state.statementCount} came before it)`);
  }
  if (verb === 'initialized' && !state.preferencesRead) {
    v('11.0.0.0-3', 'initialized before the AU read the cmi5LearnerPreferences Agent Profile document');
  }
  if (defined) {
    if (state.verbs.has(verb)) v('9.3.0.0-2', `second ${verb} in this session`);
    if ((verb === 'passed' && state.verbs.has('failed')) || (verb === 'failed' && state.verbs.has('passed'))) {
      v('9.3.0.0-3', `${verb} after ${verb === 'passed' ? 'failed' : 'passed'} in this session`);
    }
    if (verb === 'completed' && registration.completed) v('9.3.0.0-6', 'second completed in this registration');
    if (verb === 'passed' && registration.passed) v('9.3.0.0-7', 'second passed in this registration');
    if (verb === 'failed' && registration.passed) v('9.3.0.0-8', 'failed after passed in this registration');
    if (['completed', 'passed', 'failed'].includes(verb) && session.launchMode !== 'Normal') {
      v(session.launchMode === 'Browse' ? '10.2.2.0-2' : '10.2.2.0-3', `${verb} in a ${session.launchMode} launch`);
    }
  }

  // Actor.
  const actor = statement.actor ?? {};
  if (defined && actor.objectType && actor.objectType !== 'Agent') {
    v('9.2.0.0-2', `actor.objectType is ${JSON.stringify(actor.objectType)}, not "Agent"`);
  }
  if (!actor.account) v('9.2.0.0-3', `${label}: actor has no account`);
  else if (
    actor.account.homePage !== session.actor.account.homePage ||
    actor.account.name !== session.actor.account.name
  ) {
    v('8.1.3.0-3', `${label}: actor account ${JSON.stringify(actor.account)} is not the launch actor's`);
  }

  // Object.
  if (defined && statement.object?.id !== session.activityId) {
    v('8.1.5.0-6', `${verb}: object.id ${JSON.stringify(statement.object?.id)} is not the launch activityId`);
  }

  // Context, built from the contextTemplate.
  if (!ctx || typeof ctx !== 'object') {
    v(defined ? '9.6.0.0-1' : '10.2.1.0-6', `${label}: no context`);
  }
  if (ctx?.registration !== session.registration) {
    v(defined ? '9.6.1.0-1' : '8.1.4.0-3', `${label}: context.registration is ${JSON.stringify(ctx?.registration)}, not the launch's`);
  }
  const ext = ctx?.extensions ?? {};
  const tmpl = session.contextTemplate ?? {};
  if (ext[EXT.sessionid] !== tmpl.extensions?.[EXT.sessionid]) {
    v('9.6.3.1-4', `${label}: sessionid extension is ${JSON.stringify(ext[EXT.sessionid])}, not the launch's`);
  }
  for (const [key, value] of Object.entries(tmpl.extensions ?? {})) {
    if (key !== EXT.sessionid && key in ext && !isDeepStrictEqual(ext[key], value)) {
      v('10.2.1.0-7', `${label}: context extension ${key} overwrites the contextTemplate's value`);
    }
  }
  for (const [kind, list] of Object.entries(tmpl.contextActivities ?? {})) {
    const have = asList(ctx?.contextActivities?.[kind]).map((a) => a?.id);
    for (const a of asList(list)) {
      if (!have.includes(a.id)) {
        v(defined ? '9.6.2.0-1' : '10.2.1.0-6', `${label}: contextActivities.${kind} lacks the contextTemplate's ${a.id}`);
      }
    }
  }
  if (defined && !cats.includes(CATEGORY.cmi5)) v('9.6.2.1-1', `${verb}: no cmi5 category`);
  const hasOutcome = 'success' in result || 'completion' in result;
  if (defined && hasOutcome && !cats.includes(CATEGORY.moveon)) {
    v('9.6.2.2-1', `${verb}: result.success/completion without the moveOn category`);
  }
  if (cats.includes(CATEGORY.moveon) && !(defined && hasOutcome)) {
    v('9.6.2.2-2', `${label}: moveOn category on a statement without result.success/completion`);
  }

  // Result.
  if (defined) {
    if (verb === 'completed' && result.completion !== true) v('9.5.3.0-1', 'completed without result.completion true');
    if (verb !== 'completed' && 'completion' in result) v('9.5.3.0-2', `${verb} has result.completion`);
    if (verb === 'passed' && result.success !== true) v('9.5.2.0-1', 'passed without result.success true');
    if (verb === 'failed' && result.success !== false) v('9.5.2.0-2', 'failed without result.success false');
    if (!['passed', 'failed'].includes(verb) && 'success' in result) v('9.5.2.0-3', `${verb} has result.success`);
    if (!['passed', 'failed'].includes(verb) && 'score' in result) v('9.5.1.0-2', `${verb} has result.score`);
    const durationRule = { terminated: '9.5.4.1-1', completed: '9.5.4.1-2', passed: '9.5.4.1-3', failed: '9.5.4.1-4' }[verb];
    if (durationRule && !result.duration) v(durationRule, `${verb} without result.duration`);
  }
  const score = result.score;
  if (score && 'raw' in score) {
    if (!('min' in score)) v('9.5.1.0-3', `${label}: score.raw without score.min`);
    if (!('max' in score)) v('9.5.1.0-3', `${label}: score.raw without score.max`);
  }

  // masteryScore.
  if (defined && (verb === 'passed' || verb === 'failed')) {
    const mastery = session.masteryScore;
    const sent = ext[EXT.masteryscore];
    if (mastery !== undefined && mastery !== null) {
      if (sent !== mastery) {
        v('9.6.3.2-2', `${verb}: masteryscore extension is ${JSON.stringify(sent)}, LMS.LaunchData says ${mastery}`);
      }
      const scaled = score?.scaled;
      if (typeof scaled === 'number') {
        if (verb === 'passed' && scaled < mastery) v('9.3.4.0-2', `passed with score.scaled ${scaled} < masteryScore ${mastery}`);
        if (verb === 'failed' && scaled >= mastery) v('9.3.5.0-2', `failed with score.scaled ${scaled} >= masteryScore ${mastery}`);
      }
    } else if (sent !== undefined) {
      v('9.6.3.2-2', `${verb}: masteryscore extension ${JSON.stringify(sent)} but LMS.LaunchData has no masteryScore`);
    }
  }

  return out.concat(xapiValidationViolations(statement));
}

/** Update the bookkeeping after `statement` was accepted for `session` / `registration`. */
export function recordStatement(statement, session, registration, now = new Date()) {
  const state = session.state;
  const verb = cmi5VerbOf(statement);
  state.statementCount += 1;
  state.lastStatementAt = now;
  if (verb === 'initialized') state.initialized = true;
  if (verb === 'terminated') state.terminated = true;
  if (isCmi5Defined(statement, session)) {
    state.verbs.add(verb);
    if (verb === 'completed') registration.completed = true;
    if (verb === 'passed') registration.passed = true;
    if (verb === 'failed') registration.failed = true;
  }
}
