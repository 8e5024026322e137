#!/usr/bin/env bash
# The project's test command (README, CI): formatting and clippy first (fail fast), then
# the whole test suite against a real local mail stack (Dovecot + OpenSMTPD on loopback,
# with a stock Request Tracker 5 fed by fetchmail and rt-mailgate: tests/rt/start.sh,
# started in a fresh temporary directory and always stopped) and a throw-away PostgreSQL
# cluster of its own (tests/pg/start.sh: initdb in a temporary directory, its own port and
# socket; the machine's own PostgreSQL is never touched). GUICHET_TEST_PG_URL, when set,
# names another server instead. Arguments are passed to `cargo test --locked`, e.g.
#   tests/run.sh --test e2e_intake
#   tests/run.sh -- --nocapture
# Run without arguments (as CI does), it ends with 30 s of fuzzing (tests/fuzz/run.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*" >&2; }

step "cargo fmt --check"
if ! fmt_out="$(cargo fmt --check 2>&1)"; then
    printf "%s\n" "$fmt_out" | head -n 40 || true
    echo "..." >&2
    echo "not formatted (run 'cargo fmt'):" >&2
    printf "%s\n" "$fmt_out" | sed -n 's/^Diff in \(.*\):[0-9]*:$/  \1/p' | sort -u >&2
    exit 1
fi

step "cargo clippy --all-targets --locked -- -D warnings"
cargo clippy --all-targets --locked --quiet -- -D warnings

step "mail stack, a PostgreSQL cluster and a Request Tracker of its own"
tests/mailstack/install.sh
tests/rt/install.sh
STACK_DIR="$(mktemp -d -t guichet-mailstack.XXXXXX)"
RT_DIR="$(mktemp -d -t guichet-rt.XXXXXX)"
PG_DIR=""
cleanup() {
    local status=$?
    tests/rt/stop.sh "$RT_DIR" || true
    tests/mailstack/stop.sh "$STACK_DIR" || true
    [ -z "$PG_DIR" ] || tests/pg/stop.sh "$PG_DIR" || true
    if [ "$status" -eq 0 ]; then
        rm -rf "$STACK_DIR" "$RT_DIR"
        [ -z "$PG_DIR" ] || rm -rf "$PG_DIR"
    else
        echo "mail stack logs kept in $STACK_DIR/log, RT's in $RT_DIR${PG_DIR:+, the PostgreSQL cluster in $PG_DIR}" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
MAILSTACK_OWNER_PID=$$ tests/mailstack/start.sh "$STACK_DIR"
# shellcheck disable=SC1091
source "$STACK_DIR/env"
tests/rt/start.sh "$RT_DIR"
# shellcheck disable=SC1091
source "$RT_DIR/env"
if [ -z "${GUICHET_TEST_PG_URL:-}" ]; then
    PG_DIR="$(mktemp -d -t guichet-pg.XXXXXX)"
    tests/pg/start.sh "$PG_DIR"
    # shellcheck disable=SC1091
    source "$PG_DIR/env"
fi

step "cargo test --locked $*"
status=0
cargo test --locked "$@" || status=$?

# A short bounded fuzzing of the understanding (libFuzzer; builds its own instrumented copy
# the first time). Only for the whole suite; GUICHET_FUZZ_SECONDS=0 leaves it out.
fuzz_seconds="${GUICHET_FUZZ_SECONDS:-30}"
if [ "$status" -eq 0 ] && [ $# -eq 0 ] && [ "$fuzz_seconds" != 0 ]; then
    step "fuzz the understanding for $fuzz_seconds s (tests/fuzz/run.sh)"
    tests/fuzz/run.sh "$fuzz_seconds" || status=$?
fi
exit "$status"
