#!/usr/bin/env bash
# Usage: tests/rt/stop.sh DIR — stops the rt-server and fetchmail started by start.sh DIR.
# Idempotent; leaves DIR (database, logs) in place.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 1; }
[ -d "$1" ] || exit 0
DIR="$(cd "$1" && pwd)"
stop() {
    local file="$1" name="$2" pid
    [ -s "$file" ] || return 0
    pid="$(head -n 1 "$file")"
    if [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$name"; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}
stop "$DIR/fetchmail.pid" fetchmail
stop "$DIR/rt-server.pid" rt-server
