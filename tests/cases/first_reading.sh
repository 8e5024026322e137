#!/bin/bash
# Writes tests/cases/first_reading.tsv: how the rules read each aside part from the 30th to the
# 49th *before* it was written (each part at its adding commit's parent, from git history), so
# that tests/understand_model.rs measures the learned second reading on mail the rules had not
# seen either. Columns: part, case name, kind read, and 1 when the rules read it by a weak sign
# or by default (the readings the model may change). Needs the repository's history; rebuilds
# the crate once per part (about 20 minutes on two cores).
set -euo pipefail
repo=$(git rev-parse --show-toplevel)
out="$repo/tests/cases/first_reading.tsv"
work=$(mktemp -d)
trap 'git -C "$repo" worktree remove -f "$work/tree" 2>/dev/null || true; rm -rf "$work"' EXIT
printf '# part\tcase\tkind read\tweak\n' > "$out.new"
for n in $(seq 30 49); do
  added=$(git -C "$repo" log --format=%h --diff-filter=A -- "tests/cases/aside$n.rs" | tail -1)
  git -C "$repo" worktree remove -f "$work/tree" 2>/dev/null || true
  git -C "$repo" worktree add -f -q --detach "$work/tree" "$added^"
  cp "$repo/tests/cases/aside$n.rs" "$work/tree/tests/cases/"
  printf 'mod aside%s;\npub use aside%s::ASIDE_%s;\n' "$n" "$n" "$n" >> "$work/tree/tests/cases/mod.rs"
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
    cargo test --quiet --test understand_classes first_reading -- --ignored >/dev/null)
  cat "$work/part.tsv" >> "$out.new"
  echo "part $n read at $added^" >&2
done
mv "$out.new" "$out"
