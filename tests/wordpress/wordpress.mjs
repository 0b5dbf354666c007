// Starts and stops a real WordPress for the blog-embed test (tests/e2e/wordpress.spec.mjs):
// Debian's WordPress 6.1, MariaDB 10.11 and PHP 8.2, unpacked by scripts/wordpress/install.sh
// into a private root (no system install, no root services), run from a temp dir on loopback
// ports of its own: a throwaway MariaDB datadir (`mariadb-install-db`, then `mariadbd`
// without grant tables, bound to 127.0.0.1), a site folder (WordPress's top-level PHP files
// copied, so our own wp-config.php is the one they load; its folders linked), a php.ini naming
// the extensions, WordPress installed by `wp_install()` from a PHP CLI script, then PHP's
// built-in web server. Owns all of it and cleans it up on stop(), process exit and SIGINT.
//
// The one filter, in a must-use plugin: `http_allowed_safe_ports` gains the widget server's
// port. WordPress fetches a provider's page and oEmbed file only on ports 80, 443 and 8080
// (here the widget runs on a free loopback port, 8080 being `make serve`'s); a widget served
// from a public https host needs no filter. The blog's host and the widget's are both
// `localhost`, so WordPress's loopback-address check does not apply, and
// WP_HTTP_BLOCK_EXTERNAL keeps it from calling anywhere else.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const SETUP_HINT = 'run scripts/setup.sh (scripts/wordpress/install.sh)';

/** Where scripts/wordpress/install.sh unpacked the packages. */
export function wordpressRoot() {
  const dir = process.env.TWOFOLD_WORDPRESS_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'twofold', 'wordpress');
  return path.join(dir, 'root');
}

class WordPressStartError extends Error {
  constructor(step, message, log = '') {
    super(`startWordPress: ${step} failed: ${message}${log ? `\n--- ${step} output ---\n${log.trim().slice(-3000)}` : ''}`);
  }
}

