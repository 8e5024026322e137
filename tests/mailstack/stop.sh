#!/usr/bin/env bash
# Usage: tests/mailstack/stop.sh DIR
# Stops the Dovecot and OpenSMTPD started by start.sh DIR, by the pids recorded
# under DIR (TERM, wait up to 5 s, then KILL). Idempotent: a missing DIR or
# dead processes are fine. Leaves DIR (mail, logs) in place.
set -euo pipefail

REGISTRY="${MAILSTACK_REGISTRY:-/run/guichet-mailstack.smtpd}"

[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 1; }
[ -d "$1" ] || exit 0
DIR="$(cd "$1" && pwd)"

# Alive and not a zombie (an exited daemon stays a zombie until whoever
# inherited it reaps it).
pid_alive() {
    [ -n "${1:-}" ] && [ -r "/proc/$1/stat" ] || return 1
    local rest
    rest="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
    rest="${rest##*) }"
    [ "${rest%% *}" != Z ]
}

# Only signal a recorded pid if it still is the expected program (pids get
# reused).
runs() {
    local pid="$1" name="$2"
    [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$name"
}

# Live (non-zombie) members of process group $1.
group_members() {
    local m
    for m in $(pgrep -g "$1" 2>/dev/null || true); do
        if pid_alive "$m"; then echo "$m"; fi
    done
}

# True when process group $1 has live members and all run program $2 (a
# reused pid that leads some unrelated group is left alone).
group_ours() {
    local members m
    members="$(group_members "$1")"
    [ -n "$members" ] || return 1
    for m in $members; do
        runs "$m" "$2" || return 1
    done
}

# start.sh runs each daemon in its own session (setsid), so its process group
# id is the recorded pid: children still alive once the master is gone (e.g.
# a Dovecot imap process serving a client) are stopped through the group.
# Both daemons are signalled at once (OpenSMTPD takes ~3 s to shut down).
pids=()
names=()
for name in smtpd dovecot; do
    pidfile="$DIR/$name.pid"
    [ -f "$pidfile" ] || continue
    pid="$(cat "$pidfile" 2>/dev/null || true)"
    rm -f "$pidfile"
    [ -n "$pid" ] || continue
    pids+=("$pid")
    names+=("$name")
    if pid_alive "$pid" && runs "$pid" "$name"; then
        kill -TERM "$pid" 2>/dev/null || true
    fi
done

for i in "${!pids[@]}"; do
    pid="${pids[$i]}"
    name="${names[$i]}"
    for _ in $(seq 1 50); do
        if ! pid_alive "$pid" || ! runs "$pid" "$name"; then break; fi
        sleep 0.1
    done
    if pid_alive "$pid" && runs "$pid" "$name"; then
        echo "mailstack/stop: $name (pid $pid) ignored TERM for 5 s, killing it" >&2
        kill -KILL "$pid" 2>/dev/null || true
    fi
    if group_ours "$pid" "$name"; then
        kill -TERM -- "-$pid" 2>/dev/null || true
        for _ in $(seq 1 20); do
            [ -n "$(group_members "$pid")" ] || break
            sleep 0.1
        done
        if group_ours "$pid" "$name"; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
    fi
done

if [ -f "$REGISTRY" ]; then
    read -r _ _ reg_dir <"$REGISTRY" || true
    if [ "${reg_dir:-}" = "$DIR" ]; then rm -f "$REGISTRY"; fi
fi
