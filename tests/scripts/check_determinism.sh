#!/usr/bin/env bash
# Determinism over the test documents: extract -> analyse -> export DOT ->
# render SVG, PNG and DOT, twice, in two different environments (working
# directory, LC_ALL, TZ, HOME). Every output must be byte-identical.
# Figures keep the 40 most central nodes and co-mentions of at least two
# sentences (--top 40 --min-weight 2) so that dot stays within a second per
# document (a list of 38 countries in one sentence is a clique dot needs
# tens of seconds for); full figures are covered by the render and report
# tests.
# Usage: check_determinism.sh STAKEGRAPH_EXE DOCUMENT...
set -uo pipefail
exe=$(cd "$(dirname "${1:?usage: check_determinism.sh EXE DOC...}")" && pwd)/$(basename "$1"); shift
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
run_all() {  # run_all DIR LC_ALL TZ
  local dir=$1 lc=$2 tz=$3
  mkdir -p "$dir/home"
  for doc in "${docs[@]}"; do
    local stem; stem=$(basename "$doc" .txt)
    (cd "$dir" && export LC_ALL=$lc TZ=$tz HOME=$dir/home &&
      "$exe" extract "$doc" -o "$stem.graph.json" -q &&
      "$exe" analyse "$stem.graph.json" -o "$stem.json" --seed 7 -q &&
      "$exe" export "$stem.json" -o "$stem.export.dot" -q &&
      "$exe" render "$stem.json" -o "$stem.svg" --top 40 --min-weight 2 -q &&
      "$exe" render "$stem.json" -o "$stem.png" --top 40 --min-weight 2 -q &&
      "$exe" render "$stem.json" -o "$stem.dot" --top 40 --min-weight 2 -q) || { echo "pipeline failed for $doc in $dir"; return 1; }
  done
}
docs=()
for d in "$@"; do docs+=("$(cd "$(dirname "$d")" && pwd)/$(basename "$d")"); done
run_all "$root/a" C UTC || exit 1
run_all "$root/b" C.UTF-8 Asia/Tokyo || exit 1
run_all "$root/c" C UTC || exit 1
status=0; count=0
for f in "$root"/a/*.*; do
  name=$(basename "$f")
  for other in b c; do
    count=$((count + 1))
    if ! cmp -s "$f" "$root/$other/$name"; then echo "DIFFERS: $name (a vs $other)"; status=1; fi
  done
done
echo "compared $count file pairs over ${#docs[@]} documents: $([[ $status == 0 ]] && echo identical || echo differences)"
exit $status
