#!/usr/bin/env bash
# Usage: tests/mailstack/start.sh DIR
#
# Starts a throw-away mail stack on loopback for the integration tests:
#   - Dovecot: IMAP on 127.0.0.1:$MAILSTACK_IMAP_PORT (default 10143), plain
#     text login, any username (use the full address) with one static password,
#     mailboxes (sdbox) under DIR/mail/<domain>/<local part>;
#   - OpenSMTPD: SMTP on 127.0.0.1:$MAILSTACK_SMTP_PORT (default 10025),
#     accepting every recipient in every domain and delivering it by LMTP
#     (unix socket DIR/run/lmtp.sock) to the Dovecot mailbox named by the full
#     recipient address. Nothing is relayed, no DNS is needed.
#   - TLS, with a private CA made here (DIR/tls/ca.pem; server certificate for
#     localhost and 127.0.0.1): IMAPS on $MAILSTACK_IMAPS_PORT (default 10993),
#     STARTTLS on the IMAP port; SMTPS on $MAILSTACK_SMTPS_PORT (10465) and
#     STARTTLS submission on $MAILSTACK_SUBMISSION_PORT (10587), served by
#     Dovecot's submission service (AUTH required, same logins as IMAP), which
#     relays to the OpenSMTPD above. (Debian 12's OpenSMTPD 6.8 cannot do TLS
#     with OpenSSL 3: "missing private key" in its privilege-separated signer.)
#     Users of the domain secret.invalid log in with a password made at each
#     start (GUICHET_TEST_SECRET_* in DIR/env), for tests that look for it in logs.
# Configs, mail, logs, pid files and sockets all live under DIR. Writes
# DIR/env (shell `export` lines with the GUICHET_TEST_* variables).
# Stop with tests/mailstack/stop.sh DIR.
#
# OpenSMTPD's spool (/var/spool/smtpd) and control socket are fixed paths, so
# only one stack can run on a machine at a time. The running one is recorded in
# $MAILSTACK_REGISTRY; if its owner process (MAILSTACK_OWNER_PID, default the
# caller of this script) is gone it is stopped, else this script refuses.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IMAP_PORT="${MAILSTACK_IMAP_PORT:-10143}"
SMTP_PORT="${MAILSTACK_SMTP_PORT:-10025}"
PASSWORD="${MAILSTACK_PASSWORD:-guichet-test-password}"
IMAPS_PORT="${MAILSTACK_IMAPS_PORT:-10993}"
SMTPS_PORT="${MAILSTACK_SMTPS_PORT:-10465}"
SUBMISSION_PORT="${MAILSTACK_SUBMISSION_PORT:-10587}"
SECRET_DOMAIN=secret.invalid
OWNER_PID="${MAILSTACK_OWNER_PID:-$PPID}"
REGISTRY="${MAILSTACK_REGISTRY:-/run/guichet-mailstack.smtpd}"
SPOOL=/var/spool/smtpd
SPOOL_MARK="$SPOOL/.guichet-mailstack"

die() { echo "mailstack/start: $*" >&2; exit 1; }
say() { echo "mailstack/start: $*" >&2; }

