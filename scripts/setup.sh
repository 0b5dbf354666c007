#!/usr/bin/env bash
# Idempotent installer for everything `make serve` and `make test` need.
# Each step is skipped when the tool is already there at the right version, so this is
# cheap to run every time (a fresh machine takes 15-25 minutes: trunk and
# wasm-bindgen-cli are built from source by cargo). See /work/shared/TOOLCHAIN.md for why
# each tool is installed the way it is.
set -euo pipefail

TRUNK_VERSION="0.21.14"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
# Playwright drives Debian's /usr/bin/chromium; it must never try to download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

command -v cargo >/dev/null 2>&1 || die "cargo not found (install Rust with rustup first)"
command -v rustup >/dev/null 2>&1 || die "rustup not found (install Rust with rustup first)"

# --- Rust target and components -------------------------------------------------------
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  log "rust target wasm32-unknown-unknown: skipped (installed)"
else
  rustup target add wasm32-unknown-unknown
  log "rust target wasm32-unknown-unknown: ok"
fi

installed_components="$(rustup component list --installed)"
missing_components=()
for c in clippy rustfmt; do
  if ! grep -q "^${c}\(-\|$\)" <<<"$installed_components"; then
    missing_components+=("$c")
  fi
done
if [ "${#missing_components[@]}" -eq 0 ]; then
  log "rust components clippy rustfmt: skipped (installed)"
else
  rustup component add "${missing_components[@]}"
  log "rust components ${missing_components[*]}: ok"
fi

# --- the nightly of the release wasm build (scripts/release-build.sh, #14) ----------------
# Pinned by date in scripts/release-build.sh; only that build uses it (no rust-toolchain.toml):
# fmt, clippy and every test stay on stable. rust-src is std's source for -Zbuild-std.
NIGHTLY="$(scripts/release-build.sh --toolchain)"
if rustup toolchain list | grep -q "^${NIGHTLY}-" \
  && rustup component list --toolchain "$NIGHTLY" --installed | grep -q '^rust-src' \
  && rustup target list --toolchain "$NIGHTLY" --installed | grep -qx 'wasm32-unknown-unknown'; then
  log "rust $NIGHTLY (rust-src, wasm32-unknown-unknown): skipped (installed)"
else
  log "rust $NIGHTLY: installing with rustup (minimal profile, rust-src, wasm32; about 15 s)"
  rustup toolchain install "$NIGHTLY" --profile minimal -c rust-src -t wasm32-unknown-unknown
  log "rust $NIGHTLY: ok"
fi
# std's dependencies come from crates.io; Trunk runs cargo offline, so fetch them now.
scripts/release-build.sh --fetch | sed 's/^/[setup] /'

# --- trunk -----------------------------------------------------------------------------
# 0.22.x needs a newer rustc than this machine has; 0.21.14 builds with --locked.
if command -v trunk >/dev/null 2>&1 && trunk --version 2>/dev/null | grep -qw "$TRUNK_VERSION"; then
  log "trunk $TRUNK_VERSION: skipped (installed)"
else
  log "trunk $TRUNK_VERSION: installing with cargo (about 10-16 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
  trunk --version | grep -qw "$TRUNK_VERSION" || die "trunk --version does not say $TRUNK_VERSION"
  log "trunk $TRUNK_VERSION: ok"
fi

# --- wasm-bindgen-cli (must equal the wasm-bindgen crate in Cargo.lock) -----------------
if [ ! -f Cargo.lock ]; then
  log "Cargo.lock missing: running cargo generate-lockfile"
  cargo generate-lockfile
fi
WBG_VERSION="$(awk '
  $0 == "[[package]]" { in_wbg = 0; next }
  $0 == "name = \"wasm-bindgen\"" { in_wbg = 1; next }
  in_wbg && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WBG_VERSION" ] || die "no wasm-bindgen package found in Cargo.lock"

if command -v wasm-bindgen >/dev/null 2>&1 \
  && [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WBG_VERSION" ]; then
  log "wasm-bindgen-cli $WBG_VERSION: skipped (installed)"
else
  # No --locked: the crate's lockfile names a dependency version the index lacks.
  log "wasm-bindgen-cli $WBG_VERSION: installing with cargo (about 2-10 minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
  [ "$(wasm-bindgen --version | awk '{print $2}')" = "$WBG_VERSION" ] \
    || die "wasm-bindgen --version does not say $WBG_VERSION"
  log "wasm-bindgen-cli $WBG_VERSION: ok"
fi

# --- Chromium and chromedriver (Debian packages) ----------------------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  log "chromium + chromium-driver: skipped (installed)"
else
  log "chromium + chromium-driver: installing with apt-get"
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] \
    || die "apt-get did not install /usr/bin/chromium and /usr/bin/chromedriver"
  log "chromium + chromium-driver: ok"
fi

# --- xmllint and zip (Debian): manifest validation and SCORM/cmi5 packages ---------------
missing_debs=()
command -v xmllint >/dev/null 2>&1 || missing_debs+=(libxml2-utils)
command -v zip >/dev/null 2>&1 || missing_debs+=(zip)
command -v unzip >/dev/null 2>&1 || missing_debs+=(unzip)
if [ "${#missing_debs[@]}" -eq 0 ]; then
  log "xmllint + zip + unzip: skipped (installed)"
else
  log "${missing_debs[*]}: installing with apt-get"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing_debs[@]}" \
    || { $SUDO apt-get update && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing_debs[@]}"; }
  command -v xmllint >/dev/null 2>&1 || die "apt-get did not install xmllint"
  log "${missing_debs[*]}: ok"
fi

# --- An Arabic font (Debian): the right-to-left tests render real Arabic glyphs -----------
# fonts-noto-core carries Noto Sans Arabic, the first Arabic face in styles/tokens.css.
if fc-list 2>/dev/null | grep -q "Noto Sans Arabic" || dpkg -s fonts-noto-core >/dev/null 2>&1; then
  log "fonts-noto-core: skipped (installed)"
else
  log "fonts-noto-core: installing with apt-get"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-core \
    || { $SUDO apt-get update && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-noto-core; }
  log "fonts-noto-core: ok"
fi

# --- npm packages (Playwright, axe-core, binaryen's wasm-opt) ---------------------------
command -v node >/dev/null 2>&1 || die "node not found (Node.js 20 or newer is needed)"
command -v npm >/dev/null 2>&1 || die "npm not found"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node.js $(node --version) is too old: @playwright/test needs 20 or newer"

# npm rewrites node_modules/.package-lock.json on every install, so its age is the age of
# node_modules as a whole.
if [ ! -d node_modules ] \
  || [ ! -f node_modules/.package-lock.json ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ ! -x node_modules/.bin/wasm-opt ]; then
  log "npm packages: running npm ci"
  npm ci --no-audit --no-fund
  touch node_modules/.package-lock.json
  log "npm packages: ok"
else
  log "npm packages: skipped (node_modules up to date with package-lock.json)"
fi

if ! node_modules/.bin/wasm-opt --version | grep -q 'version 132'; then
  die "node_modules/.bin/wasm-opt is not version 132"
fi

# --- the real xAPI LRS for the cmi5 tests (xapi-rs + PostgreSQL) ------------------------
scripts/lrs/install.sh

# --- a real WordPress for the blog-embed test (Debian's packages, unpacked, no services) ---
scripts/wordpress/install.sh

log "all tools present"
