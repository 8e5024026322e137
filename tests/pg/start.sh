#!/usr/bin/env bash
# Usage: tests/pg/start.sh DIR
#
# Starts a throw-away PostgreSQL cluster of the tests' own: initdb in DIR/data, listening on
# 127.0.0.1:$GUICHET_PG_PORT (default 15432, or the next free port) and on a socket in DIR,
# trust authentication for the cluster's own superuser `postgres` and nothing else touched:
# the machine's own PostgreSQL (if any), its clusters and its pg_hba.conf are left alone.
# Writes DIR/env (GUICHET_TEST_PG_URL, GUICHET_TEST_PG_DIR). Stop with tests/pg/stop.sh DIR.
# Installs Debian's postgresql server package when no server binaries are found.
set -euo pipefail

die() { echo "pg/start: $*" >&2; exit 1; }
[ $# -eq 1 ] || die "usage: $0 DIR"

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(bin_dir)" ] || [ ! -x "$(bin_dir)/initdb" ]; then
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL server binaries missing; run as root to install them"
    echo "pg/start: installing postgresql (server binaries)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q postgresql >/tmp/guichet-pg-apt.log 2>&1 \
        || { apt-get update -q >>/tmp/guichet-pg-apt.log 2>&1 && apt-get install -y -q postgresql >>/tmp/guichet-pg-apt.log 2>&1; } \
        || { tail -n 20 /tmp/guichet-pg-apt.log >&2; die "apt-get install postgresql failed"; }
fi
BIN="$(bin_dir)"

mkdir -p "$1"
DIR="$(cd "$1" && pwd)"
# PostgreSQL refuses to run as root: the cluster belongs to an unprivileged user.
RUN_AS=()
OWNER="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    OWNER=postgres
    id "$OWNER" >/dev/null 2>&1 || die "no 'postgres' user to run the cluster as"
    RUN_AS=(runuser -u "$OWNER" --)
    # The owner must reach DIR: open the path to it for traversal only.
    d="$DIR"
    while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d="$(dirname "$d")"; done
    chown "$OWNER" "$DIR"
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${GUICHET_PG_PORT:-15432}"
for _ in $(seq 1 50); do port_free "$PORT" && break; PORT=$((PORT + 1)); done
port_free "$PORT" || die "no free port from ${GUICHET_PG_PORT:-15432}"

"${RUN_AS[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
cat >>"$DIR/data/postgresql.conf" <<CONF
# guichet tests: loopback and a socket in the test directory only.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
max_connections = 300
shared_buffers = 256MB
logging_collector = off
CONF
"${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w -t 30 start >/dev/null \
    || { tail -n 30 "$DIR/postgres.log" >&2; die "the cluster did not start"; }

cat >"$DIR/env" <<ENV
export GUICHET_TEST_PG_URL=postgres://postgres@127.0.0.1:$PORT/postgres
export GUICHET_TEST_PG_DIR=$DIR
ENV
echo "pg/start: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($DIR)" >&2