[ $# -eq 1 ] || die "usage: $0 DIR"
[ "$(id -u)" -eq 0 ] || die "must run as root (Dovecot and OpenSMTPD drop privileges themselves)"
command -v dovecot >/dev/null || die "dovecot missing: run tests/mailstack/install.sh"
command -v smtpd >/dev/null || die "smtpd (OpenSMTPD) missing: run tests/mailstack/install.sh"
[ -x /usr/lib/dovecot/submission ] || die "Dovecot submission missing: run tests/mailstack/install.sh"
command -v openssl >/dev/null || die "openssl missing: apt-get install openssl"

mkdir -p "$1"
DIR="$(cd "$1" && pwd)"
case "$DIR" in *[[:space:]\"]*) die "DIR must not contain spaces or quotes: $DIR" ;; esac

# Alive and not a zombie.
pid_alive() {
    [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ] || return 1
    local rest
    rest="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    rest="${rest##*) }"
    [ "${rest%% *}" != Z ]
}
is_smtpd() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q 'smtpd'; }

# --- the one-OpenSMTPD-per-machine rule --------------------------------------
if [ -f "$REGISTRY" ]; then
    read -r old_pid old_owner old_dir <"$REGISTRY" || true
    if pid_alive "${old_pid:-}" && is_smtpd "$old_pid"; then
        if [ "${old_dir:-}" = "$DIR" ]; then
            say "a stack already runs in $DIR: restarting it"
            "$HERE/stop.sh" "$DIR"
        elif pid_alive "${old_owner:-}"; then
            die "another test mail stack is running (smtpd pid $old_pid, dir $old_dir, owner pid $old_owner alive).
Only one OpenSMTPD can run per machine. Stop it first: tests/mailstack/stop.sh $old_dir"
        else
            say "stopping stale test mail stack in $old_dir (owner pid $old_owner is gone)"
            if [ -d "$old_dir" ]; then
                "$HERE/stop.sh" "$old_dir"
            else
                kill -TERM "$old_pid" 2>/dev/null || true
                for _ in $(seq 1 50); do pid_alive "$old_pid" || break; sleep 0.1; done
                kill -KILL "$old_pid" 2>/dev/null || true
            fi
        fi
    fi
    rm -f "$REGISTRY"
fi
# (children of a just-stopped smtpd may take a moment to exit)
for _ in $(seq 1 50); do pgrep -x smtpd >/dev/null 2>&1 || break; sleep 0.1; done
if pgrep -x smtpd >/dev/null 2>&1; then
    die "an OpenSMTPD not started by this script is running (pids: $(pgrep -x smtpd | tr '\n' ' ')).
Its spool and control socket are shared with ours; stop it first (e.g. service opensmtpd stop)."
fi
if [ -f "$DIR/dovecot.pid" ] && pid_alive "$(cat "$DIR/dovecot.pid")"; then
    "$HERE/stop.sh" "$DIR"
fi

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$IMAP_PORT" && die "port $IMAP_PORT (IMAP) is already in use; set MAILSTACK_IMAP_PORT"
port_busy "$SMTP_PORT" && die "port $SMTP_PORT (SMTP) is already in use; set MAILSTACK_SMTP_PORT"
port_busy "$IMAPS_PORT" && die "port $IMAPS_PORT (IMAPS) is already in use; set MAILSTACK_IMAPS_PORT"
port_busy "$SMTPS_PORT" && die "port $SMTPS_PORT (SMTPS) is already in use; set MAILSTACK_SMTPS_PORT"
port_busy "$SUBMISSION_PORT" && die "port $SUBMISSION_PORT (submission) is already in use; set MAILSTACK_SUBMISSION_PORT"

# --- layout --------------------------------------------------------------------
# Dovecot's and OpenSMTPD's unprivileged processes (mail, dovecot, opensmtpd)
# must be able to traverse DIR and its parents to reach the mail store and the
# LMTP socket.
chmod 0755 "$DIR"
parent="$(dirname "$DIR")"
while [ "$parent" != / ]; do
    if [ "$(( 0$(stat -c %a "$parent") & 01 ))" -eq 0 ]; then
        die "$parent (a parent of $DIR) is not searchable by other users, and Dovecot's
unprivileged processes need to reach $DIR: chmod o+x $parent, or use another DIR"
    fi
    parent="$(dirname "$parent")"
done
mkdir -p "$DIR/run" "$DIR/state" "$DIR/log" "$DIR/mail"
chown mail:mail "$DIR/mail"
chmod 0755 "$DIR/run" "$DIR/log"
rm -f "$DIR/log/dovecot.log" "$DIR/log/smtpd.log"

# --- TLS: a private CA and a server certificate for localhost / 127.0.0.1 ---------
# Made once per DIR (kept across restarts, so running tests keep trusting it).
TLS="$DIR/tls"
if [ ! -s "$TLS/ca.pem" ] || [ ! -s "$TLS/server.pem" ] || [ ! -s "$TLS/server.key" ] \
    || ! openssl x509 -checkend 86400 -noout -in "$TLS/server.pem" >/dev/null 2>&1; then
    mkdir -p "$TLS"
    # RSA: OpenSMTPD 6.8's privilege-separated signing fails with EC keys on OpenSSL 3.
    rsa="-newkey rsa:2048 -nodes"
    # shellcheck disable=SC2086
    openssl req -x509 $rsa -keyout "$TLS/ca.key" -out "$TLS/ca.pem" -days 825 \
        -subj "/CN=guichet mailstack test CA" -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" >"$DIR/log/openssl.out" 2>&1 \
        || { cat "$DIR/log/openssl.out" >&2; die "cannot make the test CA"; }
    # shellcheck disable=SC2086
    openssl req $rsa -keyout "$TLS/server.key" -out "$TLS/server.csr" -subj "/CN=localhost" \
        >>"$DIR/log/openssl.out" 2>&1 || { cat "$DIR/log/openssl.out" >&2; die "cannot make the server key"; }
    printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=critical,CA:FALSE" \
        "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" >"$TLS/server.ext"
    openssl x509 -req -in "$TLS/server.csr" -CA "$TLS/ca.pem" -CAkey "$TLS/ca.key" -CAcreateserial \
        -days 825 -extfile "$TLS/server.ext" -out "$TLS/server.pem" >>"$DIR/log/openssl.out" 2>&1 \
        || { cat "$DIR/log/openssl.out" >&2; die "cannot sign the server certificate"; }
fi
chmod 0755 "$TLS"
chmod 0644 "$TLS/ca.pem" "$TLS/server.pem"
chmod 0600 "$TLS/ca.key" "$TLS/server.key"
# One secret per start, for tests that check it never shows in logs: the password of
# the IMAP and submission logins *@$SECRET_DOMAIN.
SECRET="guichet-secret-$(openssl rand -hex 8)"

# --- Dovecot ---------------------------------------------------------------------
cat >"$DIR/dovecot.conf" <<EOF
# Generated by tests/mailstack/start.sh - test-only Dovecot, loopback only.
protocols = imap lmtp submission
listen = 127.0.0.1
base_dir = $DIR/run/dovecot
state_dir = $DIR/state
instance_name = guichet-mailstack
log_path = $DIR/log/dovecot.log
info_log_path = $DIR/log/dovecot.log
debug_log_path = $DIR/log/dovecot.log

ssl = yes
ssl_cert = <$TLS/server.pem
ssl_key = <$TLS/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
# One failed login must not slow down the next ones.
auth_failure_delay = 0
# Any address is a valid username ('+' is refused by default). Dovecot's
# default auth_username_format (%Lu) lowercases usernames, for IMAP logins and
# LMTP deliveries alike.
auth_username_chars =
first_valid_uid = 8
last_valid_uid = 8

passdb {
  driver = static
  args = password=$SECRET
  username_filter = *@$SECRET_DOMAIN
}
passdb {
  driver = static
  args = password=$PASSWORD
}
userdb {
  driver = static
  args = uid=mail gid=mail home=$DIR/mail/%d/%n allow_all_users=yes
}

# sdbox (one file per message) accepts any mailbox name; Maildir++ with a "/"
# separator would refuse '.' in names.
mail_location = sdbox:~/mail
namespace inbox {
  inbox = yes
  separator = /
}
# "a+b@x" is its own mailbox, as for IMAP logins.
recipient_delimiter =
# OpenSMTPD already adds Received/Delivered-To headers; do not add twice.
lmtp_add_received_header = no
lmtp_hdr_delivery_address = none
mail_fsync = never
mail_max_userip_connections = 200
# IDLE: new mail is announced ~0.5 s after delivery (inotify, then Dovecot's
# own coalescing delay); this is the fallback polling interval.
mailbox_idle_check_interval = 1 secs
imap_idle_notify_interval = 10 secs

default_process_limit = 500
default_client_limit = 2000

service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  unix_listener $DIR/run/lmtp.sock {
    mode = 0666
  }
}
service anvil {
  # The auth penalty makes every login after a failed one wait seconds.
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
service submission-login {
  inet_listener submission {
    address = 127.0.0.1
    port = $SUBMISSION_PORT
  }
  inet_listener submissions {
    address = 127.0.0.1
    port = $SMTPS_PORT
    ssl = yes
  }
}
# Submission (SMTPS and STARTTLS, AUTH as for IMAP) relays to OpenSMTPD's plain port.
submission_relay_host = 127.0.0.1
submission_relay_port = $SMTP_PORT
protocol lmtp {
  postmaster_address = postmaster@mailstack.invalid
}
EOF
doveconf -c "$DIR/dovecot.conf" -n >/dev/null 2>"$DIR/log/doveconf.err" \
    || { cat "$DIR/log/doveconf.err" >&2; die "invalid Dovecot config $DIR/dovecot.conf"; }

# --- OpenSMTPD -------------------------------------------------------------------
cat >"$DIR/smtpd.conf" <<EOF
# Generated by tests/mailstack/start.sh - test-only OpenSMTPD, loopback only.
# Every recipient of every domain is accepted and handed by LMTP to Dovecot
# with its full address, except those of refused.invalid, refused at RCPT with
# a 550 (a recipient the MTA will not take); nothing is relayed.
smtp max-message-size 64M
queue ttl 1h
table catchall { "@" = "mail" }
listen on 127.0.0.1 port $SMTP_PORT hostname mailstack.invalid
action "dovecot" lmtp "$DIR/run/lmtp.sock" rcpt-to virtual <catchall>
match from any for domain "refused.invalid" reject
match from any for any action "dovecot"
EOF
smtpd -n -f "$DIR/smtpd.conf" >"$DIR/log/smtpd-n.out" 2>&1 \
    || { cat "$DIR/log/smtpd-n.out" >&2; die "invalid OpenSMTPD config $DIR/smtpd.conf"; }

# Mail left queued by a previous (killed) test stack would be delivered into
# this one: purge the spool, but only if these scripts created it.
if [ ! -d "$SPOOL" ]; then
    install -d -m 0711 "$SPOOL"
    touch "$SPOOL_MARK"
elif [ -f "$SPOOL_MARK" ]; then
    find "$SPOOL/queue" "$SPOOL/offline" "$SPOOL/incoming" "$SPOOL/temporary" "$SPOOL/corrupt" \
        -mindepth 1 -delete 2>/dev/null || true
fi

# --- start -----------------------------------------------------------------------
setsid dovecot -F -c "$DIR/dovecot.conf" >>"$DIR/log/dovecot.log" 2>&1 </dev/null &
echo $! >"$DIR/dovecot.pid"
setsid smtpd -d -f "$DIR/smtpd.conf" >>"$DIR/log/smtpd.log" 2>&1 </dev/null &
echo $! >"$DIR/smtpd.pid"
echo "$(cat "$DIR/smtpd.pid") $OWNER_PID $DIR" >"$REGISTRY"

fail_with_logs() {
    echo "mailstack/start: $*" >&2
    for f in "$DIR/log/dovecot.log" "$DIR/log/smtpd.log"; do
        echo "----- $f (last 40 lines) -----" >&2
        tail -n 40 "$f" >&2 2>/dev/null || true
    done
    "$HERE/stop.sh" "$DIR" >&2 || true
    exit 1
}

ready=0
for _ in $(seq 1 150); do
    pid_alive "$(cat "$DIR/dovecot.pid")" || fail_with_logs "dovecot exited during startup"
    pid_alive "$(cat "$DIR/smtpd.pid")" || fail_with_logs "smtpd exited during startup"
    if port_busy "$IMAP_PORT" && port_busy "$SMTP_PORT" && [ -S "$DIR/run/lmtp.sock" ] \
        && port_busy "$IMAPS_PORT" && port_busy "$SMTPS_PORT" && port_busy "$SUBMISSION_PORT"; then
        ready=1
        break
    fi
    sleep 0.1
done
[ "$ready" -eq 1 ] || fail_with_logs "IMAP port $IMAP_PORT / SMTP port $SMTP_PORT not accepting connections after 15 s"

cat >"$DIR/env" <<EOF
export GUICHET_TEST_IMAP_HOST=127.0.0.1
export GUICHET_TEST_IMAP_PORT=$IMAP_PORT
export GUICHET_TEST_SMTP_HOST=127.0.0.1
export GUICHET_TEST_SMTP_PORT=$SMTP_PORT
export GUICHET_TEST_MAIL_PASSWORD=$PASSWORD
export GUICHET_TEST_MAILSTACK_DIR=$DIR
export GUICHET_TEST_IMAPS_PORT=$IMAPS_PORT
export GUICHET_TEST_IMAP_STARTTLS_PORT=$IMAP_PORT
export GUICHET_TEST_SMTPS_PORT=$SMTPS_PORT
export GUICHET_TEST_SMTP_STARTTLS_PORT=$SUBMISSION_PORT
export GUICHET_TEST_CA_FILE=$TLS/ca.pem
export GUICHET_TEST_SECRET_DOMAIN=$SECRET_DOMAIN
export GUICHET_TEST_SECRET_PASSWORD=$SECRET
EOF
echo "mailstack: IMAP 127.0.0.1:$IMAP_PORT, SMTP 127.0.0.1:$SMTP_PORT, dir $DIR (env: $DIR/env)" >&2
