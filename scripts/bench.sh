#!/usr/bin/env bash
# `make bench`: Twofold's performance benchmark (not part of `make test`).
#
#   1. scripts/setup.sh (idempotent; SKIP_SETUP=1 skips it);
#   2. scripts/release-build.sh --public-url ./ (the shipped build) into target/bench/dist (never dist/; SKIP_BUILD=1
#      reuses the last bench build);
#   3. assembles what is served in target/bench/www: the build, the static lower-bound page
#      bench/static/index.html at /static/ and the static interaction floor
#      bench/static/play.html at /static/play.html (both with their styles replaced by this
#      build's, so they carry the same CSS as Twofold), and big.html (the built page with a
#      generated 1,000-card deck inlined, bench/make-big-deck.mjs); every text file
#      pre-compressed to .br and .gz with Node's zlib at maximum quality, as a CDN would;
#   4. serves it with bench/serve.py on 127.0.0.1 (free port; stopped on exit);
#   5. runs bench/run.mjs (headless Chromium): prints the markdown table, writes the raw
#      figures to target/bench/results.json and the last run into docs/performance.md.
#
# Environment: BENCH_RUNS (A/B load pairs, >= 15), BENCH_PLACEMENTS (>= 100),
# BENCH_BIG_LOADS, BENCH_BIG_PLACEMENTS (1000 = the whole big deck), BENCH_CARDS (big deck
# size), BENCH_RTT (the emulated round trip of the second load run, ms; 0 skips it; 50),
# BENCH_PAGE (the Twofold page loaded; sort-myth-or-fact.html), BENCH_NO_DOC=1 (leave
# docs/performance.md alone), BENCH_ONLY (benchmark ids, comma-separated: load, load-rtt,
# memory-static, interaction, big-deck), BENCH_QUICK=1 (below the floors, e.g. BENCH_RUNS=3:
# checks the harness; the table says so and docs/performance.md is left alone), BENCH_PORT
# (the server's port; 0, the default, picks a free one).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

BENCH_DIR="$ROOT/target/bench"
DIST="$BENCH_DIR/dist"
WWW="$BENCH_DIR/www"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# --- 1. tools ------------------------------------------------------------------------------
if [ "${SKIP_SETUP:-0}" = "1" ]; then
  log "SKIP_SETUP=1: not running scripts/setup.sh"
else
  scripts/setup.sh
fi

# --- 2. release build ------------------------------------------------------------------------
mkdir -p "$BENCH_DIR"
if [ "${SKIP_BUILD:-0}" = "1" ] && [ -f "$DIST/index.html" ]; then
  log "SKIP_BUILD=1: reusing $DIST"
else
  log "release build into target/bench/dist"
  build_start=$SECONDS
  scripts/release-build.sh --public-url ./ --dist "$DIST"
  log "build took $((SECONDS - build_start)) s"
fi
[ -f "$DIST/index.html" ] || die "no $DIST/index.html after the build"

# --- 3. what is served -------------------------------------------------------------------------
rm -rf "$WWW"
mkdir -p "$WWW/static"
cp -R "$DIST/." "$WWW/"
rm -rf "$WWW/.stage"

node bench/make-big-deck.mjs --html "$WWW/index.html" --out "$WWW/big.html" \
  --json "$BENCH_DIR/big-deck.json" --cards "${BENCH_CARDS:-1000}" >&2

WWW="$WWW" STATIC_DIR="$ROOT/bench/static" node --input-type=module - >&2 <<'EOF'
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import zlib from 'node:zlib';

const www = process.env.WWW;
// The static pages (the load lower bound and the interaction floor), with the build's inline
// styles between their bench:styles markers.
const built = readFileSync(join(www, 'index.html'), 'utf8');
const styles = built.match(/<style[^>]*>[\s\S]*?<\/style>/g) || [];
if (styles.length === 0) throw new Error('the built index.html has no inline <style>');
const re = /(<!-- bench:styles -->)[\s\S]*?(<!-- \/bench:styles -->)/;
for (const name of ['index.html', 'play.html']) {
  const page = readFileSync(join(process.env.STATIC_DIR, name), 'utf8');
  if (!re.test(page)) throw new Error(`bench/static/${name} lacks the bench:styles markers`);
  const committed = (page.match(re)[0].match(/<style[^>]*>[\s\S]*?<\/style>/g) || []).join('');
  if (committed !== styles.join('')) {
    console.log(`[bench] note: bench/static/${name} carries older styles than this build; serving it with the build's styles`);
  }
  writeFileSync(join(www, 'static', name), page.replace(re, (_, a, b) => `${a}\n${styles.join('\n')}\n${b}`));
}

