// A loopback static server for the LMS tests: each LMS package from target/packages/,
// unzipped on first use and served under /pkg/<zip name without .zip>/; scorm-again's
// browser build under /scorm-again/; this folder (the SCORM host page) under /lms/.
// The host page and the SCO share this origin, as in an LMS's player.

import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..', '..');
const packages = process.env.PACKAGES_DIR ?? join(root, 'target', 'packages');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

/** Starts the server; `url(path)` makes absolute URLs on it, `stop()` ends it. */
export async function startPackageServer() {
  const unzipRoot = mkdtempSync(join(tmpdir(), 'twofold-lms-'));
  const unzipped = new Map();
  const dirFor = (name) => {
    if (!unzipped.has(name)) {
      const zip = join(packages, `${name}.zip`);
      if (!existsSync(zip)) return null;
      const to = join(unzipRoot, name);
      execFileSync('unzip', ['-q', zip, '-d', to]);
      unzipped.set(name, to);
    }
    return unzipped.get(name);
  };
  const mounts = [
    ['/scorm-again/', () => join(root, 'node_modules', 'scorm-again', 'dist')],
    ['/lms/', () => here],
  ];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = null;
    const pkg = path.match(/^\/pkg\/([^/]+)\/(.*)$/);
    if (pkg) {
      const base = dirFor(pkg[1]);
      if (base) file = join(base, normalize(pkg[2]));
    } else {
      for (const [prefix, base] of mounts) {
        if (path.startsWith(prefix)) file = join(base(), normalize(path.slice(prefix.length)));
      }
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (p) => `${origin}${p}`,
    /** The launch URL of a package's first SCO: its manifest's resource href and item parameters. */
    launchOf(name) {
      const base = dirFor(name);
      if (!base) throw new Error(`no package ${name}.zip in ${packages}: run make package`);
      const xml = readFileSync(join(base, 'imsmanifest.xml'), 'utf8');
      const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      const item = attrs(xml.match(/<item\b[^>]*>/)[0]);
      const resource = [...xml.matchAll(/<resource\b[^>]*>/g)].map((m) => attrs(m[0])).find((r) => r.identifier === item.identifierref);
      return `/pkg/${name}/${resource.href}${item.parameters ?? ''}`;
    },
    async stop() {
      await new Promise((ok) => server.close(ok));
      rmSync(unzipRoot, { recursive: true, force: true });
    },
  };
}

/** Unzips `target/packages/<name>.zip` into a temp dir: `{ dir, remove() }`. */
export function unzipPackage(name) {
  const zip = join(packages, `${name}.zip`);
  if (!existsSync(zip)) throw new Error(`no package ${name}.zip in ${packages}: run make package`);
  const dir = mkdtempSync(join(tmpdir(), 'twofold-au-'));
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
