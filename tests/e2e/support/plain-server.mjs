// A plain static server, as a new user would run one: `python3 -m http.server` on a folder,
// on a free loopback port. It sends no CORS header, no CSP and no special types (unlike
// scripts/serve_dist.py, which adds `Access-Control-Allow-Origin: *`).
import { spawn } from 'node:child_process';
import net from 'node:net';

/** A port that is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Serves `dir` at http://<host>:<port>/ until stop(); `host` is how the origin is named. */
export async function startPlainServer(dir, { port, host = '127.0.0.1' } = {}) {
  port ??= await freePort();
  const child = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d) => (errors = (errors + d).slice(-2000)));
  const origin = `http://${host}:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`python3 -m http.server exited: ${errors}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`python3 -m http.server did not answer on ${port}: ${errors}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  const stop = () =>
    new Promise((ok) => {
      if (child.exitCode !== null) return ok();
      child.once('exit', ok);
      child.kill();
    });
  return { origin, port, stop };
}
