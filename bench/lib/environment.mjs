// What a run was made on: the machine (CPUs, memory, load average, kernel, Node), the commit
// and whether src/, styles/ or content/ had uncommitted changes, and the served build's files
// with their brotli and gzip sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';

/** @param {string} root the repository */
export function machine(root) {
  let nproc = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  try { nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || nproc; } catch (_) {}
  let commit = null;
  let dirty = null;
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--', 'src', 'styles', 'index.html', 'Cargo.toml', 'Cargo.lock', 'content'], { encoding: 'utf8' }).trim() !== '';
  } catch (_) {}
  return {
    nproc,
    memTotalBytes: os.totalmem(),
    cpuModel: os.cpus()[0] ? os.cpus()[0].model : null,
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    commit,
    workingTreeDirty: dirty,
    loadAverage: os.loadavg(),
  };
}

/** @param {string | null} dist the directory served */
export function distFiles(dist) {
  if (!dist || !existsSync(dist)) return null;
  return readdirSync(dist)
    .filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'big.html')
    .map((f) => {
      const p = join(dist, f);
      const size = (suffix) => (existsSync(p + suffix) ? statSync(p + suffix).size : null);
      return { file: f, raw: statSync(p).size, br: size('.br'), gzip: size('.gz') };
    });
}
