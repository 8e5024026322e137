#!/usr/bin/env bash
# Installs what the test mail stack needs, if missing: Dovecot (imapd +
# lmtpd + submissiond) and OpenSMTPD. Idempotent and silent when everything is already there.
# (The tests' PostgreSQL is a cluster of their own: tests/pg/start.sh.)
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
