#!/usr/bin/env bash
# The whole test suite, in order, stopping at the first failure. `make test` runs this,
# and so does CI (.ci/run). SKIP_SETUP=1 skips scripts/setup.sh when called repeatedly.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step_no=0
banner() {
  step_no=$((step_no + 1))
  printf '\n==================================================================\n'
  printf '== [%s] %s\n' "$step_no" "$*"
  printf '==================================================================\n'
}

if [ "${SKIP_SETUP:-0}" = "1" ]; then
  printf '[test] SKIP_SETUP=1: not running scripts/setup.sh\n'
else
  printf '\n== [0] setup (scripts/setup.sh)\n'
  scripts/setup.sh
fi

banner "format: cargo fmt --all --check"
cargo fmt --all --check

banner "lint: cargo clippy --workspace (host, then wasm32-unknown-unknown)"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings
# The build's pre-renderer (a native bin behind the prerender feature, which --all-targets skips).
cargo clippy --features prerender --bin prerender -- -D warnings

banner "native tests: cargo test --workspace (the core crate's rules)"
cargo test --workspace

banner "bench and build self-tests: node --test bench/ tests/build/ (statistics, the in-page probes against a fake page, their lint; the wasm's shortened names; no browser)"
node --test bench/ tests/build/

banner "LMS harness self-test: node --test tests/lms/ (xapi-rs + the cmi5 test LMS)"
node --test tests/lms/

banner "browser tests: cargo test --target wasm32-unknown-unknown (headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown

# Before the release build: trunk serve writes dist/, which the release build then replaces.
banner "make serve: node --test tests/serve/ (the README's serve command on a spare port; its home screen deals a card)"
node --test tests/serve/

banner "release build: scripts/release-build.sh --public-url ./ (trunk build --release on the pinned nightly)"
scripts/release-build.sh --public-url ./

banner "size budget: node scripts/size-budget.mjs"
node scripts/size-budget.mjs

banner "LMS packages: scripts/package.sh (release builds with lms-scorm and lms-cmi5, into target/packages/)"
scripts/package.sh

banner "package manifests: node --test tests/packages/ (schemas via xmllint, files named and shipped)"
node --test tests/packages/

# #10 asks for at most +12,000 B over the plain page; both families meet it (SCORM +11,148,
# cmi5 +11,840 at most, once the console's "reporting to ...; mastery score ..." line went:
# see README, "Size budget"), so both are held to it.
# The packages are built without the pre-rendered first screen (the LMS decides what it
# shows), so they are measured against the plain page built the same way (the same wasm
# as dist/, from the same target dir: only the pages differ); against dist/, whose pages
# carry the pre-render, they would look 2-3 KB lighter than they are.
banner "package size: each package build's first load against the plain page's (+12,000 B brotli each)"
TWOFOLD_SANDBOX_PAGES=off TWOFOLD_PRERENDER=off \
  scripts/release-build.sh --public-url ./ --dist target/packages/build-plain
node scripts/size-budget.mjs target/packages/build-scorm --against target/packages/build-plain --above 12000
node scripts/size-budget.mjs target/packages/build-cmi5 --against target/packages/build-plain --above 12000

banner "end-to-end: npx playwright test"
e2e_log="$(mktemp)"
trap 'rm -f "$e2e_log"' EXIT
set +e
npx --no-install playwright test 2>&1 | tee "$e2e_log"
e2e_status="${PIPESTATUS[0]}"
set -e
# Playwright's list reporter ends with "  N passed (Xs)" and, on failure, "  N failed".
# Repeat the counts as one plain closing line.
e2e_passed="$(sed -nE 's/^[[:space:]]*([0-9]+) passed.*/\1/p' "$e2e_log" | tail -n 1)"
e2e_failed="$(sed -nE 's/^[[:space:]]*([0-9]+) failed.*/\1/p' "$e2e_log" | tail -n 1)"
e2e_skipped="$(sed -nE 's/^[[:space:]]*([0-9]+) skipped.*/\1/p' "$e2e_log" | tail -n 1)"
if [ "$e2e_status" -ne 0 ]; then
  # CI keeps only the tail of this output: repeat each failed test's name and first error
  # lines here, after the attachments' paths, so a failure can be read from the tail alone.
  printf '\n[test] what failed:\n'
  grep -E '^[[:space:]]+[0-9]+\) \[chromium\]|^[[:space:]]+(Error:|Test timeout|Expected|Received)' "$e2e_log" \
    | sed -E 's/[[:space:]]*─+$//' | cut -c1-240 | head -n 24 || true
  printf '\n[test] end-to-end tests FAILED (exit %s)\n' "$e2e_status"
  printf 'e2e: %s passed, %s failed\n' "${e2e_passed:-0}" "${e2e_failed:-0}"
  exit "$e2e_status"
fi

printf '\n[test] all steps passed\n'
printf 'e2e: %s passed, %s failed, %s skipped\n' "${e2e_passed:-0}" "${e2e_failed:-0}" "${e2e_skipped:-0}"
