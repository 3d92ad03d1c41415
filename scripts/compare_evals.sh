#!/usr/bin/env bash
# Case by case, what changed between two runs of scripts/eval_corpora.sh: one line per case whose
# outcome or stated total differs ("corpus case: before -> after").
set -euo pipefail
before=${1:?usage: scripts/compare_evals.sh BEFORE_DIR AFTER_DIR}
after=${2:?usage: scripts/compare_evals.sh BEFORE_DIR AFTER_DIR}
cases() {
  awk 'NR==1 {o=index($0,"outcome"); a=index($0,"ask?"); s=index($0,"stated"); d=index($0,"detail"); next}
       /^[^ ]+  / && !/^offline|^model/ {st=substr($0,s,d-s); gsub(/ /,"",st); oc=substr($0,o,a-o); gsub(/ /,"",oc);
       print $1, oc "/" st}' "$1" | sort
}
for table in "$after"/inquiries*.txt; do
  name=$(basename "$table")
  [ -f "$before/$name" ] || { echo "${name%.txt}: new corpus"; continue; }
  # The table is fixed-width: the outcome and the stated total are read at the header's columns.
  join -a1 -a2 -e- -o 0,1.2,2.2 <(cases "$before/$name") <(cases "$after/$name") |
    awk -v corpus="${name%.txt}" '$2 != $3 {print corpus " " $1 ": " $2 " -> " $3}'
done
