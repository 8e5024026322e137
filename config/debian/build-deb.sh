#!/usr/bin/env bash
# Usage: config/debian/build-deb.sh [BINARY] [OUT_DIR]
#
# Builds the Debian package of guichet with dpkg-deb alone (no tool to install): BINARY
# (default target/release/guichet, built if missing) and the repository's unit, templates,
# example configuration, README and licences, with a manual page and shell completions made
# by the binary itself from its command line. Writes OUT_DIR/guichet_VERSION_ARCH.deb
# (default target/debian) and prints its path.
#
# Installed: /usr/bin/guichet; /etc/guichet/guichet.toml (the example, its database in
# /var/lib/guichet) and /etc/guichet/templates/ as conffiles, so an upgrade keeps the desk's
# edits; /lib/systemd/system/guichet.service (not enabled: edit the configuration first, then
# `systemctl enable --now guichet`); the man page; bash, zsh and fish completions. postinst
# creates the `guichet` system user and /var/lib/guichet.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
BINARY="${1:-target/release/guichet}"
OUT="${2:-target/debian}"
if [ ! -x "$BINARY" ]; then
    [ "$BINARY" = target/release/guichet ] || { echo "build-deb: no binary $BINARY" >&2; exit 1; }
    cargo build --release --locked --quiet --bin guichet
fi
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
ARCH="$(dpkg --print-architecture)"
STAGE="$(mktemp -d -t guichet-deb.XXXXXX)"
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/guichet_${VERSION}_${ARCH}"

install -D -m 0755 "$BINARY" "$ROOT/usr/bin/guichet"
install -d -m 0755 "$ROOT/etc/guichet/templates"
sed -e 's|^url = "sqlite://guichet.db?mode=rwc"|url = "sqlite:///var/lib/guichet/guichet.db?mode=rwc"|' \
    config/guichet.example.toml >"$ROOT/etc/guichet/guichet.toml"
chmod 0640 "$ROOT/etc/guichet/guichet.toml"
install -m 0644 templates/*.hbs "$ROOT/etc/guichet/templates/"
install -d -m 0755 "$ROOT/lib/systemd/system"
sed -e 's|/usr/local/bin/guichet|/usr/bin/guichet|g' \
    -e 's|^Documentation=.*|Documentation=man:guichet(1) file:///usr/share/doc/guichet/README.md|' \
    config/guichet.service >"$ROOT/lib/systemd/system/guichet.service"
chmod 0644 "$ROOT/lib/systemd/system/guichet.service"
install -d -m 0755 "$ROOT/usr/share/doc/guichet" "$ROOT/usr/share/man/man1"
install -m 0644 README.md "$ROOT/usr/share/doc/guichet/README.md"
cat LICENSE-MIT LICENSE-APACHE >"$ROOT/usr/share/doc/guichet/copyright"
install -m 0644 config/guichet.example.toml "$ROOT/usr/share/doc/guichet/guichet.example.toml"
"$BINARY" man | gzip -9n >"$ROOT/usr/share/man/man1/guichet.1.gz"
install -d -m 0755 "$ROOT/usr/share/bash-completion/completions" "$ROOT/usr/share/zsh/vendor-completions" \
    "$ROOT/usr/share/fish/vendor_completions.d"
"$BINARY" completions bash >"$ROOT/usr/share/bash-completion/completions/guichet"
"$BINARY" completions zsh >"$ROOT/usr/share/zsh/vendor-completions/_guichet"
"$BINARY" completions fish >"$ROOT/usr/share/fish/vendor_completions.d/guichet.fish"

install -d -m 0755 "$ROOT/DEBIAN"
SIZE="$(du -sk "$ROOT" | cut -f1)"
cat >"$ROOT/DEBIAN/control" <<CONTROL
Package: guichet
Version: $VERSION
Architecture: $ARCH
Maintainer: guichet developers <guichet@localhost>
Installed-Size: $SIZE
Depends: libc6, adduser
Recommends: sqlite3
Section: mail
Priority: optional
Homepage: file:///usr/share/doc/guichet/README.md
Description: helpdesk mailbox to ticketing gateway for school IT maintenance
 guichet watches a regional service desk's mailbox over IMAP, opens a numbered
 ticket for each incident a school's correspondant reports, acknowledges it at
 once, sends work orders to the maintenance contractor and keeps the academy's
 and the local authority's platforms in step by mail.
CONTROL
(cd "$ROOT" && find etc -type f | sed 's|^|/|' | sort) >"$ROOT/DEBIAN/conffiles"
install -m 0755 config/debian/postinst "$ROOT/DEBIAN/postinst"
install -m 0755 config/debian/postrm "$ROOT/DEBIAN/postrm"

mkdir -p "$OUT"
# xz by default, as Debian ships; the tests ask for none (a debug binary is large).
dpkg-deb --root-owner-group "-Z${DEB_COMPRESSION:-xz}" --build "$ROOT" "$OUT/" >/dev/null
echo "$OUT/guichet_${VERSION}_${ARCH}.deb"
