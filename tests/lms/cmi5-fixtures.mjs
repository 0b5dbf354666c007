// A hand-written cmi5 AU, for the test LMS's self-test and as the reference for what the
// widget must send. Owns: reading the launch URL, the one-time token fetch, the AU's xAPI
// requests (as a cmi5 AU makes them: X-Experience-API-Version 1.0.3, Basic <token>), and
// builders for correct cmi5 statements (initialized, answered as choice or matching,
// completed, passed/failed with the masteryscore extension, terminated). Builders return
// plain statements, so a test can break one field and send it.
import { randomUUID } from 'node:crypto';
import { CATEGORY, EXT, LAUNCH_DATA, LEARNER_PREFERENCES, VERB } from './cmi5-rules.mjs';

export const AU_XAPI_VERSION = '1.0.3';

/** The five cmi5 launch parameters of a launch URL (8.1). */
export function parseLaunchUrl(launchUrl) {
  const q = new URL(launchUrl).searchParams;
  const get = (name) => {
    const v = q.get(name);
    if (v === null) throw new Error(`launch URL has no ${name}`);
    return v;
  };
  return {
    endpoint: get('endpoint'),
    fetch: get('fetch'),
    actor: JSON.parse(get('actor')),
    registration: get('registration'),
    activityId: get('activityId'),
  };
}

