#!/usr/bin/env bash
# Installs the real xAPI LRS the cmi5 tests run against (tests/lms/): xapi-rs 0.3.2 built
# with cargo, and PostgreSQL for its throwaway database. Idempotent: each step is skipped
# when already there. Called by scripts/setup.sh; see /work/shared/LMS.md for the reasons.
set -euo pipefail

XAPI_RS_VERSION="0.3.2"

export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- xapi-rs (GPL-3.0-or-later test server: built here, never vendored or shipped) --------
# It loads its hashing plugins from the crate sources at run time, so those must be in the
# cargo registry too; --ignore-rust-version because a dependency asks for a newer rustc
# than it needs.
crate_src() { ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/"xapi-rs-$XAPI_RS_VERSION" 2>/dev/null | head -n 1; }
if cargo install --list | grep -qx "xapi-rs v$XAPI_RS_VERSION:" && [ -n "$(crate_src)" ]; then
  log "xapi-rs $XAPI_RS_VERSION: skipped (installed)"
else
  force=()
  if cargo install --list | grep -q '^xapi-rs v'; then force=(--force); fi
  log "xapi-rs $XAPI_RS_VERSION: installing with cargo (about 9 minutes on 2 cores, 1.9 GB)"
  cargo install xapi-rs --version "$XAPI_RS_VERSION" --locked --ignore-rust-version "${force[@]}"
  cargo install --list | grep -qx "xapi-rs v$XAPI_RS_VERSION:" || die "cargo did not install xapi-rs $XAPI_RS_VERSION"
  [ -n "$(crate_src)" ] || die "xapi-rs-$XAPI_RS_VERSION sources are not in the cargo registry"
  log "xapi-rs $XAPI_RS_VERSION: ok"
fi

# --- PostgreSQL (Debian keeps initdb in /usr/lib/postgresql/<v>/bin, off the PATH) -------
if command -v initdb >/dev/null 2>&1 || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  log "postgresql: skipped (installed)"
else
  log "postgresql: installing with apt-get"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql \
    || { $SUDO apt-get update && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; }
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || die "apt-get did not install initdb"
  log "postgresql: ok"
fi
