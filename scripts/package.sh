#!/usr/bin/env bash
# `make package`: the release builds of the widget with LMS reporting compiled in, one per
# standard family, each with a relative public URL (an LMS serves a package from a sub-path)
# and never into dist/:
#   target/packages/build-scorm   the `lms-scorm` feature (SCORM 1.2 and 2004 packages)
#   target/packages/build-cmi5    the `lms-cmi5` feature (cmi5 packages)
# so each package carries only its standard's reporting code; then the packages from them
# (scripts/package.mjs) into target/packages/.
#   ACTIVITY=sort:<deck id>|chooser   only that activity's packages (no course package)
#   STANDARD=scorm12|scorm2004|cmi5   only that standard's (and only the build it needs)
# Each build has its own cargo target dir (target/lms-scorm, target/lms-cmi5), so they and
# the plain build (dist/) do not rebuild each other.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$(pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

OUT="$ROOT/target/packages"
mkdir -p "$OUT"
args=(--out "$OUT")
for family in scorm cmi5; do
  case "${STANDARD:-}" in
    "") ;;
    scorm12 | scorm2004) [ "$family" = scorm ] || continue ;;
    cmi5) [ "$family" = cmi5 ] || continue ;;
    *) echo "package: unknown STANDARD=$STANDARD (scorm12, scorm2004 or cmi5)" >&2; exit 1 ;;
  esac
  built="$OUT/build-$family"
  CARGO_TARGET_DIR="$ROOT/target/lms-$family" TWOFOLD_SANDBOX_PAGES=off TWOFOLD_PRERENDER=off \
    scripts/release-build.sh --public-url ./ --features "lms-$family" --dist "$built"
  args+=(--built-"$family" "$built")
done

[ -n "${ACTIVITY:-}" ] && args+=(--activity "$ACTIVITY")
[ -n "${STANDARD:-}" ] && args+=(--standard "$STANDARD")
# A fresh set of zips each time: remove the old ones first (a narrowed run writes fewer).
rm -f "$OUT"/*.zip
node scripts/package.mjs "${args[@]}"
