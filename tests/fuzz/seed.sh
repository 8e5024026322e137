#!/usr/bin/env bash
# Usage: tests/fuzz/seed.sh [CORPUS_DIR]
# Builds the fuzzer's seed corpus (tests/fuzz/corpus/understand, not committed) from the
# shared mail corpus beside the project (../shared/corpus): every .eml under it, except the
# very large ones (the fuzzer reads at most -max_len bytes of an input anyway). Idempotent:
# files are named by content hash, and what the fuzzer added to the directory stays.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SOURCE="${1:-$HERE/../../../shared/corpus}"
TARGET="$HERE/corpus/understand"
[ -d "$SOURCE" ] || { echo "fuzz/seed: no corpus at $SOURCE" >&2; exit 1; }
mkdir -p "$TARGET"
count=0
while IFS= read -r -d '' file; do
    [ "$(stat -c %s "$file")" -le 1048576 ] || continue
    cp "$file" "$TARGET/seed-$(sha1sum "$file" | cut -c1-16)"
    count=$((count + 1))
done < <(find "$SOURCE" -type f -name '*.eml' -print0)
echo "fuzz/seed: $count seed mails in $TARGET" >&2