// Pre-compress like a CDN: brotli quality 11 and gzip level 9 siblings.
const walk = (d) => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
let n = 0;
for (const f of walk(www)) {
  if (!/\.(html|js|mjs|css|wasm|json|svg|txt)$/.test(f)) continue;
  const data = readFileSync(f);
  writeFileSync(`${f}.br`, zlib.brotliCompressSync(data, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    [zlib.constants.BROTLI_PARAM_MODE]: /\.wasm$/.test(f) ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
  } }));
  writeFileSync(`${f}.gz`, zlib.gzipSync(data, { level: 9 }));
  n++;
}
console.log(`[bench] assembled ${www}: ${n} files pre-compressed (.br, .gz)`);
EOF

# --- 4. server -----------------------------------------------------------------------------
PORT_FILE="$BENCH_DIR/port"
rm -f "$PORT_FILE" "$BENCH_DIR/requests.log"
python3 bench/serve.py --dir "$WWW" --port "${BENCH_PORT:-0}" --port-file "$PORT_FILE" \
  --log "$BENCH_DIR/requests.log" >/dev/null 2>"$BENCH_DIR/server.err" &
SERVER_PID=$!
stop_server() {
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 100); do
  [ -s "$PORT_FILE" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || die "bench/serve.py exited: $(cat "$BENCH_DIR/server.err")"
  sleep 0.1
done
[ -s "$PORT_FILE" ] || die "bench/serve.py did not start within 10 s"
PORT="$(cat "$PORT_FILE")"
BASE="http://127.0.0.1:$PORT/"
log "serving $WWW at $BASE"

# The server must negotiate: brotli when asked, gzip when asked, identity otherwise.
wasm_file="$(cd "$WWW" && ls ./*_bg.wasm | head -n 1)"
for enc in br gzip identity; do
  got="$(curl -s -o /dev/null -D - -H "Accept-Encoding: $enc" "$BASE${wasm_file#./}" \
    | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}')"
  [ "${got:-identity}" = "$enc" ] || die "server sent '${got:-identity}' for Accept-Encoding: $enc"
done
ctype="$(curl -s -o /dev/null -w '%{content_type}' "$BASE${wasm_file#./}")"
[ "$ctype" = "application/wasm" ] || die "wasm served as '$ctype', not application/wasm"

# --- 5. measure ----------------------------------------------------------------------------
doc_args=(--doc "$ROOT/docs/performance.md")
doc_note="; last run recorded in docs/performance.md"
if [ "${BENCH_NO_DOC:-0}" = "1" ]; then doc_args=(--no-doc); doc_note=""; fi
extra_args=()
if [ "${BENCH_QUICK:-0}" = "1" ]; then extra_args+=(--quick); doc_note=""; fi
if [ -n "${BENCH_ONLY:-}" ]; then extra_args+=(--only "$BENCH_ONLY"); fi
node bench/run.mjs --base "$BASE" --dist "$WWW" \
  --out "$BENCH_DIR/results.json" --table "$BENCH_DIR/table.md" \
  --big-json "$BENCH_DIR/big-deck.json" \
  --runs "${BENCH_RUNS:-15}" --placements "${BENCH_PLACEMENTS:-120}" \
  --big-loads "${BENCH_BIG_LOADS:-5}" --big-placements "${BENCH_BIG_PLACEMENTS:-1000}" \
  --rtt "${BENCH_RTT:-50}" --page "${BENCH_PAGE:-sort-myth-or-fact.html}" \
  "${doc_args[@]}" "${extra_args[@]}"

log "raw figures: target/bench/results.json; table: target/bench/table.md$doc_note"
