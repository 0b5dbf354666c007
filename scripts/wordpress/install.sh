#!/usr/bin/env bash
# Installs the real WordPress the blog-embed test runs (tests/wordpress/, tests/e2e/wordpress.spec.mjs)
# from Debian's packages, without a system install and without root services: the packages and
# what they need beyond this machine are downloaded (`apt-get install --download-only` into a
# cache of our own) and each is unpacked with `dpkg-deb -x` into one private root, which the
# test runs from (LD_LIBRARY_PATH set to its library folders). Nothing is configured or started
# here, and nothing of the system changes. Idempotent: skipped when the root holds this
# package list and the pinned versions. See /work/shared/LMS.md ("WordPress, for real
# blog-embed tests") for why it is run this way. Called by scripts/setup.sh.
#
# Pinned to Debian 12's series (the exact Debian revisions move with security updates, and
# the archive keeps only the newest): WordPress 6.1, PHP 8.2, MariaDB 10.11; anything else
# fails here, by name.
set -euo pipefail

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# The packages: WordPress and the theme Debian recommends with it (twentytwentythree, 6.1's
# default), MariaDB's server, PHP's command line (its built-in web server) and the
# extensions WordPress uses.
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server php8.2-cli php8.2-mysql
  php8.2-xml php8.2-mbstring php8.2-curl)
WP_SERIES="6.1"
PHP_SERIES="8.2"
MARIADB_SERIES="10.11"

DIR="${TWOFOLD_WORDPRESS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/twofold/wordpress}"
ROOT="$DIR/root"
STAMP="$DIR/installed.txt"
WANT="packages: ${PACKAGES[*]}"

versions_ok() {
  grep -q "^\$wp_version = '${WP_SERIES//./\\.}\." "$ROOT/usr/share/wordpress/wp-includes/version.php" 2>/dev/null \
    && [ -x "$ROOT/usr/bin/php$PHP_SERIES" ] \
    && [ -x "$ROOT/usr/sbin/mariadbd" ] && [ -x "$ROOT/usr/bin/mariadb-install-db" ] \
    && [ -d "$ROOT/usr/share/wordpress/wp-content/themes/twentytwentythree" ] \
    && LD_LIBRARY_PATH="$ROOT/usr/lib/x86_64-linux-gnu:$ROOT/lib/x86_64-linux-gnu" \
      "$ROOT/usr/sbin/mariadbd" --version 2>/dev/null | grep -q "Ver $MARIADB_SERIES\."
}

if [ -f "$STAMP" ] && [ "$(head -n 1 "$STAMP")" = "$WANT" ] && versions_ok; then
  log "wordpress $WP_SERIES + mariadb $MARIADB_SERIES + php $PHP_SERIES (unpacked in $ROOT): skipped (installed)"
  exit 0
fi

log "wordpress $WP_SERIES + mariadb $MARIADB_SERIES + php $PHP_SERIES: downloading Debian's packages into $DIR/debs"
rm -rf "$DIR/debs" "$ROOT" "$STAMP"
mkdir -p "$DIR/debs/partial" "$ROOT"
download() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --download-only --no-install-recommends \
    -o Dir::Cache::Archives="$DIR/debs" -o APT::Sandbox::User=root "${PACKAGES[@]}"
}
download >/dev/null || { $SUDO apt-get update -q >/dev/null && download >/dev/null; } \
  || die "apt-get could not download ${PACKAGES[*]}"
shopt -s nullglob
debs=("$DIR"/debs/*.deb)
[ "${#debs[@]}" -gt 0 ] || die "apt-get downloaded nothing into $DIR/debs"
for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$ROOT"; done
versions_ok || die "the unpacked packages are not WordPress $WP_SERIES.x, PHP $PHP_SERIES and MariaDB $MARIADB_SERIES.x"
{
  echo "$WANT"
  for deb in "${debs[@]}"; do dpkg-deb -f "$deb" Package Version | paste -sd' '; done
} > "$STAMP"
rm -rf "$DIR/debs"
log "wordpress: ok ($(( ${#debs[@]} )) packages unpacked in $ROOT, $(du -sh "$ROOT" | cut -f1))"
