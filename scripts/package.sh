#!/usr/bin/env bash
# `make package`: one release build of the widget with LMS reporting compiled in (the `lms`
# cargo feature) and a relative public URL (an LMS serves a package from a sub-path), into
# target/packages/build (never into dist/), then the packages from it (scripts/package.mjs)
# into target/packages/.
#   ACTIVITY=sort:<deck id>|chooser   only that activity's packages (no course package)
#   STANDARD=scorm12|scorm2004|cmi5   only that standard's
# The build has its own cargo target dir (target/lms), so it and the plain build (dist/) do
# not rebuild each other.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

OUT="$ROOT/target/packages"
BUILT="$OUT/build"
mkdir -p "$OUT"
CARGO_TARGET_DIR="$ROOT/target/lms" trunk build --release --public-url ./ --features lms --dist "$BUILT"

args=(--built "$BUILT" --out "$OUT")
[ -n "${ACTIVITY:-}" ] && args+=(--activity "$ACTIVITY")
[ -n "${STANDARD:-}" ] && args+=(--standard "$STANDARD")
# A fresh set of zips each time: remove the old ones first (a narrowed run writes fewer).
rm -f "$OUT"/*.zip
node scripts/package.mjs "${args[@]}"
