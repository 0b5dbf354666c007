// Starts and stops the real xAPI LRS for tests: xapi-rs 0.3.2 (installed by
// scripts/lrs/install.sh) on a throwaway PostgreSQL cluster in a temp dir. Owns the
// cluster's life (initdb, start, database `xapi`, the `uuidv7()` function the migrations
// need), xapi-rs's `.env`, its process, and clean-up on stop(), process exit and SIGINT.
// Nothing cmi5 lives here: the LRS speaks xAPI 2.0.0 only.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const XAPI_RS_VERSION = '0.3.2';
export const XAPI_VERSION = '2.0.0';

const SETUP_HINT = 'run scripts/setup.sh';
const LRS_ROOT_EMAIL = 'admin@my.xapi.net';
const LRS_ROOT_PASSWORD = 'password';

/** The uuidv7() that PostgreSQL 18 has built in, for 15: epoch ms over a random v4 UUID. */
const UUIDV7_SQL =
  'CREATE FUNCTION uuidv7() RETURNS uuid LANGUAGE sql VOLATILE AS $$ SELECT encode(set_bit(set_bit(' +
  "overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6)" +
  ", 52, 1), 53, 1), 'hex')::uuid $$;";

class LrsStartError extends Error {
  constructor(step, message, log = '') {
    super(`startLrs: ${step} failed: ${message}${log ? `\n--- ${step} output ---\n${log.trim().slice(-3000)}` : ''}`);
    this.step = step;
  }
}

function which(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {}
  }
  return null;
}

/** The directory holding initdb, pg_ctl, postgres and psql of one PostgreSQL version. */
function findPgBin() {
  const onPath = which('initdb');
  const candidates = [];
  if (onPath) candidates.push(path.dirname(fs.realpathSync(onPath)));
  try {
    const versions = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(`/usr/lib/postgresql/${v}/bin`);
  } catch {}
  for (const dir of candidates) {
    if (['initdb', 'pg_ctl', 'postgres', 'psql'].every((b) => fs.existsSync(path.join(dir, b)))) return dir;
  }
  throw new LrsStartError('finding PostgreSQL', `no initdb/pg_ctl/postgres/psql found (PATH, /usr/lib/postgresql/*/bin): ${SETUP_HINT}`);
}

/** The xapi-rs binary and the crate sources it reads at run time (plugins, .env.template). */
function findXapiRs() {
  const bin = which('xapi-rs') ?? path.join(os.homedir(), '.cargo', 'bin', 'xapi-rs');
  if (!fs.existsSync(bin)) throw new LrsStartError('finding xapi-rs', `${bin} is missing: ${SETUP_HINT}`);
  const registry = path.join(process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo'), 'registry', 'src');
  let crateDir = null;
  try {
    for (const index of fs.readdirSync(registry)) {
      const d = path.join(registry, index, `xapi-rs-${XAPI_RS_VERSION}`);
      if (fs.existsSync(path.join(d, '.env.template'))) crateDir = d;
    }
  } catch {}
  if (!crateDir) {
    throw new LrsStartError('finding xapi-rs', `the xapi-rs-${XAPI_RS_VERSION} crate sources are not in ${registry} (its hashing plugins load from there): ${SETUP_HINT}`);
  }
  return { bin, crateDir };
}

/** A port that is free right now on 127.0.0.1 (never 5432: the OS hands out ephemeral ones). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function postgresUser() {
  if (process.getuid?.() !== 0) return null; // initdb and postgres refuse to run as root
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    throw new LrsStartError('preparing PostgreSQL', `running as root and there is no "postgres" user to run initdb as: ${SETUP_HINT}`);
  }
}

/** Run a PostgreSQL server tool, as user postgres when we are root. */
function runPg(pgUser, bin, args, step) {
  const [cmd, argv] = pgUser ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: '/' });
  if (r.error) throw new LrsStartError(step, r.error.message);
  if (r.status !== 0) throw new LrsStartError(step, `${path.basename(bin)} exited with ${r.status}`, `${r.stdout}${r.stderr}`);
  return r.stdout;
}

function psql(pgBin, port, db, sql, step) {
  const r = spawnSync(
    path.join(pgBin, 'psql'),
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', db, '-c', sql],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new LrsStartError(step, `psql exited with ${r.status}`, `${r.stdout}${r.stderr}`);
}

/** xapi-rs's .env: the crate's template with our database, port and mode filled in. */
function writeEnv(crateDir, dir, { pgPort, lrsPort }) {
  const set = {
    DB_SERVER_URL: `"postgresql://postgres@127.0.0.1:${pgPort}"`,
    DB_NAME: '"xapi"',
    DB_MAX_CONNECTIONS: '4',
    DB_MIN_CONNECTIONS: '1',
    LRS_HOST: '"127.0.0.1"',
    LRS_PORT: String(lrsPort),
    LRS_MODE: '"legacy"',
    LRS_EXTERNAL_URL: `"http://127.0.0.1:${lrsPort}/"`,
    LRS_ROOT_EMAIL: `"${LRS_ROOT_EMAIL}"`,
    LRS_ROOT_PASSWORD: `"${LRS_ROOT_PASSWORD}"`,
    RUST_LOG: '"error"',
    RUST_BACKTRACE: '0',
  };
  const template = fs.readFileSync(path.join(crateDir, '.env.template'), 'utf8');
  const seen = new Set();
  const lines = template.split('\n').map((line) => {
    const m = /^\s*([A-Z_][A-Z0-9_]*)\s*=/.exec(line);
    if (!m || !(m[1] in set)) return line;
    seen.add(m[1]);
    return `${m[1]}=${set[m[1]]}`;
  });
  for (const [k, v] of Object.entries(set)) if (!seen.has(k)) lines.push(`${k}=${v}`);
  fs.writeFileSync(path.join(dir, '.env'), lines.join('\n'));
}

async function waitUntilAnswering(url, child, output, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new LrsStartError('starting xapi-rs', `it exited with ${child.exitCode ?? child.signalCode} before answering`, output());
    }
    try {
      const res = await fetch(`${url}about`, { headers: { 'X-Experience-API-Version': XAPI_VERSION } });
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new LrsStartError('starting xapi-rs', `no answer from ${url}about within ${timeoutMs} ms`, output());
}

const live = new Set(); // stop functions of LRSs not yet stopped, for exit/SIGINT clean-up
let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => {
    for (const stopNow of live) stopNow();
  });
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      for (const stopNow of live) stopNow();
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

