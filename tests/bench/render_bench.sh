#!/usr/bin/env bash
# Render benchmark (issue #5): stakegraph render vs Graphviz's own command-line
# tools on the same DOT, for 200, 1,000 and 5,000-node clustered graphs.
# For each graph: `stakegraph render -o x.dot` writes the DOT that stakegraph
# lays out; then `sfdp -Tsvg x.dot` (and `dot -Tsvg` where the graph is under
# the dot cap) is timed against `stakegraph render --layout L -o x.svg`.
# Ratio = stakegraph / CLI (target <= 1.1). Best of 3 wall-clock runs each.
# Installs the reference tool (Debian package graphviz) if it is missing.
# Usage: tests/bench/render_bench.sh [BUILD_DIR]   (default build/default)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$repo/build/default}
cmake --build "$build" --target stakegraph stakegraph_render_gen >/dev/null
if ! command -v sfdp >/dev/null || ! command -v dot >/dev/null; then
  echo "installing the graphviz command-line tools (reference for this benchmark)" >&2
  apt-get install -y --no-install-recommends graphviz >/dev/null
fi
sg=$build/cli/stakegraph
gen=$build/tests/bench/stakegraph_render_gen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best() {  # best wall time in seconds of 3 runs of "$@"
  local b=""
  for _ in 1 2 3; do
    local s e
    s=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    e=$(date +%s.%N)
    b=$(echo "$s $e ${b:-1e9}" | awk '{t=$2-$1; print (t<$3)?t:$3}')
  done
  echo "$b"
}

printf "%-7s %-6s %7s %7s %10s %10s %6s\n" nodes layout edges tool_s stakegraph_s cli_s ratio
for n in 200 1000 5000; do
  json=$work/g$n.json
  "$gen" "$n" 8 "$json"
  for layout in sfdp dot; do
    if [[ $layout == dot && $n -gt 2000 ]]; then continue; fi  # over the dot cap
    dotfile=$work/g$n-$layout.dot
    "$sg" --quiet render "$json" --layout "$layout" --timeout 600 -o "$dotfile"
    edges=$(grep -c -- '->' "$dotfile" || true)
    t_sg=$(best "$sg" --quiet render "$json" --layout "$layout" --timeout 600 -o "$work/x.svg")
    t_cli=$(best "$layout" -Tsvg "$dotfile" -o "$work/y.svg")
    ratio=$(echo "$t_sg $t_cli" | awk '{printf "%.2f", $1/$2}')
    printf "%-7s %-6s %7s %7s %10.3f %10.3f %6s\n" "$n" "$layout" "$edges" "" "$t_sg" "$t_cli" "$ratio"
  done
done
