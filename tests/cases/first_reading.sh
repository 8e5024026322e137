#!/bin/bash
# Writes tests/cases/first_reading.tsv: how the rules read each aside part from the 30th *before*
# it was written (each part at its adding commit's parent, from git history), so that
# tests/understand_model.rs measures the learned second reading on mail the rules had not seen
# either. Columns: part, case name, kind read, 1 when the rules read it by a weak sign or by
# default (the readings the model may change), and the weights of the mail read as new
# (need/fault, as `inspect --explain` shows them: 0/0 is an incident by default). Where the
# parent already had the second reading (from part 50), it is switched off there: the rows are
# the rules' alone.
# Usage: first_reading.sh [FROM [TO]] rewrites the rows of parts FROM to TO (default 30 to the
# newest) and keeps the others. Needs the repository's history; rebuilds the crate once per
# part (about a minute each).
set -euo pipefail
# The whole script is one function, read before it runs: bash reads a plain script as it goes,
# and an edit made during a run (tens of minutes) would break it.
main() {
repo=$(git rev-parse --show-toplevel)
out="$repo/tests/cases/first_reading.tsv"
newest=$(ls "$repo"/tests/cases/aside*.rs | sed 's/.*aside\([0-9]*\)\.rs/\1/' | sort -n | tail -1)
from=${1:-30}
to=${2:-$newest}
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove -f "$work/tree" 2>/dev/null || true; rm -rf "$work"' EXIT
printf '# part\tcase\tkind read\tweak\tneed/fault\n' > "$work/rows"
if [ -f "$out" ]; then
  awk -F'\t' -v a="$from" -v b="$to" '!/^#/ && ($1 < a || $1 > b)' "$out" >> "$work/rows"
fi
for n in $(seq "$from" "$to"); do
  added=$(git -C "$repo" log --format=%h --diff-filter=A -- "tests/cases/aside$n.rs" | tail -1)
  git -C "$repo" worktree remove -f "$work/tree" 2>/dev/null || true
  git -C "$repo" worktree add -f -q --detach "$work/tree" "$added^"
  cp "$repo/tests/cases/aside$n.rs" "$work/tree/tests/cases/"
  printf 'mod aside%s;\npub use aside%s::ASIDE_%s;\n' "$n" "$n" "$n" >> "$work/tree/tests/cases/mod.rs"
  # The rules alone: the learned second reading keeps their kind, and reads no need.
  sed -i 's/match \(MODEL\|f\.model\)\.second_reading(&joined(f\.subject, f\.own_text), ruled) {/match model::Second::Keep {/' \
    "$work/tree/src/understand/kind/mod.rs"
  sed -i 's/f\.model\.reads_a_need(&joined(f\.subject, f\.own_text))/false/' "$work/tree/src/understand/kind/mod.rs"
  sed -i 's/f\.model\.new_mail_reading(&joined(f\.subject, f\.own_text))/None/' "$work/tree/src/understand/kind/mod.rs"
  # The weights come from `inspect --explain`'s reading, passed in the reason: the harness's
  # own `read` builds the mail as each commit did.
  sed -i 's/^\(\s*\)understand(/\1weighed(/' "$work/tree/tests/understand_classes.rs"
  cat >> "$work/tree/tests/understand_classes.rs" <<EOT

fn weighed(raw: &[u8], ctx: &guichet::understand::Context<'_>) -> Understanding {
    let (mut u, lines) = guichet::understand::explain::explain(raw, ctx);
    let weighed = lines.iter().flat_map(|l| l.considered.iter()).find_map(|s| s.strip_prefix("weighed as a new mail: need "));
    u.reason = format!("{}|{}", weighed.map(|w| w.replace(", fault ", "/")).unwrap_or_default(), u.reason);
    u
}

#[test]
#[ignore]
fn first_reading() {
    let directory = directory();
    let mut out = String::new();
    for c in ASIDE_$n {
        let u = read(c, &directory);
        let (weights, reason) = u.reason.split_once('|').unwrap();
        let weak = ["about a known ticket", "says it works again", "asks when"].iter().any(|w| reason.starts_with(w));
        out.push_str(&format!("$n\t{}\t{}\t{}\t{}\n", c.name, u.kind.as_str(), u8::from(weak), weights));
    }
    std::fs::write("$work/part.tsv", out).unwrap();
}
EOT
  (cd "$work/tree" && CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target/first-reading}" \
    cargo test --quiet --test understand_classes first_reading -- --ignored >"$work/log" 2>&1) ||
    { tail -30 "$work/log" >&2; echo "part $n: the reading failed at $added^" >&2; exit 1; }
  cat "$work/part.tsv" >> "$work/rows"
  echo "part $n read at $added^" >&2
done
{ head -1 "$work/rows"; tail -n +2 "$work/rows" | sort -t$'\t' -k1,1n -s; } > "$out.new"
mv "$out.new" "$out"
}
main "$@"
