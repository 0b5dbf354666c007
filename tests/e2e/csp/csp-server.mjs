// A loopback static server for dist/ that sends the strict CSP the build wrote (dist/_headers,
// its `/*` block) as a response header on every file, as a host that reads _headers would.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};

/** The headers of `_headers`' `/*` block, as [name, value] pairs. */
export function readHeaders(dist) {
  const lines = readFileSync(join(dist, '_headers'), 'utf8').split('\n');
  const out = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^\S/.test(line)) inBlock = line.trim() === '/*';
    else if (inBlock && line.trim()) {
      const at = line.indexOf(':');
      out.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return out;
}

/** Serves `dist` on 127.0.0.1 (`port`: a free one unless given; `host`: how the origin names it). */
export async function startCspServer(dist = join(root, 'dist'), { port = 0, host = '127.0.0.1' } = {}) {
  const headers = readHeaders(dist);
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
    if (path === '') path = 'index.html';
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, [['content-type', TYPES[extname(file)] ?? 'application/octet-stream'], ['cache-control', 'no-store'], ...headers]);
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://${host}:${server.address().port}`;
  return { origin, headers, stop: () => new Promise((ok) => server.close(ok)) };
}
