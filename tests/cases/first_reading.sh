#!/bin/bash
# Writes tests/cases/first_reading.tsv: how the rules read each aside part from the 30th *before*
# it was written (each part at its adding commit's parent, from git history), so that
# tests/understand_model.rs measures the learned second reading on mail the rules had not seen
# either. Columns: part, case name, kind read, and 1 when the rules read it by a weak sign or by
# default (the readings the model may change). Where the parent already had the second reading
# (from part 50), it is switched off there: the rows are the rules' alone.
# Usage: first_reading.sh [FROM [TO]] rewrites the rows of parts FROM to TO (default 30 to the
# newest) and keeps the others. Needs the repository's history; rebuilds the crate once per
# part (about a minute each).
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
out="$repo/tests/cases/first_reading.tsv"
newest=$(ls "$repo"/tests/cases/aside*.rs | sed 's/.*aside\([0-9]*\)\.rs/\1/' | sort -n | tail -1)
from=${1:-30}
to=${2:-$newest}
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove -f "$work/tree" 2>/dev/null || true; rm -rf "$work"' EXIT
printf '# part\tcase\tkind read\tweak\n' > "$work/rows"
if [ -f "$out" ]; then
  awk -F'\t' -v a="$from" -v b="$to" '!/^#/ && ($1 < a || $1 > b)' "$out" >> "$work/rows"
fi
for n in $(seq "$from" "$to"); do
  added=$(git -C "$repo" log --format=%h --diff-filter=A -- "tests/cases/aside$n.rs" | tail -1)
  git -C "$repo" worktree remove -f "$work/tree" 2>/dev/null || true
  git -C "$repo" worktree add -f -q --detach "$work/tree" "$added^"
  cp "$repo/tests/cases/aside$n.rs" "$work/tree/tests/cases/"
  printf 'mod aside%s;\npub use aside%s::ASIDE_%s;\n' "$n" "$n" "$n" >> "$work/tree/tests/cases/mod.rs"
  # The rules alone: the learned second reading keeps their kind.
  sed -i 's/match \(MODEL\|f\.model\)\.second_reading(&joined(f\.subject, f\.own_text), ruled) {/match model::Second::Keep {/' \
    "$work/tree/src/understand/kind/mod.rs"
  cat >> "$work/tree/tests/understand_classes.rs" <<EOT

#[test]
#[ignore]
fn first_reading() {
    let directory = directory();
    let mut out = String::new();
    for c in ASIDE_$n {
        let u = read(c, &directory);
        let weak = ["about a known ticket", "says it works again", "asks when"].iter().any(|w| u.reason.starts_with(w));
        out.push_str(&format!("$n\t{}\t{}\t{}\n", c.name, u.kind.as_str(), u8::from(weak)));
    }
    std::fs::write("$work/part.tsv", out).unwrap();
}
EOT
  (cd "$work/tree" && CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target-first}" \
    cargo test --quiet --test understand_classes first_reading -- --ignored >/dev/null 2>&1)
  cat "$work/part.tsv" >> "$work/rows"
  echo "part $n read at $added^" >&2
done
{ head -1 "$work/rows"; tail -n +2 "$work/rows" | sort -t$'\t' -k1,1n -s; } > "$out.new"
mv "$out.new" "$out"
