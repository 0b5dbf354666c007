#!/usr/bin/env bash
# The lighter release build (#14): `trunk build --release` on a nightly pinned by date, with
# the standard library rebuilt for size and a panic that is a bare trap. Every release wasm
# build goes through here (scripts/test.sh into dist/, scripts/package.sh for the LMS
# packages, `make dist`); everything else (cargo fmt, clippy, the native tests, the browser
# tests, `make serve`'s debug build) stays on stable. Nothing but this script's environment
# chooses the nightly: there is no rust-toolchain.toml.
#   scripts/release-build.sh [trunk build arguments]   e.g. --public-url ./ (dist/ by default)
#   scripts/release-build.sh --toolchain               prints the pinned toolchain (setup.sh)
#   scripts/release-build.sh --fetch                   downloads what std's build needs from
#                                                      crates.io (setup.sh; Trunk runs cargo offline)
# What it sets around Trunk (which runs cargo itself and passes its environment on):
# - RUSTUP_TOOLCHAIN: the pinned nightly (cargo and rustc are rustup's proxies; trunk,
#   wasm-bindgen and wasm-opt are not, and do not change);
# - CARGO_UNSTABLE_BUILD_STD (`-Zbuild-std=std,panic_abort`) and
#   CARGO_UNSTABLE_BUILD_STD_FEATURES (`optimize_for_size`): std built with the profile's
#   opt-level "z" and LTO, its size-over-speed code paths chosen;
# - RUSTFLAGS: `-Cpanic=immediate-abort` (a panic is a wasm `unreachable` trap: no panic
#   message, location or formatting code; js/page.js shows the crash screen). Cargo gives
#   RUSTFLAGS to the wasm target only (Trunk passes --target), never to build scripts or proc
#   macros, which run on the host. `-Zfmt-debug=none` is left out: measured with the rest, it
#   saved nothing (+13 B; immediate-abort already drops the Debug code panics reached) and it
#   would silently blank any `{:?}` added later;
# - CARGO_TARGET_DIR: target/nightly unless the caller sets one (package.sh does), so the
#   nightly and stable builds never overwrite each other's wasm.
set -euo pipefail

# Pinned by date; scripts/setup.sh installs it (minimal profile, rust-src, the wasm target).
NIGHTLY="nightly-2026-10-29"

if [ "${1:-}" = "--toolchain" ]; then
  echo "$NIGHTLY"
  exit 0
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1; then
  echo "release-build: the toolchain $NIGHTLY is not installed; run scripts/setup.sh" >&2
  exit 1
fi

export RUSTUP_TOOLCHAIN="$NIGHTLY"
export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target/nightly}"

if [ "${1:-}" = "--fetch" ]; then
  # std's own dependencies (from rust-src's lockfile) and the project's, into cargo's cache.
  if cargo fetch --offline --target wasm32-unknown-unknown >/dev/null 2>&1; then
    echo "release-build: std's dependencies for $NIGHTLY: present"
  else
    cargo fetch --target wasm32-unknown-unknown
  fi
  exit 0
fi

exec trunk build --release "$@"
