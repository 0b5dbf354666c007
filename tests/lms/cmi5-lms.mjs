// The project's own cmi5 test LMS: plays the LMS side of a cmi5 launch in front of the real
// LRS (xapi-rs, from lrs.mjs). Owns: the HTTP server (the AU's files, the one-time fetch
// URL, the /lrs/ endpoint proxied to xapi-rs, the returnURL page), the launch (LMS.LaunchData,
// cmi5LearnerPreferences, the `launched` statement, `abandoned` for a session left open),
// the AU sessions and their tokens, and the test controls (violations, LRS failures, reads
// of what the LRS stored). The cmi5 rules themselves live in cmi5-rules.mjs.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  CATEGORY,
  EXT,
  LAUNCH_DATA,
  LEARNER_PREFERENCES,
  VERB,
  checkStatement,
  newRegistrationState,
  newSessionState,
  recordStatement,
  violation,
} from './cmi5-rules.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const LRS_PREFIX = '/lrs/';
const FETCH_PREFIX = '/lms/fetch/';
const RETURN_PATH = '/lms/return';
const LAUNCH_MODES = ['Normal', 'Browse', 'Review'];
const MOVE_ON = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'];

/** The first AU of `auRoot/cmi5.xml`, when the package has one (course structure, 13.1.4). */
export function readCourseStructure(auRoot) {
  let xml;
  try {
    xml = fs.readFileSync(path.join(auRoot, 'cmi5.xml'), 'utf8');
  } catch {
    return null;
  }
  const au = /<au\b([^>]*)>([\s\S]*?)<\/au>/.exec(xml);
  if (!au) return null;
  const attr = (name) => new RegExp(`\\b${name}="([^"]*)"`).exec(au[1])?.[1];
  const element = (name) => new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(au[2])?.[1]?.trim();
  const unescape = (s) => s?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const mastery = attr('masteryScore');
  return {
    auId: unescape(attr('id')),
    url: unescape(element('url')),
    moveOn: attr('moveOn'),
    masteryScore: mastery === undefined ? undefined : Number(mastery),
    launchMethod: attr('launchMethod'),
    launchParameters: unescape(element('launchParameters')),
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res, status, body = '', headers = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  if (typeof body === 'object' && !Buffer.isBuffer(body)) headers = { 'Content-Type': 'application/json', ...headers };
  res.writeHead(status, { 'Content-Length': buf.length, 'Cache-Control': 'no-store', ...headers });
  res.end(buf);
}

function sameAccount(a, b) {
  return !!a?.account && !!b?.account && a.account.homePage === b.account.homePage && a.account.name === b.account.name;
}

function parseJson(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: e.message };
  }
}

/**
 * Start the test LMS.
 * `auOrigins`: the origins of AUs hosted elsewhere (remote AUs, their `url` absolute) whose
 * requests the endpoint and the fetch URL answer across origins (CORS), as an LMS that
 * launches remote AUs does; a request from any other origin gets no CORS headers, so the
 * browser keeps its answer from the AU.
 * @param {{ lrs: {url: string, headers: object}, auRoot: string, host?: string, port?: number, auOrigins?: string[] }} opts
 */
