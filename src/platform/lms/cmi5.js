// cmi5's transport, for the cmi5 packages only: the wasm of the `lms-cmi5` build imports it
// (a wasm-bindgen snippet, `cmi5.rs`), so neither the plain page nor the SCORM packages load
// it. What is sent, and when, is the core's (core/src/report/: the statements, written as
// JSON text); this carries it out:
// - `launch(stateId)`: the launch URL's five parameters (none missing: else undefined, not a cmi5
//   launch), the session's token (POSTed for once, then kept for this tab, so a reload goes
//   on with the same session; in memory only where storage is blocked), LMS.LaunchData,
//   the learner's preferences (read before anything is sent, cmi5 11.0.0.0-3) and the AU's
//   own state document (or, newer, the one this tab still had queued when it was left). A
//   promise of [actor, registration, activityId, launch data, state or null, the
//   preferences' languagePreference as the LMS wrote it (undefined: no preferences, not
//   JSON; the wasm takes only a string), whether the token is in memory only]; rejected with the reason the launch cannot be
//   reported against.
// - `send(at, body, back)`: queues the POST of the statement that happened at `at` (epoch
//   ms), or (`at` negative) the PUT of the state document, then `back` (the returnURL, after
//   terminated) if given. A statement comes without `id` and `timestamp`; they are set here,
//   first in the object: a fresh version 4 UUID from `crypto.getRandomValues` (cmi5
//   9.1.0.0-1: the AU sets it; kept on every retry, so a statement sent again is the same
//   statement, which the LRS keeps once) and `at` as `Date.toISOString` writes it, UTC with
//   milliseconds (9.7.0.0-2). Both are JSON-safe text (hex digits and hyphens; digits and
//   `-:.TZ`), so they are written in as they are. The queue goes out one call at a time, in
//   order, as the core's outbox does for SCORM: a 2xx answer takes the next; a 4xx drops
//   that call (it can never succeed; the console says why) and takes the next; anything
//   else (5xx, no answer) keeps it and everything after it, and tries again after 1 s,
//   doubling to at most a minute, or as soon as another call is queued.
// - Hidden (`visibilitychange`) or left (`pagehide`), the page may never run again:
//   everything queued goes at once, with `keepalive` (the statements as one POST, in
//   order, a call on its way again; the newest state document alone), and what is still
//   unanswered is kept in the tab's session storage, so a reload sends it first (a
//   statement sent twice has the same id: the LRS keeps one).
// - `watch(told)`: `told(n)` from then on for what happens: 0 the page shown again, 1 hidden
//   (`visibilitychange`, or `pagehide` of a page kept for back/forward), 2 left for good
//   (`pagehide`, not kept), 3 a call failed (the learner's notice), 4 the LRS answers again.
//   The wasm holds no listener of its own (lifecycle.rs reads the numbers).
// Every xAPI request carries `Authorization: Basic <token>` and `X-Experience-API-Version:
// 1.0.3`; query values are percent-encoded; writes go with `keepalive` (a call made as the
// page is hidden or left still arrives); every request is aborted after 10 s
// (`AbortSignal.timeout`).

let endpoint, actor, registration, activityId, stateId, token, told, tab, key;
/** The calls not yet answered, in order: [the statements' ids (none: the state document),
 *  the body (statements comma-separated, POSTed as one array), the URL to open once
 *  stored]; those on their way. */
let queue = [];
const flying = new Set();
let failures = 0, retry;

/** One request: a promise of [status, text], [0, ''] for no answer. */
function request(url, init) {
  return fetch(url, { ...init, signal: AbortSignal.timeout(10000) })
    .then(async (r) => [r.status, await r.text()])
    .catch(() => [0, '']);
}

/** One xAPI request to `resource` with `query`. */
function xapi(method, resource, query, body, type) {
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3' };
  if (type) headers['Content-Type'] = type;
  const search = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return request(`${endpoint}${resource}?${search.join('&')}`, { method, headers, body, keepalive: !!body });
}

/** The State API's query for the document `id` of this registration. */
const stateQuery = (id) => ({ stateId: id, activityId, agent: actor, registration });
const state = (id) => xapi('GET', 'activities/state', stateQuery(id));

export function launch(ownStateId) {
  const q = new URLSearchParams(location.search);
  const given = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].map((n) => q.get(n));
  if (!given.every(Boolean)) return;
  let fetchUrl;
  [endpoint, fetchUrl, actor, registration, activityId] = given;
  endpoint = endpoint.replace(/\/?$/, '/');
  stateId = ownStateId;
  key = `twofold:cmi5-token:${registration}:${fetchUrl}`;
  return open(fetchUrl);
}