/** A port that is free right now on 127.0.0.1. */
function freePort() {
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const live = new Set();
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

const php = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function wpConfig({ dbPort, origin, widgetPort }) {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
// Written by tests/wordpress/wordpress.mjs: a throwaway blog on loopback.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`127.0.0.1:${dbPort}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_HOME', ${php(origin)});
define('WP_SITEURL', ${php(origin)});
define('WP_CONTENT_DIR', __DIR__ . '/content');
define('WP_CONTENT_URL', ${php(`${origin}/content`)});
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', __DIR__ . '/debug.log');
define('TWOFOLD_WIDGET_PORT', ${Number(widgetPort)});
${keys.map((k) => `define('${k}', 'twofold-test-${k}');`).join('\n')}
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

const LOOPBACK_PLUGIN = `<?php
// Loopback only (tests/wordpress/wordpress.mjs): WordPress fetches a provider's page and
// oEmbed file on ports 80, 443 and 8080 only; the test's widget server is on another port.
add_filter('http_allowed_safe_ports', function ($ports) {
  $ports[] = TWOFOLD_WIDGET_PORT;
  return $ports;
});
`;

const INSTALL_PHP = `<?php
// wp_install() from the command line: the blog, its admin, the default theme (6.1's
// twentytwentythree, from Debian's package).
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$r = wp_install('Twofold test blog', 'admin', 'admin@example.org', true, '', 'admin-password');
echo json_encode(['user' => $r['user_id'], 'theme' => get_option('stylesheet'), 'version' => $GLOBALS['wp_version']]);
`;

const POST_PHP = `<?php
// A published post with this content (argv[1]); prints its address.
require __DIR__ . '/wp-load.php';
$id = wp_insert_post(['post_title' => $argv[2], 'post_content' => $argv[1], 'post_status' => 'publish', 'post_author' => 1], true);
if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
echo get_permalink($id);
`;

/**
 * Starts WordPress on loopback. `widgetPort`: the port of the widget's server (the one the
 * loopback filter allows).
 * @returns {Promise<{origin: string, post: (content: string, title?: string) => string,
 *   debugLog: () => string, timings: object, stop: () => Promise<void>}>}
 */
export async function startWordPress({ widgetPort, root = wordpressRoot(), timeoutMs = 30_000 } = {}) {
  const bin = (p) => path.join(root, p);
  for (const p of ['usr/bin/php8.2', 'usr/sbin/mariadbd', 'usr/bin/mariadb-install-db', 'usr/bin/mariadb', 'usr/share/wordpress/wp-settings.php']) {
    if (!fs.existsSync(bin(p))) throw new WordPressStartError('finding WordPress', `${bin(p)} is missing: ${SETUP_HINT}`);
  }
  installExitHooks();
  const t0 = Date.now();
  const timings = {};
  const env = {
    ...process.env,
    LD_LIBRARY_PATH: [bin('usr/lib/x86_64-linux-gnu'), bin('lib/x86_64-linux-gnu'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twofold-wp-'));
  // Each server in a process group of its own (php -S forks its workers), ended as a group.
  const children = [];
  let stopped = false;
  const signal = (c, sig) => {
    try {
      process.kill(-c.pid, sig);
    } catch {}
  };
  const stopNow = () => {
    for (const c of children) signal(c, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  live.add(stopNow);
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const c of children.reverse()) {
      if (c.exitCode !== null || c.signalCode !== null) continue;
      const gone = new Promise((ok) => c.once('exit', ok));
      signal(c, 'SIGTERM');
      await Promise.race([gone, sleep(5000)]);
    }
    stopNow();
    live.delete(stopNow);
  };
  const run = (step, cmd, args, opts = {}) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8', env, ...opts });
    if (r.error) throw new WordPressStartError(step, r.error.message);
    if (r.status !== 0) throw new WordPressStartError(step, `${path.basename(cmd)} exited with ${r.status}`, `${r.stdout}${r.stderr}`);
    return r.stdout;
  };
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];

  try {
    // MariaDB: a fresh datadir, the server without grant tables (loopback only), a database.
    const data = path.join(dir, 'db');
    run('mariadb-install-db', bin('usr/bin/mariadb-install-db'), [
      '--no-defaults', `--basedir=${bin('usr')}`, `--datadir=${data}`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db',
    ]);
    const dbPort = await freePort();
    let dbLog = '';
    const db = spawn(bin('usr/sbin/mariadbd'), [
      '--no-defaults', `--basedir=${bin('usr')}`, `--datadir=${data}`, `--lc-messages-dir=${bin('usr/share/mysql')}`,
      `--port=${dbPort}`, '--bind-address=127.0.0.1', `--socket=${path.join(dir, 'mariadb.sock')}`,
      `--pid-file=${path.join(dir, 'mariadb.pid')}`, ...asRoot, '--skip-grant-tables', '--skip-log-error',
      '--innodb-buffer-pool-size=32M', '--skip-name-resolve',
    ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.push(db);
    db.stdout.on('data', (d) => (dbLog = (dbLog + d).slice(-4000)));
    db.stderr.on('data', (d) => (dbLog = (dbLog + d).slice(-4000)));
    const client = ['--no-defaults', '-h', '127.0.0.1', '-P', String(dbPort), '-u', 'root'];
    for (let deadline = Date.now() + timeoutMs; ; await sleep(100)) {
      if (db.exitCode !== null) throw new WordPressStartError('starting mariadbd', `it exited with ${db.exitCode}`, dbLog);
      const r = spawnSync(bin('usr/bin/mariadb'), [...client, '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { env, encoding: 'utf8' });
      if (r.status === 0) break;
      if (Date.now() > deadline) throw new WordPressStartError('starting mariadbd', `no answer on ${dbPort} within ${timeoutMs} ms`, dbLog + r.stderr);
    }
    timings.database = Date.now() - t0;

    // The site: WordPress's top-level PHP files copied (wp-load.php looks for wp-config.php
    // beside its own real path), its folders linked, wp-content of our own.
    const site = path.join(dir, 'site');
    const wp = bin('usr/share/wordpress');
    fs.mkdirSync(path.join(site, 'content', 'mu-plugins'), { recursive: true });
    fs.mkdirSync(path.join(site, 'content', 'uploads'));
    fs.mkdirSync(path.join(site, 'content', 'plugins'));
    fs.symlinkSync(path.join(wp, 'wp-content', 'themes'), path.join(site, 'content', 'themes'));
    for (const name of fs.readdirSync(wp)) {
      if (name === 'wp-config.php' || name === 'wp-content' || name.startsWith('.')) continue;
      if (name.endsWith('.php')) fs.copyFileSync(path.join(wp, name), path.join(site, name));
      else fs.symlinkSync(path.join(wp, name), path.join(site, name));
    }
    const wpPort = await freePort();
    const origin = `http://localhost:${wpPort}`;
    fs.writeFileSync(path.join(site, 'wp-config.php'), wpConfig({ dbPort, origin, widgetPort }));
    fs.writeFileSync(path.join(site, 'content', 'mu-plugins', 'twofold-loopback.php'), LOOPBACK_PLUGIN);
    fs.writeFileSync(path.join(site, 'install.php'), INSTALL_PHP);
    fs.writeFileSync(path.join(site, 'post.php'), POST_PHP);
    const extensions = ['mysqlnd', 'mysqli', 'mbstring', 'curl', 'dom', 'xml', 'simplexml', 'ctype', 'tokenizer', 'fileinfo', 'iconv', 'exif'];
    const ini = path.join(site, 'php.ini');
    fs.writeFileSync(ini, [`extension_dir=${bin('usr/lib/php/20220829')}`, ...extensions.map((e) => `extension=${e}`), 'memory_limit=256M', 'display_errors=stderr', 'error_reporting=E_ALL & ~E_DEPRECATED', ''].join('\n'));
    const phpBin = bin('usr/bin/php8.2');
    const phpArgs = ['-n', '-c', ini];
    const installed = JSON.parse(run('wp_install', phpBin, [...phpArgs, path.join(site, 'install.php')], { cwd: site }));
    timings.installed = Date.now() - t0;

    // PHP's built-in web server, a few workers (the page's assets come in parallel).
    let webLog = '';
    const web = spawn(phpBin, [...phpArgs, '-S', `127.0.0.1:${wpPort}`, '-t', site], {
      cwd: site, env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    children.push(web);
    web.stdout.on('data', (d) => (webLog = (webLog + d).slice(-4000)));
    web.stderr.on('data', (d) => (webLog = (webLog + d).slice(-4000)));
    for (let deadline = Date.now() + timeoutMs; ; await sleep(100)) {
      if (web.exitCode !== null) throw new WordPressStartError('starting php -S', `it exited with ${web.exitCode}`, webLog);
      try {
        if ((await fetch(`http://127.0.0.1:${wpPort}/`, { redirect: 'manual' })).status < 500) break;
      } catch {}
      if (Date.now() > deadline) throw new WordPressStartError('starting php -S', `no answer on ${wpPort} within ${timeoutMs} ms`, webLog);
    }
    timings.serving = Date.now() - t0;

    const post = (content, title = 'An activity') =>
      run('creating a post', phpBin, [...phpArgs, path.join(site, 'post.php'), content, title], { cwd: site }).trim();
    const debugLog = () => {
      try {
        return fs.readFileSync(path.join(site, 'debug.log'), 'utf8');
      } catch {
        return '';
      }
    };
    return { origin, version: installed.version, theme: installed.theme, post, debugLog, timings, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