/** ISO 8601 duration for milliseconds, e.g. 83_500 → "PT1M23.5S". */
export function isoDuration(ms) {
  const totalSeconds = Math.max(0, ms) / 1000;
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = Math.round((totalSeconds % 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

function verb(key) {
  // Open edX's xblock reads display.en, others en-US: send both.
  return { id: VERB[key], display: { 'en-US': key, en: key } };
}

/**
 * The context of an AU statement: the LMS's contextTemplate (session id extension,
 * publisher id in grouping) plus registration, with categories and extensions added.
 */
export function auContext(launch, launchData, { categories = [], extensions = {} } = {}) {
  const context = structuredClone(launchData.contextTemplate ?? {});
  context.registration = launch.registration;
  const ca = (context.contextActivities ??= {});
  if (categories.length) {
    ca.category = [...(ca.category ?? []), ...categories.map((id) => ({ id, objectType: 'Activity' }))];
  }
  context.extensions = { ...(context.extensions ?? {}), ...extensions };
  return context;
}

/**
 * A cmi5 defined statement about the AU (9.x): actor and object from the launch, cmi5
 * category, moveOn category when the result has success or completion, UTC timestamp.
 */
export function cmi5Statement(key, launch, launchData, { result, extensions, timestamp = new Date() } = {}) {
  const categories = [CATEGORY.cmi5];
  if (result && ('success' in result || 'completion' in result)) categories.push(CATEGORY.moveon);
  const st = {
    id: randomUUID(),
    actor: structuredClone(launch.actor),
    verb: verb(key),
    object: { objectType: 'Activity', id: launch.activityId },
    context: auContext(launch, launchData, { categories, extensions }),
    timestamp: new Date(timestamp).toISOString(),
  };
  if (result) st.result = result;
  return st;
}

export const initialized = (launch, launchData, opts) => cmi5Statement('initialized', launch, launchData, opts);

export const completed = (launch, launchData, { durationMs, ...opts }) =>
  cmi5Statement('completed', launch, launchData, { ...opts, result: { completion: true, duration: isoDuration(durationMs) } });

function judged(key, success, launch, launchData, { durationMs, scaled, raw, min, max, ...opts }) {
  const result = { success, duration: isoDuration(durationMs) };
  if (scaled !== undefined || raw !== undefined) {
    result.score = {};
    if (scaled !== undefined) result.score.scaled = scaled;
    if (raw !== undefined) Object.assign(result.score, { raw, min, max });
  }
  const extensions = {};
  if (launchData.masteryScore !== undefined) extensions[EXT.masteryscore] = launchData.masteryScore;
  return cmi5Statement(key, launch, launchData, { ...opts, result, extensions });
}

/** passed, judged against LMS.LaunchData's masteryScore (extension included when it has one). */
export const passed = (launch, launchData, opts) => judged('passed', true, launch, launchData, opts);
/** failed, judged against LMS.LaunchData's masteryScore (extension included when it has one). */
export const failed = (launch, launchData, opts) => judged('failed', false, launch, launchData, opts);

export const terminated = (launch, launchData, { durationMs, ...opts }) =>
  cmi5Statement('terminated', launch, launchData, { ...opts, result: { duration: isoDuration(durationMs) } });

/**
 * A cmi5 allowed "answered" statement about one question (not the AU): no cmi5 category,
 * contextTemplate kept, the AU as parent.
 */
export function answered(launch, launchData, { questionId, definition, response, success, timestamp = new Date() }) {
  const context = auContext(launch, launchData);
  context.contextActivities.parent = [{ objectType: 'Activity', id: launch.activityId }];
  return {
    id: randomUUID(),
    actor: structuredClone(launch.actor),
    verb: verb('answered'),
    object: {
      objectType: 'Activity',
      id: `${launch.activityId}/question/${encodeURIComponent(questionId)}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/cmi.interaction', ...definition },
    },
    result: { response, success },
    context,
    timestamp: new Date(timestamp).toISOString(),
  };
}

/** One card sorted into a pile, as a `choice` interaction with the piles as choices. */
export function answeredChoice(launch, launchData, { card, piles, chosen, correct }) {
  return answered(launch, launchData, {
    questionId: card,
    definition: {
      name: { 'en-US': card, en: card },
      interactionType: 'choice',
      choices: piles.map((id) => ({ id, description: { 'en-US': id, en: id } })),
      correctResponsesPattern: [correct],
    },
    response: chosen,
    success: chosen === correct,
  });
}

/** A whole sort as a `matching` interaction: cards are sources, piles are targets. */
export function answeredMatching(launch, launchData, { questionId, cards, piles, placed, correct }) {
  const pairs = (m) => Object.entries(m).map(([c, p]) => `${c}[.]${p}`).join('[,]');
  const d = (id) => ({ id, description: { 'en-US': id, en: id } });
  return answered(launch, launchData, {
    questionId,
    definition: {
      name: { 'en-US': questionId, en: questionId },
      interactionType: 'matching',
      source: cards.map(d),
      target: piles.map(d),
      correctResponsesPattern: [pairs(correct)],
    },
    response: pairs(placed),
    success: pairs(placed) === pairs(correct),
  });
}

/**
 * The AU's side of the wire. `start()` does what an AU does first: POST the fetch URL,
 * read LMS.LaunchData and cmi5LearnerPreferences.
 */
export class AuClient {
  constructor(launchUrl) {
    this.launch = parseLaunchUrl(launchUrl);
    this.token = null;
    this.launchData = null;
    this.preferences = null;
    this.startedAt = Date.now();
  }

  /** POST (or `method`) to the fetch URL; returns { status, body }. */
  async fetchToken(method = 'POST') {
    const res = await fetch(this.launch.fetch, { method });
    const text = await res.text();
    let body = text;
    try {
      body = JSON.parse(text);
    } catch {}
    if (res.ok && body?.['auth-token']) this.token = body['auth-token'];
    return { status: res.status, body, contentType: res.headers.get('content-type') };
  }

  /** An xAPI request to the endpoint; `query` values that are objects are sent as JSON. */
  async request(method, resource, { query = {}, body, headers = {} } = {}) {
    const url = new URL(resource, this.launch.endpoint);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    const h = { 'X-Experience-API-Version': AU_XAPI_VERSION, ...headers };
    if (this.token) h.Authorization = `Basic ${this.token}`;
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const res = await fetch(url, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, json, text, headers: res.headers };
  }

  stateQuery(stateId) {
    const { activityId, actor, registration } = this.launch;
    return { activityId, agent: actor, registration, stateId };
  }

  async start() {
    const t = await this.fetchToken();
    if (!this.token) throw new Error(`fetch gave no auth-token: ${JSON.stringify(t.body)}`);
    const ld = await this.request('GET', 'activities/state', { query: this.stateQuery(LAUNCH_DATA) });
    if (ld.status !== 200) throw new Error(`reading ${LAUNCH_DATA} answered ${ld.status}: ${ld.text}`);
    this.launchData = ld.json;
    const prefs = await this.request('GET', 'agents/profile', {
      query: { agent: this.launch.actor, profileId: LEARNER_PREFERENCES },
    });
    this.preferences = prefs.status === 200 ? prefs.json : null;
    return this;
  }

  /** Send statements (one or an array) with POST; returns the response. */
  send(statements) {
    return this.request('POST', 'statements', { body: statements });
  }

  elapsedMs() {
    return Date.now() - this.startedAt;
  }

  // Builders bound to this launch.
  initialized(opts) { return initialized(this.launch, this.launchData, opts); }
  completed(opts = {}) { return completed(this.launch, this.launchData, { durationMs: this.elapsedMs(), ...opts }); }
  passed(opts = {}) { return passed(this.launch, this.launchData, { durationMs: this.elapsedMs(), ...opts }); }
  failed(opts = {}) { return failed(this.launch, this.launchData, { durationMs: this.elapsedMs(), ...opts }); }
  terminated(opts = {}) { return terminated(this.launch, this.launchData, { durationMs: this.elapsedMs(), ...opts }); }
  answeredChoice(opts) { return answeredChoice(this.launch, this.launchData, opts); }
  answeredMatching(opts) { return answeredMatching(this.launch, this.launchData, opts); }
}