async function open(fetchUrl) {
  token = null;
  try {
    tab = sessionStorage;
    token = tab.getItem(key);
  } catch {
    tab = null;
  }
  if (!token) {
    const [status, text] = await request(fetchUrl, { method: 'POST' });
    if (status < 200 || status > 299) throw status ? `the fetch URL answered HTTP ${status}` : 'the fetch URL did not answer';
    let answer;
    try {
      answer = JSON.parse(text);
    } catch {
      throw "the fetch URL's answer is not JSON";
    }
    token = answer?.['auth-token'];
    if (!token || typeof token !== 'string') {
      const code = answer?.['error-code'];
      throw code == null ? "the fetch URL's answer has no auth-token" : `the fetch URL refused: error ${code} ${answer['error-text'] ?? ''}`.trim();
    }
    try {
      tab?.setItem(key, token);
    } catch {}
  }
  const [status, launchData] = await state('LMS.LaunchData');
  if (status !== 200) throw status ? `LMS.LaunchData: HTTP ${status}` : 'the LRS did not answer for LMS.LaunchData';
  const text = ([s, t]) => (s === 200 ? t : null);
  const preferences = text(await xapi('GET', 'agents/profile', { agent: actor, profileId: 'cmi5LearnerPreferences' }));
  let languages;
  try {
    languages = JSON.parse(preferences).languagePreference;
  } catch {}
  let own = text(await state(stateId));
  try {
    queue.unshift(...JSON.parse(tab.getItem(key + '+')));
    own = queue.findLast(([id]) => !id)?.[1] ?? own;
    pump();
  } catch {}
  return [actor, registration, activityId, launchData, own, languages, !tab];
}

export function watch(callback) {
  told = callback;
  const seen = (n) => {
    told(n);
    if (n) flush();
  };
  globalThis.addEventListener?.('pagehide', (e) => seen(e.persisted ? 1 : 2));
  globalThis.document?.addEventListener('visibilitychange', () => seen(+document.hidden));
}

/** Sends everything queued at once, if something is not on its way yet (a call still on
 *  its way goes again in the batch, so nothing overtakes it), and keeps what is unanswered
 *  for a reload of this tab. */
function flush() {
  const batch = queue.filter(([id]) => id);
  if (queue.some((call) => !flying.has(call))) {
    // Only `terminated` has a URL to open, and it is the last statement.
    queue = [queue.findLast(([id]) => !id), batch[0] && [batch.flatMap(([id]) => id), batch.map(([, body]) => body).join(), batch.at(-1)[2]]].filter(Boolean);
    queue.map(put);
  }
  try {
    tab?.setItem(key + '+', JSON.stringify(queue));
  } catch {}
}

/** A version 4 UUID (RFC 4122 variant), lowercase: each `0` and `1` of the pattern a random
 *  hex digit, the `8` one of 8, 9, a, b; the `4` stays (the version). */
const uuid = () =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16),
  );

export function send(at, body, back) {
  let id;
  if (at >= 0) {
    id = uuid();
    body = `{"id":"${id}","timestamp":"${new Date(at).toISOString()}",${body.slice(1)}`;
  }
  queue.push([id && [id], body, back]);
  pump();
}

/** Sends the first call, unless one is on its way. */
function pump() {
  clearTimeout(retry);
  if (queue[0] && !flying.size) put(queue[0]);
}

async function put(call) {
  const [id, body, back] = call;
  flying.add(call);
  const [status] = await (id
    ? xapi('POST', 'statements', {}, `[${body}]`, 'application/json')
    : xapi('PUT', 'activities/state', stateQuery(stateId), body, 'text/plain'));
  flying.delete(call);
  const done = status > 199 && status < 300;
  if (done || (status > 399 && status < 500)) {
    queue = queue.filter((c) => c != call);
    if (!done) console.warn(`Twofold: the LRS refused ${id ? `statement ${id}` : `the state document "${stateId}"`} (HTTP ${status}); it was dropped and the rest is sent.`);
    else if (back) location.href = back;
    if (failures) told?.(4);
    failures = 0;
    pump();
  } else {
    told?.(3);
    clearTimeout(retry);
    retry = setTimeout(pump, Math.min(1000 * 2 ** failures++, 60000));
  }
}
