#!/usr/bin/env bash
# Installs a stock Request Tracker 5 for the tests, if missing: Debian's request-tracker5
# with its SQLite backend and fetchmail (a site's usual way to feed rt-mailgate). RT's
# packaged database is not made (dbconfig-install false): the tests make their own, in a
# temporary directory (tests/rt/start.sh). No service is started. Idempotent.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
log() { echo "rt/install: $*" >&2; }

if [ -x /usr/share/request-tracker5/libexec/rt-server ] && [ -x /usr/sbin/rt-setup-database ] \
    && [ -x /usr/bin/rt-mailgate ] && command -v fetchmail >/dev/null 2>&1 \
    && perl -MDBD::SQLite -e1 2>/dev/null; then
    exit 0
fi
log "installing request-tracker5, rt5-db-sqlite, fetchmail"
echo "request-tracker5 request-tracker5/dbconfig-install boolean false" | $SUDO debconf-set-selections
install() {
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        request-tracker5 rt5-db-sqlite rt5-clients fetchmail >>/tmp/rt-apt.log 2>&1
}
if ! install; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >>/tmp/rt-apt.log 2>&1 || true
    install || { tail -n 30 /tmp/rt-apt.log >&2; log "apt-get install failed (log: /tmp/rt-apt.log)"; exit 1; }
fi