export async function startCmi5Lms({ lrs, auRoot, host = '127.0.0.1', port = 0, auOrigins = [] }) {
  if (!lrs?.url || !lrs?.headers) throw new Error('startCmi5Lms: pass { lrs } from startLrs()');
  if (!auRoot || !fs.statSync(auRoot, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`startCmi5Lms: auRoot ${auRoot} is not a directory`);
  }
  const root = path.resolve(auRoot);
  const course = readCourseStructure(root);

  const sessions = new Map(); // sessionId → session
  const byToken = new Map(); // auth token → session
  const byFetchId = new Map(); // fetch id → session
  const registrations = new Map(); // `${registration} ${activityId}` → registration bookkeeping
  const seenStatements = new Map(); // statement id → JSON as first accepted (retries are not re-checked)
  const violations = [];
  const returnVisits = [];
  const requestLog = [];
  let failure = null; // { status, remaining, untilCleared, hang, match }
  const hung = new Set();

  const note = (v, session) => violations.push({ ...v, sessionId: session?.id ?? null, registration: session?.registration ?? null, at: new Date().toISOString() });

  // --- talking to the LRS as the LMS -------------------------------------------------------
  async function lrsFetch(method, resource, { query = {}, body, headers = {} } = {}) {
    const url = new URL(resource, lrs.url);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    const h = { ...lrs.headers, ...headers };
    if (body !== undefined) h['Content-Type'] = 'application/json';
    const res = await fetch(url, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, text, headers: res.headers };
  }

  /** PUT a JSON document (State or Agent Profile), with the xAPI 2.0 precondition headers. */
  async function putDocument(resource, query, doc) {
    const current = await lrsFetch('GET', resource, { query });
    const etag = current.status === 200 ? current.headers.get('etag') : null;
    const headers = etag ? { 'If-Match': etag } : { 'If-None-Match': '*' };
    const r = await lrsFetch('PUT', resource, { query, body: doc, headers });
    if (r.status >= 300) throw new Error(`cmi5 LMS: PUT ${resource} ${JSON.stringify(query)} → ${r.status} ${r.text}`);
  }

  async function postLmsStatement(statement) {
    const r = await lrsFetch('POST', 'statements', { body: statement });
    if (r.status >= 300) throw new Error(`cmi5 LMS: storing its ${statement.verb.id} statement → ${r.status} ${r.text}`);
  }

  function lmsStatement(session, verbKey, { result, extensions = {} } = {}) {
    const context = structuredClone(session.contextTemplate);
    context.registration = session.registration;
    context.contextActivities.category = [{ objectType: 'Activity', id: CATEGORY.cmi5 }];
    Object.assign(context.extensions, extensions);
    const st = {
      id: randomUUID(),
      actor: session.actor,
      verb: { id: VERB[verbKey], display: { 'en-US': verbKey, en: verbKey } },
      object: { objectType: 'Activity', id: session.activityId },
      context,
      timestamp: new Date().toISOString(),
    };
    if (result) st.result = result;
    return st;
  }

  function registrationState(session) {
    const key = `${session.registration} ${session.activityId}`;
    if (!registrations.has(key)) registrations.set(key, newRegistrationState());
    return registrations.get(key);
  }

  // --- the launch ----------------------------------------------------------------------------
  async function abandon(session) {
    const last = session.state.lastStatementAt ?? session.launchedAt;
    const seconds = Math.max(0, (last - session.launchedAt) / 1000);
    session.state.abandoned = true;
    await postLmsStatement(lmsStatement(session, 'abandoned', { result: { duration: `PT${Math.round(seconds * 100) / 100}S` } }));
  }

  async function launch({
    auUrl = course?.url ?? 'index.html',
    publisherId = course?.auId ?? 'https://twofold.invalid/cmi5/au',
    activityId,
    launchMode = 'Normal',
    masteryScore = course?.masteryScore,
    moveOn = course?.moveOn ?? 'CompletedOrPassed',
    launchParameters = course?.launchParameters,
    returnURL,
    languagePreference = 'en-US',
    audioPreference = 'on',
    actor,
    registration = randomUUID(),
  } = {}) {
    if (!LAUNCH_MODES.includes(launchMode)) throw new Error(`launch: launchMode must be one of ${LAUNCH_MODES.join(', ')}`);
    if (!MOVE_ON.includes(moveOn)) throw new Error(`launch: moveOn must be one of ${MOVE_ON.join(', ')}`);
    if (masteryScore !== undefined && !(masteryScore >= 0 && masteryScore <= 1)) throw new Error('launch: masteryScore must be in 0..1');
    // 8.1.5.0-1/-3/-4: unique to the AU, not its publisher id, the same on every launch.
    activityId ??= `${origin}/lms/activity/${encodeURIComponent(publisherId)}`;
    actor ??= { objectType: 'Agent', name: 'Test Learner', account: { homePage: origin, name: 'learner-1' } };
    const sessionId = randomUUID();
    if (returnURL === undefined) returnURL = `${origin}${RETURN_PATH}?session=${sessionId}`;
    else if (returnURL !== null) returnURL = new URL(returnURL, `${origin}/`).href;

    // A session of this registration left open is abandoned (9.3.6.0-1) before the new one.
    for (const s of sessions.values()) {
      if (s.registration === registration && s.activityId === activityId && !s.state.terminated && !s.state.abandoned) await abandon(s);
    }

    const contextTemplate = {
      contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] },
      extensions: { [EXT.sessionid]: sessionId },
    };
    const launchData = { contextTemplate, launchMode, moveOn };
    if (masteryScore !== undefined) launchData.masteryScore = masteryScore;
    if (returnURL !== null) launchData.returnURL = returnURL;
    if (launchParameters !== undefined) launchData.launchParameters = launchParameters;

    const auTarget = new URL(auUrl, `${origin}/`);
    const session = {
      id: sessionId,
      registration,
      activityId,
      publisherId,
      actor,
      launchMode,
      moveOn,
      masteryScore,
      returnURL,
      contextTemplate,
      launchData,
      fetchId: randomBytes(16).toString('hex'),
      token: null,
      launchedAt: new Date(),
      state: newSessionState(),
    };

    await putDocument('activities/state', { activityId, agent: actor, registration, stateId: LAUNCH_DATA }, launchData);
    await putDocument('agents/profile', { agent: actor, profileId: LEARNER_PREFERENCES }, { languagePreference, audioPreference });
    const extensions = { [EXT.launchmode]: launchMode, [EXT.launchurl]: auTarget.href, [EXT.moveon]: moveOn };
    if (masteryScore !== undefined) extensions[EXT.masteryscore] = masteryScore;
    if (launchParameters !== undefined) extensions[EXT.launchparameters] = launchParameters;
    await postLmsStatement(lmsStatement(session, 'launched', { extensions }));

    sessions.set(sessionId, session);
    byFetchId.set(session.fetchId, session);
    const params = {
      endpoint: `${origin}${LRS_PREFIX}`,
      fetch: `${origin}${FETCH_PREFIX}${session.fetchId}`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    };
    const query = Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    return `${auTarget.href}${auTarget.search ? '&' : '?'}${query}`;
  }

  // --- the one-time fetch URL (8.2) ----------------------------------------------------------
  function handleFetch(req, res, fetchId) {
    const session = byFetchId.get(fetchId);
    if (req.method === 'OPTIONS') return send(res, 204, '', { Allow: 'POST, OPTIONS' });
    if (req.method !== 'POST') {
      note(violation('8.2.1.0-2', `${req.method} on the fetch URL`), session);
      return send(res, 405, { 'error-code': '3', 'error-text': 'The fetch URL takes POST only (cmi5 8.2.1.0-2)' }, { Allow: 'POST, OPTIONS' });
    }
    if (!session) return send(res, 200, { 'error-code': '3', 'error-text': 'Unknown fetch URL' });
    if (session.token) {
      note(violation('8.2.3.0-1', 'the AU POSTed to the one-time fetch URL a second time (keep the token for reloads)'), session);
      return send(res, 200, { 'error-code': '1', 'error-text': 'The fetch URL was already used: it is one-time (cmi5 8.2.3.0-1)' });
    }
    session.token = randomBytes(24).toString('base64');
    byToken.set(session.token, session);
    return send(res, 200, { 'auth-token': session.token });
  }

  // --- the /lrs/ endpoint --------------------------------------------------------------------
  function failing(resource) {
    if (!failure) return null;
    if (failure.match && !failure.match.test(resource)) return null;
    const f = failure;
    if (!f.untilCleared) {
      f.remaining -= 1;
      if (f.remaining <= 0) failure = null;
    }
    return f;
  }

  function checkAgent(agentParam, session, id, what) {
    const agent = parseJson(agentParam ?? '');
    if (!agent.ok || !sameAccount(agent.value, session.actor)) {
      note(violation(id, `${what}: agent ${agentParam} is not the launch actor`), session);
    }
  }

  /** Checks on State and Agent Profile requests; returns a response to send instead, if any. */
  function checkDocumentRequest(method, resource, q, body, session) {
    const write = !['GET', 'HEAD'].includes(method);
    if (resource === 'activities/state') {
      checkAgent(q.get('agent'), session, '8.1.3.0-3', `${method} ${resource}`);
      if (q.has('registration') && q.get('registration') !== session.registration) {
        note(violation('8.1.4.0-3', `${method} ${resource}: registration ${q.get('registration')} is not the launch's`), session);
      }
      if (write && q.get('stateId') === LAUNCH_DATA) {
        note(violation('10.2.1.0-5', `${method} on ${LAUNCH_DATA} (refused with 403)`), session);
        return { status: 403, body: { error: `${LAUNCH_DATA} is read-only for the AU (cmi5 10.2.1.0-5)` } };
      }
      if (write && !q.has('stateId') && method === 'DELETE') {
        note(violation('10.2.1.0-5', `DELETE of all state documents would delete ${LAUNCH_DATA} (refused with 403)`), session);
        return { status: 403, body: { error: `${LAUNCH_DATA} is read-only for the AU (cmi5 10.2.1.0-5)` } };
      }
    }
    if (resource === 'agents/profile') {
      checkAgent(q.get('agent'), session, '11.0.0.0-1', `${method} ${resource}`);
      if (q.has('profileId') && q.get('profileId') !== LEARNER_PREFERENCES) {
        note(violation('11.0.0.0-4', `${method} ${resource}: profileId ${q.get('profileId')} is not ${LEARNER_PREFERENCES}`), session);
      }
      if (write && method !== 'DELETE' && q.get('profileId') === LEARNER_PREFERENCES) {
        const doc = parseJson(body.toString('utf8'));
        const ok = doc.ok && doc.value && typeof doc.value === 'object' && !Array.isArray(doc.value) &&
          'languagePreference' in doc.value && 'audioPreference' in doc.value;
        if (!ok) note(violation('11.0.0.0-5', `${method} ${LEARNER_PREFERENCES}: not a JSON object with languagePreference and audioPreference`), session);
      }
    }
    return null;
  }

  /** Run the cmi5 rules over the statements of one request; `commit()` keeps the bookkeeping. */
  function checkStatements(method, q, body, session) {
    const parsed = parseJson(body.toString('utf8'));
    if (!parsed.ok) {
      note(violation('xapi-validation', `statements body is not JSON: ${parsed.error}`), session);
      return { ids: [], commit: () => {} };
    }
    const list = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
    // Check against a copy of the bookkeeping; keep it only when the LRS stores them.
    const trial = { ...session, state: structuredClone(session.state) };
    const reg = registrationState(session);
    const trialReg = structuredClone(reg);
    const fresh = [];
    for (const st of list) {
      const id = st?.id ?? (method === 'PUT' ? q.get('statementId') : null);
      const json = JSON.stringify(st);
      if (id && seenStatements.has(id)) {
        if (seenStatements.get(id) !== json) note(violation('9.1.0.0-1', `statement id ${id} reused for a different statement`, id), session);
        continue; // a retry of a statement the LRS already has
      }
      for (const v of checkStatement(st, trial, trialReg, { idFromQuery: method === 'PUT' ? q.get('statementId') : undefined })) note(v, session);
      recordStatement(st, trial, trialReg);
      fresh.push([id, json]);
    }
    return {
      ids: list.map((st) => st?.id ?? q.get('statementId') ?? null),
      commit: () => {
        session.state = trial.state;
        Object.assign(reg, trialReg);
        for (const [id, json] of fresh) if (id) seenStatements.set(id, json);
      },
    };
  }

  async function handleLrs(req, res, url) {
    const resource = url.pathname.slice(LRS_PREFIX.length).replace(/\/+$/, '');
    const method = req.method;
    const body = await readBody(req);
    const entry = { method, resource, at: new Date().toISOString(), status: null };
    requestLog.push(entry);
    const answer = (status, b = '', h = {}) => {
      entry.status = status;
      send(res, status, b, h);
    };
    if (method === 'OPTIONS') {
      return answer(204, '', { Allow: 'GET, HEAD, PUT, POST, DELETE, OPTIONS' });
    }

    // 8.1.2.0-5: the fetched token in Authorization: Basic.
    const auth = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const session = auth ? byToken.get(auth) : undefined;
    if (!session) {
      note(violation('8.1.2.0-5', `${method} ${resource}: ${auth ? 'unknown token' : 'no Authorization: Basic <token>'}`));
      return answer(401, { error: 'Authorization: Basic <auth-token from the fetch URL> is required (cmi5 8.1.2.0-5)' }, { 'WWW-Authenticate': 'Basic realm="cmi5"' });
    }
    const isStatements = resource === 'statements';
    const write = !['GET', 'HEAD'].includes(method);
    if (write && !isStatements && (session.state.terminated || session.state.abandoned)) {
      note(violation('8.1.2.0-2', `${method} ${resource} after the session ${session.state.terminated ? 'terminated' : 'was abandoned'}`), session);
    }

    const f = failing(resource);
    if (f?.hang) {
      entry.status = 'hung';
      hung.add(res);
      res.on('close', () => hung.delete(res));
      return;
    }
    if (f) return answer(f.status, { error: `cmi5 test LMS: simulated LRS failure (${f.status})` });

    const q = url.searchParams;
    const refused = checkDocumentRequest(method, resource, q, body, session);
    if (refused) return answer(refused.status, refused.body);
    if (resource === 'agents/profile' && method === 'GET' && q.get('profileId') === LEARNER_PREFERENCES) {
      session.state.preferencesRead = true;
    }
    const checked = isStatements && (method === 'POST' || method === 'PUT') ? checkStatements(method, q, body, session) : null;

    // Forward: the AU speaks xAPI 1.0.3, xapi-rs only 2.0.0.
    const auVersion = req.headers['x-experience-api-version'];
    const headers = { Authorization: lrs.headers.Authorization };
    for (const h of ['content-type', 'if-match', 'if-none-match', 'accept-language']) if (req.headers[h]) headers[h] = req.headers[h];
    if (auVersion) headers['X-Experience-API-Version'] = /^1\.0(\.\d+)?$/.test(auVersion) ? lrs.version ?? '2.0.0' : auVersion;
    // xAPI 1.0.3 lets a State PUT overwrite without preconditions; 2.0.0 answers 409.
    if (resource === 'activities/state' && method === 'PUT' && /^1\./.test(auVersion ?? '') && !headers['if-match'] && !headers['if-none-match']) {
      const cur = await fetch(new URL(resource + url.search, lrs.url), { headers: lrs.headers });
      await cur.arrayBuffer();
      if (cur.status === 200 && cur.headers.get('etag')) headers['If-Match'] = cur.headers.get('etag');
    }
    let upstream;
    try {
      upstream = await fetch(new URL(resource + url.search, lrs.url), {
        method,
        headers,
        body: ['GET', 'HEAD'].includes(method) ? undefined : body,
      });
    } catch (e) {
      return answer(502, { error: `cmi5 test LMS: the LRS did not answer: ${e.message}` });
    }
    let upBody = Buffer.from(await upstream.arrayBuffer());
    if (upstream.ok) checked?.commit();
    else if (checked && upstream.status >= 400 && upstream.status < 500) {
      const detail = `xapi-rs refused ${method} statements with ${upstream.status}: ${upBody.toString('utf8').slice(0, 300)}`;
      note(violation('xapi-lrs', detail, checked.ids.length === 1 ? checked.ids[0] : checked.ids.join(', ') || null), session);
    }
    if (resource === 'about' && upstream.ok && /^1\./.test(auVersion ?? '')) {
      const about = parseJson(upBody.toString('utf8'));
      if (about.ok) upBody = Buffer.from(JSON.stringify({ ...about.value, version: [auVersion, ...about.value.version] }));
    }
    const out = {};
    for (const [k, v] of upstream.headers) {
      if (['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'server'].includes(k)) continue;
      out[k] = k === 'x-experience-api-version' && auVersion ? auVersion : v;
    }
    return answer(upstream.status, upBody, out);
  }

  // --- static files and the returnURL page -----------------------------------------------------
  function handleStatic(req, res, url) {
    if (!['GET', 'HEAD'].includes(req.method)) return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'Bad path');
    }
    let file = path.join(root, path.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'Forbidden');
    let stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      file = path.join(file, 'index.html');
      stat = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (!stat?.isFile()) return send(res, 404, 'Not found', { 'Content-Type': 'text/plain; charset=utf-8' });
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': stat.size, 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file).pipe(res);
  }

  function handleReturn(req, res, url) {
    returnVisits.push({ url: url.href, sessionId: url.searchParams.get('session'), at: new Date().toISOString() });
    send(res, 200, '<!doctype html><html lang="en"><meta charset="utf-8"><title>Back in the LMS</title><h1>Back in the LMS</h1>', {
      'Content-Type': 'text/html; charset=utf-8',
    });
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, origin);
      const from = req.headers.origin;
      if (from && auOrigins.includes(from)) {
        res.setHeader('Access-Control-Allow-Origin', from);
        res.setHeader('Vary', 'Origin');
        if (req.method === 'OPTIONS') {
          res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, PUT, POST, DELETE, OPTIONS');
          res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Experience-API-Version');
        }
      }
      if (url.pathname.startsWith(LRS_PREFIX)) return await handleLrs(req, res, url);
      if (url.pathname.startsWith(FETCH_PREFIX)) return handleFetch(req, res, url.pathname.slice(FETCH_PREFIX.length));
      if (url.pathname === RETURN_PATH || url.pathname.startsWith(`${RETURN_PATH}/`)) return handleReturn(req, res, url);
      return handleStatic(req, res, url);
    } catch (e) {
      if (!res.headersSent) send(res, 500, { error: `cmi5 test LMS: ${e.stack ?? e}` });
      else res.destroy();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const origin = `http://${host}:${server.address().port}`;

  const lastSession = () => [...sessions.values()].at(-1);
  const releaseHung = () => {
    for (const res of hung) res.destroy();
    hung.clear();
  };

  return {
    /** The LMS's origin: the AU's files, its endpoint and its fetch URL are all here. */
    url: origin,
    origin,
    endpoint: `${origin}${LRS_PREFIX}`,
    course,
    launch,
    /** Every rule broken so far: [{ id, text, statementId, detail, sessionId, registration, at }]. */
    violations: ({ registration, id } = {}) =>
      violations.filter((v) => (!registration || v.registration === registration) && (!id || v.id === id)).map((v) => ({ ...v })),
    clearViolations: () => void violations.splice(0),
    /**
     * Make /lrs/ answer `status` (or hang: no answer until restoreLrs(), then the socket
     * closes) for the next `count` requests, or until restoreLrs() with untilCleared.
     * `match` (a RegExp on the resource, e.g. /^statements$/) limits which requests fail.
     */
    failLrs({ status = 503, count = 1, untilCleared = false, hang = false, match } = {}) {
      failure = { status, remaining: count, untilCleared, hang, match };
    },
    restoreLrs() {
      failure = null;
      releaseHung();
    },
    /** The statements xapi-rs stored (ascending), for a registration and optionally a verb key or IRI. */
    async statements({ registration = lastSession()?.registration, verb, limit } = {}) {
      const query = { registration, ascending: 'true' };
      if (verb) query.verb = VERB[verb] ?? verb;
      if (limit) query.limit = String(limit);
      const out = [];
      let r = await lrsFetch('GET', 'statements', { query });
      for (;;) {
        if (r.status !== 200) throw new Error(`statements: xapi-rs answered ${r.status} ${r.text}`);
        const page = JSON.parse(r.text);
        out.push(...page.statements);
        if (!page.more || (limit && out.length >= limit)) break;
        r = await lrsFetch('GET', new URL(page.more, lrs.url).href);
      }
      return out;
    },
    /** A State document as stored (parsed JSON when it is JSON), or null. Defaults: the last launch's LMS.LaunchData. */
    async stateDocument({ stateId = LAUNCH_DATA, registration, activityId, agent } = {}) {
      const s = lastSession();
      const r = await lrsFetch('GET', 'activities/state', {
        query: { activityId: activityId ?? s?.activityId, agent: agent ?? s?.actor, registration: registration ?? s?.registration, stateId },
      });
      if (r.status === 404) return null;
      if (r.status !== 200) throw new Error(`stateDocument: xapi-rs answered ${r.status} ${r.text}`);
      const j = parseJson(r.text);
      return j.ok ? j.value : r.text;
    },
    /** An Agent Profile document (default cmi5LearnerPreferences of the last launch's actor), or null. */
    async agentProfile({ profileId = LEARNER_PREFERENCES, agent } = {}) {
      const r = await lrsFetch('GET', 'agents/profile', { query: { agent: agent ?? lastSession()?.actor, profileId } });
      if (r.status === 404) return null;
      if (r.status !== 200) throw new Error(`agentProfile: xapi-rs answered ${r.status} ${r.text}`);
      const j = parseJson(r.text);
      return j.ok ? j.value : r.text;
    },
    /** The launches so far, newest last, with their cmi5 bookkeeping. */
    sessions: () =>
      [...sessions.values()].map((s) => ({
        sessionId: s.id,
        registration: s.registration,
        activityId: s.activityId,
        publisherId: s.publisherId,
        actor: s.actor,
        launchMode: s.launchMode,
        moveOn: s.moveOn,
        masteryScore: s.masteryScore,
        returnURL: s.returnURL,
        fetched: !!s.token,
        initialized: s.state.initialized,
        terminated: s.state.terminated,
        abandoned: s.state.abandoned,
        verbs: [...s.state.verbs],
      })),
    /** Whether the returnURL page was visited (by `sessionId`, or by any session). */
    returnVisited: (sessionId) => returnVisits.some((v) => !sessionId || v.sessionId === sessionId),
    returnVisits: () => returnVisits.map((v) => ({ ...v })),
    /** Every /lrs/ request: { method, resource, at, status } (status 'hung' for held ones). */
    requests: () => requestLog.map((r) => ({ ...r })),
    async stop() {
      releaseHung();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
