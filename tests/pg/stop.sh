#!/usr/bin/env bash
# Usage: tests/pg/stop.sh DIR — stops the cluster tests/pg/start.sh DIR started (fast
# shutdown, then immediate). Idempotent. Leaves DIR in place.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 DIR" >&2; exit 1; }
DIR="$1"
[ -f "$DIR/data/postmaster.pid" ] || exit 0
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then RUN_AS=(runuser -u postgres --); fi
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast -w -t 20 stop >/dev/null 2>&1 \
    || "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
