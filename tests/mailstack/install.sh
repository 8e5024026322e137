#!/usr/bin/env bash
# Installs what the test mail stack needs, if missing: Dovecot (imapd +
# lmtpd + submissiond), OpenSMTPD, and a PostgreSQL reachable on 127.0.0.1:5432 with trust
# auth. Idempotent and silent when everything is already there.
# Needs root (or passwordless sudo) only when something has to be installed.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi

log() { echo "mailstack/install: $*" >&2; }

apt_install() {
    log "installing: $*"
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/tmp/mailstack-apt.log 2>&1; then
        log "install failed, running apt-get update first"
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >>/tmp/mailstack-apt.log 2>&1 || true
        if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >>/tmp/mailstack-apt.log 2>&1; then
            tail -n 30 /tmp/mailstack-apt.log >&2
            log "apt-get install $* failed (full log: /tmp/mailstack-apt.log)"
            exit 1
        fi
    fi
}

# --- Dovecot + OpenSMTPD ---------------------------------------------------
if ! command -v dovecot >/dev/null 2>&1 \
    || [ ! -x /usr/lib/dovecot/imap ] || [ ! -x /usr/lib/dovecot/lmtp ] \
    || [ ! -x /usr/lib/dovecot/submission ] \
    || ! command -v smtpd >/dev/null 2>&1 \
    || [ ! -x /usr/libexec/opensmtpd/mail.lmtp ]; then
    apt_install dovecot-imapd dovecot-lmtpd dovecot-submissiond opensmtpd
fi

# openssl makes the stack's private CA and server certificate.
command -v openssl >/dev/null 2>&1 || apt_install openssl

# --- PostgreSQL on 127.0.0.1:5432, trust auth -------------------------------
pg_trust_ok() {
    psql -w -h 127.0.0.1 -p 5432 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1
}

if ! command -v pg_isready >/dev/null 2>&1 || ! pg_isready -q -h 127.0.0.1 -p 5432; then
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        apt_install postgresql
    fi
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    if [ -z "$version" ]; then
        log "no cluster under /etc/postgresql after installing postgresql"
        exit 1
    fi
    log "starting PostgreSQL $version/main"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p 5432 && break
        sleep 0.5
    done
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
        log "PostgreSQL does not accept connections on 127.0.0.1:5432"
        tail -n 30 /var/log/postgresql/postgresql-"$version"-main.log >&2 || true
        exit 1
    fi
fi

if ! pg_trust_ok; then
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    if [ ! -f "$hba" ]; then
        log "cannot connect as postgres to 127.0.0.1:5432 without a password, and no $hba to fix"
        exit 1
    fi
    log "configuring trust auth for 127.0.0.1 in $hba"
    # The first matching line wins: put ours on top.
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust  # added by guichet tests/mailstack/install.sh' "$hba"
    $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main reload
    sleep 1
    if ! pg_trust_ok; then
        log "still cannot connect as postgres@127.0.0.1:5432 with trust auth"
        exit 1
    fi
fi
