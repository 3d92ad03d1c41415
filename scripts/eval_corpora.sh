#!/usr/bin/env bash
# Runs `gateway eval-quotes` over every corpus in a tree's tests/data, two at a time, writing
# each corpus's table to OUTDIR/<corpus>.txt and a one-line summary per corpus to OUTDIR/summary.
# The tree defaults to this checkout; another tree (a worktree, or `git archive` of a commit) is
# run with its own code through PYTHONPATH, so two versions can be compared case by case with
# scripts/compare_evals.sh.
set -euo pipefail
out=${1:?usage: scripts/eval_corpora.sh OUTDIR [TREE]}
here=$(cd "$(dirname "$0")/.." && pwd)
tree=$(cd "${2:-$here}" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
# The corpora's business: their email threads quote its quotes from this domain
export EMAIL_FROM=${EMAIL_FROM:-Sacramento Hibachi at Home <bookings@sachibachi.com>}
mkdir -p "$out"
out=$(cd "$out" && pwd)

run_one() {
  local file=$1 name
  name=$(basename "$file" .jsonl)
  (cd "$tree" && PYTHONPATH=$tree "$python" -c 'from app.cli import main; main()' \
    eval-quotes "$file" >"$out/$name.txt" 2>/dev/null) || true
}
export -f run_one
export tree out python
ls "$tree"/tests/data/inquiries*.jsonl | xargs -P "${JOBS:-2}" -I{} bash -c 'run_one {}'
for table in "$out"/inquiries*.txt; do
  printf '%s %s\n' "$(basename "$table" .txt)" "$(grep -o 'exact [0-9]*, asked [0-9]*, wrong [0-9]*.*' "$table" | head -1)"
done | sort -V >"$out/summary"
cat "$out/summary"
