#!/usr/bin/env bash
# Runs every libFuzzer target built in BUILD (preset "fuzz") for SECONDS each,
# starting from its committed seed corpus (read-only; new inputs go to a
# scratch corpus). Fails on any crash, timeout or out-of-memory, leaving the
# reproducer in BUILD/fuzz-findings/<target>/ to be minimised and committed
# under tests/fuzz/corpus/<target>/ as a regression input.
set -uo pipefail
build=${1:?usage: run.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for exe in "$build"/tests/fuzz/fuzz_*; do
  [[ -x $exe ]] || continue
  name=$(basename "$exe"); name=${name#fuzz_}
  work=$build/fuzz-work/$name; findings=$build/fuzz-findings/$name
  rm -rf "$work"; mkdir -p "$work" "$findings"
  echo "== fuzz_$name for ${seconds}s"
  "$exe" "$work" "$here/corpus/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" >"$build/fuzz-$name.log" 2>&1
  rc=$?
  grep -E 'stat::number_of_executed_units|Done [0-9]+ runs' "$build/fuzz-$name.log" | tail -2
  if ((rc != 0)); then
    echo "fuzz_$name FAILED (exit $rc); reproducer(s):"; ls "$findings"
    tail -40 "$build/fuzz-$name.log"
    status=1
  fi
done
exit $status
