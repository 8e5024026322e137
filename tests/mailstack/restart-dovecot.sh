#!/usr/bin/env bash
# Usage: tests/mailstack/restart-dovecot.sh DIR [DOWN_SECS]
#
# Restarts only the Dovecot of the stack started by start.sh DIR, with the same
# configuration and mail: TERM (then KILL after 10 s) to the recorded master and
# its process group, DOWN_SECS (default 0) with nothing listening, then the same
# command as start.sh, and waits until IMAP accepts connections again. For the
# fault tests; OpenSMTPD is left alone (mail it could not hand to Dovecot
# meanwhile waits in its queue: `smtpctl schedule all` retries it at once).
set -euo pipefail

die() { echo "mailstack/restart-dovecot: $*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: $0 DIR [DOWN_SECS]"
DIR="$(cd "$1" && pwd)"
DOWN="${2:-0}"
[ -f "$DIR/dovecot.conf" ] || die "no $DIR/dovecot.conf: not a stack started by start.sh"
IMAP_PORT="$(sed -n 's/^export GUICHET_TEST_IMAP_PORT=//p' "$DIR/env")"
[ -n "$IMAP_PORT" ] || die "no GUICHET_TEST_IMAP_PORT in $DIR/env"

pid_alive() {
    [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ] || return 1
    local rest
    rest="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    rest="${rest##*) }"
    [ "${rest%% *}" != Z ]
}
runs() { [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' <"/proc/$1/cmdline" | grep -q "$2"; }
group_members() {
    local m
    for m in $(pgrep -g "$1" 2>/dev/null || true); do
        if pid_alive "$m"; then echo "$m"; fi
    done
}
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid="$(cat "$DIR/dovecot.pid" 2>/dev/null || true)"
if [ -n "$pid" ] && pid_alive "$pid" && runs "$pid" dovecot; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do pid_alive "$pid" || break; sleep 0.1; done
    pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
    # Its children (imap, lmtp…) share its process group (start.sh uses setsid).
    if [ -n "$(group_members "$pid")" ]; then
        kill -TERM -- "-$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do [ -n "$(group_members "$pid")" ] || break; sleep 0.1; done
        kill -KILL -- "-$pid" 2>/dev/null || true
    fi
fi
for _ in $(seq 1 50); do port_busy "$IMAP_PORT" || break; sleep 0.1; done
port_busy "$IMAP_PORT" && die "port $IMAP_PORT still answers after stopping Dovecot"

sleep "$DOWN"

setsid dovecot -F -c "$DIR/dovecot.conf" >>"$DIR/log/dovecot.log" 2>&1 </dev/null &
echo $! >"$DIR/dovecot.pid"
for _ in $(seq 1 150); do
    pid_alive "$(cat "$DIR/dovecot.pid")" || die "dovecot exited on restart (see $DIR/log/dovecot.log)"
    if port_busy "$IMAP_PORT" && [ -S "$DIR/run/lmtp.sock" ]; then
        exit 0
    fi
    sleep 0.1
done
die "IMAP port $IMAP_PORT not accepting connections 15 s after restarting Dovecot"
