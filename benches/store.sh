#!/usr/bin/env bash
# Usage: benches/store.sh [SIZES] [--sqlite-only]      (SIZES default 10000,100000,1000000)
#
# The store benchmark (benches/BENCHMARKS.md, "Store at scale"): for each size, fills a fresh
# SQLite file and a fresh PostgreSQL database to that many tickets in a region's proportions,
# times the daemon's and the desk's paths on it, then applies the default retention and
# reports the store's size. PostgreSQL is the one named by GUICHET_TEST_PG_URL, or else a
# throw-away cluster of its own (tests/pg/start.sh), stopped at the end. No mail server.
# STORE_BENCH_KEEP=DIR keeps the SQLite files in DIR. 1,000,000 tickets take ~40 minutes
# here, most of it PostgreSQL's fill and purge.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ " $* " != *" --sqlite-only "* ]] && [ -z "${GUICHET_TEST_PG_URL:-}" ]; then
    PG_DIR="$(mktemp -d -t guichet-store-pg.XXXXXX)"
    trap 'tests/pg/stop.sh "$PG_DIR" || true; rm -rf "$PG_DIR"' EXIT
    tests/pg/start.sh "$PG_DIR"
    # shellcheck disable=SC1091
    source "$PG_DIR/env"
fi
cargo bench --locked --quiet --bench store -- "$@"
