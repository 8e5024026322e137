#!/usr/bin/env bash
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET]
#
# Fuzzes TARGET (default: understand, the whole reading of a mail) with libFuzzer through
# cargo fuzz for SECONDS (default 30) of fuzzing, not counting the build, and fails if the
# fuzzer finds an input that panics, aborts, hangs (-timeout) or eats memory (-rss_limit_mb).
# A crash is written to tests/fuzz/artifacts/TARGET/; replay it with
#   cargo +nightly fuzz run --fuzz-dir tests/fuzz TARGET tests/fuzz/artifacts/TARGET/crash-…
#
# - Installs cargo-fuzz (crates.io) when missing.
# - libFuzzer's instrumentation needs nightly rustc flags: the nightly toolchain when rustup
#   has one, else the stable one with RUSTC_BOOTSTRAP=1.
# - Seeds tests/fuzz/corpus/TARGET from ../shared/corpus (tests/fuzz/seed.sh); what the
#   fuzzer finds is added there (not committed), so later runs start from it.
# - FUZZ_SANITIZER=address (or leak, memory...) adds a sanitizer; the default is none:
#   guichet forbids unsafe code, and the instrumented build of all its dependencies is
#   already the long part (several minutes on two cores the first time).
# - Extra libFuzzer flags may follow in FUZZ_ARGS (e.g. FUZZ_ARGS="-jobs=2 -workers=2").
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DURATION="${1:-30}"
TARGET="${2:-understand}"
SANITIZER="${FUZZ_SANITIZER:-none}"
say() { echo "fuzz: $*" >&2; }

case "$DURATION" in '' | *[!0-9]*) say "SECONDS must be a number, not $DURATION"; exit 2 ;; esac

if ! cargo fuzz --version >/dev/null 2>&1; then
    say "installing cargo-fuzz"
    cargo install cargo-fuzz --locked --quiet
fi

if rustup run nightly rustc --version >/dev/null 2>&1; then
    cargo=(cargo +nightly)
else
    say "no nightly toolchain: building with the stable one and RUSTC_BOOTSTRAP=1"
    export RUSTC_BOOTSTRAP=1
    cargo=(cargo)
fi

"$HERE/seed.sh"
mkdir -p "$HERE/artifacts/$TARGET"
cd "$ROOT"
say "building $TARGET (sanitizer: $SANITIZER), then fuzzing for $DURATION s"
# shellcheck disable=SC2086
"${cargo[@]}" fuzz run --fuzz-dir tests/fuzz --sanitizer "$SANITIZER" "$TARGET" "tests/fuzz/corpus/$TARGET" -- \
    -max_total_time="$DURATION" \
    -dict=tests/fuzz/mime.dict \
    -max_len=65536 \
    -timeout=10 \
    -rss_limit_mb=2048 \
    -print_final_stats=1 \
    ${FUZZ_ARGS:-}
say "$TARGET: no crash in $DURATION s"
