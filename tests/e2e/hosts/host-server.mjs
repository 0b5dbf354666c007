// A loopback server for host pages on another origin than the widget's: it serves this
// folder at http://localhost:<port>/ (the widget's test server is http://127.0.0.1:<E2E_PORT>/,
// a different origin, and both are loopback, so Chromium lets one frame the other).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

/** Serves `dir` (this folder unless given: builder.spec.mjs serves the pages it writes). */
export async function startHostServer(dir = here) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://localhost:${server.address().port}`;
  return { origin, stop: () => new Promise((ok) => server.close(ok)) };
}
