#!/usr/bin/env bash
# Render benchmark in instructions (issue #5): the steadier companion of
# render_bench.sh, whose wall-clock ratios swing by tens of percent on a
# shared machine. For each size, `valgrind --tool=callgrind` counts the
# instructions of `stakegraph render` (its own process plus its render child,
# counted from the fork: callgrind's file for a forked child also holds the
# parent's costs before the fork) and of the `dot`/`sfdp` tool on the DOT that
# `stakegraph render -o x.dot` writes. Ratio = stakegraph / tool (target
# <= 1.1). Slow: about 50 times the native run time (the 5,000-node sfdp
# graph takes ~15 minutes per side).
# Usage: tests/bench/render_instructions.sh [BUILD_DIR] [SIZE...]
#        (default build/default, sizes 200 1000)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$repo/build/default}
shift || true
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then sizes=(200 1000); fi
cmake --build "$build" --target stakegraph stakegraph_render_gen >/dev/null
for tool in valgrind callgrind_annotate sfdp dot; do
  command -v "$tool" >/dev/null || { echo "needs $tool (Debian: valgrind, graphviz)" >&2; exit 1; }
done
sg=$build/cli/stakegraph
gen=$build/tests/bench/stakegraph_render_gen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Instructions of a stakegraph render: the parent's total plus the child's
# run_sandboxed (inclusive), i.e. the child's work after the fork.
stakegraph_instructions() {
  rm -rf "$work/cg" && mkdir "$work/cg"
  valgrind --tool=callgrind --callgrind-out-file="$work/cg/cg.%p" "$@" >/dev/null 2>&1
  local parent=0 child=0 f total run layouts
  for f in "$work"/cg/cg.*; do
    # Whole outputs read (no early exit): under pipefail a reader that stops
    # early makes callgrind_annotate die of SIGPIPE and the test fail.
    callgrind_annotate --inclusive=yes "$f" >"$work/annotated" 2>/dev/null
    total=$(awk '/^summary:/ {print $2}' "$f")
    run=$(awk '/sandbox.cpp:stakegraph::render::detail::run_sandboxed/ && !seen {
      gsub(",", "", $1); print $1; seen = 1 }' "$work/annotated")
    layouts=$(grep -c gvLayout "$work/annotated" || true)
    if [[ $layouts -gt 0 ]]; then  # the child: it laid the graph out
      child=$run
    else
      parent=$total
    fi
  done
  echo $((parent + child))
}

tool_instructions() {
  rm -rf "$work/cg" && mkdir "$work/cg"
  valgrind --tool=callgrind --callgrind-out-file="$work/cg/cg.%p" "$@" >/dev/null 2>&1
  awk '/^summary:/ {s += $2} END {print s}' "$work"/cg/cg.*
}

printf "%-6s %-5s %16s %16s %6s\n" nodes tool stakegraph cli ratio
for n in "${sizes[@]}"; do
  json=$work/g$n.json
  "$gen" "$n" 8 "$json"
  for layout in dot sfdp; do
    if [[ $layout == dot && $n -gt 2000 ]]; then continue; fi  # over the dot cap
    "$sg" --quiet render "$json" --layout "$layout" -o "$work/sg.dot"
    s=$(stakegraph_instructions "$sg" --quiet render "$json" --layout "$layout" --timeout 3000 \
      -o "$work/sg.svg")
    c=$(tool_instructions "$layout" -Tsvg "$work/sg.dot" -o "$work/cli.svg")
    printf "%-6s %-5s %16s %16s %6.3f\n" "$n" "$layout" "$s" "$c" "$(echo "$s $c" | awk '{print $1 / $2}')"
  done
done
