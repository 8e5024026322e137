#!/usr/bin/env bash
# Usage: benches/storm.sh [N] [--pg] [--daemons 1|2] [--no-journal] [--conns K]
#                         [--phases bare,storm,light,ingest] [--light-secs S] [--keep]
#
# The storm benchmark (benches/BENCHMARKS.md): builds guichet and the benchmark in release,
# then runs benches/storm.rs on the local mail stack. N defaults to 10,000.
# - When GUICHET_TEST_* variables are set (source DIR/env of a running stack), that stack is
#   used. Otherwise a stack is started in a temporary directory (tests/mailstack/start.sh;
#   only one OpenSMTPD can run per machine) and stopped at the end.
# - --pg uses the PostgreSQL named by GUICHET_TEST_PG_URL, or else a throw-away cluster of its
#   own (tests/pg/start.sh), a fresh database per desk, dropped after.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cargo build --release --locked --quiet --bin guichet
cargo bench --locked --quiet --bench storm --no-run

if [ -z "${GUICHET_TEST_IMAP_HOST:-}" ]; then
    [ "$(id -u)" -eq 0 ] || { echo "storm: the mail stack needs root (or source a running stack's env)" >&2; exit 1; }
    tests/mailstack/install.sh
    STACK_DIR="$(mktemp -d -t guichet-storm-stack.XXXXXX)"
    cleanup() {
        tests/mailstack/stop.sh "$STACK_DIR" || true
        rm -rf "$STACK_DIR"
    }
    trap cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    MAILSTACK_OWNER_PID=$$ tests/mailstack/start.sh "$STACK_DIR"
    # shellcheck disable=SC1091
    source "$STACK_DIR/env"
fi
PG_DIR=""
if [[ " $* " == *" --pg "* ]] && [ -z "${GUICHET_TEST_PG_URL:-}" ]; then
    PG_DIR="$(mktemp -d -t guichet-storm-pg.XXXXXX)"
    tests/pg/start.sh "$PG_DIR"
    # shellcheck disable=SC1091
    source "$PG_DIR/env"
    stop_pg() { tests/pg/stop.sh "$PG_DIR" || true; rm -rf "$PG_DIR"; }
    if [ -n "${STACK_DIR:-}" ]; then trap 'cleanup; stop_pg' EXIT; else trap stop_pg EXIT; fi
fi
[ -n "${GUICHET_TEST_MAILSTACK_DIR:-}" ] || { echo "storm: GUICHET_TEST_MAILSTACK_DIR is not set" >&2; exit 1; }

cargo bench --locked --quiet --bench storm -- "$@"