/**
 * Start xapi-rs on a fresh PostgreSQL cluster.
 * @returns {Promise<{url: string, authorization: string, headers: object, version: string,
 *   pgPort: number, dir: string, timings: object, output: () => string, stop: () => Promise<void>}>}
 *   `url` is the xAPI base endpoint (ends with "/"); `headers` holds the version and
 *   Basic credentials to send (legacy mode accepts any, the root user's are sent).
 */
export async function startLrs({ timeoutMs = 20_000 } = {}) {
  const pgBin = findPgBin();
  const { bin: xapiRs, crateDir } = findXapiRs();
  const pgUser = postgresUser();
  installExitHooks();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twofold-lrs-'));
  fs.chmodSync(dir, 0o755); // the postgres user must reach its data dir inside
  const pgData = path.join(dir, 'pg');
  const lrsDir = path.join(dir, 'lrs');
  fs.mkdirSync(pgData, { mode: 0o700 });
  for (const d of ['logs', 'static']) fs.mkdirSync(path.join(lrsDir, d), { recursive: true });
  if (pgUser) fs.chownSync(pgData, pgUser.uid, pgUser.gid);

  let child = null;
  let stopped = false;
  const killPostgres = (signal) => {
    try {
      const pid = Number(fs.readFileSync(path.join(pgData, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, signal);
      return pid;
    } catch {
      return null;
    }
  };
  // Synchronous, for process exit: immediate shutdown, then remove what we can.
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    live.delete(stopNow);
    if (child && child.exitCode === null) child.kill('SIGKILL');
    killPostgres('SIGQUIT');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  live.add(stopNow);

  const timings = {};
  let mark = performance.now();
  const lap = (name) => {
    const now = performance.now();
    timings[name] = Math.round(now - mark);
    mark = now;
  };
  try {
    runPg(pgUser, path.join(pgBin, 'initdb'), ['-D', pgData, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'], 'initdb');
    lap('initdbMs');
    const pgPort = await freePort();
    runPg(
      pgUser,
      path.join(pgBin, 'pg_ctl'),
      ['-D', pgData, '-l', path.join(pgData, 'server.log'), '-w', '-t', '30', '-o',
        `-p ${pgPort} -k ${pgData} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start'],
      'pg_ctl start',
    );
    lap('postgresStartMs');
    psql(pgBin, pgPort, 'postgres', 'CREATE DATABASE xapi', 'creating database xapi');
    psql(pgBin, pgPort, 'xapi', UUIDV7_SQL, 'creating uuidv7()');

    lap('createDbMs');
    const lrsPort = await freePort();
    writeEnv(crateDir, lrsDir, { pgPort, lrsPort });
    let output = '';
    child = spawn(xapiRs, [], {
      cwd: lrsDir,
      env: {
        ...process.env,
        CARGO_MANIFEST_DIR: lrsDir,
        ROCKET_SECRET_KEY: randomBytes(32).toString('base64'),
        ROCKET_ADDRESS: '127.0.0.1',
        ROCKET_PORT: String(lrsPort),
        ROCKET_LOG_LEVEL: 'critical',
        ROCKET_CLI_COLORS: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b) => {
      output = (output + b.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', keep);
    const url = `http://127.0.0.1:${lrsPort}/`;
    await waitUntilAnswering(url, child, () => output, timeoutMs);
    lap('xapiRsStartMs');

    const authorization = `Basic ${Buffer.from(`${LRS_ROOT_EMAIL}:${LRS_ROOT_PASSWORD}`).toString('base64')}`;
    return {
      url,
      authorization,
      version: XAPI_VERSION,
      headers: { 'X-Experience-API-Version': XAPI_VERSION, Authorization: authorization },
      pgPort,
      dir,
      timings,
      output: () => output,
      async stop() {
        if (stopped) return;
        stopped = true;
        live.delete(stopNow);
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          let timer;
          await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
          clearTimeout(timer);
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        }
        // Fast shutdown; postgres removes postmaster.pid when it is done.
        const pidFile = path.join(pgData, 'postmaster.pid');
        if (killPostgres('SIGINT')) {
          for (let i = 0; fs.existsSync(pidFile) && i < 100; i++) await new Promise((r) => setTimeout(r, 50));
          if (fs.existsSync(pidFile)) killPostgres('SIGQUIT');
        }
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    stopNow();
    throw e instanceof LrsStartError ? e : new LrsStartError('starting the LRS', e.message);
  }
}
