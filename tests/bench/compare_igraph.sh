#!/usr/bin/env bash
# Benchmark stakegraph against igraph on the same planted-partition files.
# Installs python3-igraph (Debian) when missing: the one package a benchmark
# installs itself, as its reference tool. Builds the Release binaries in
# build/bench (tests on, so that the stakegraph_bench target exists), then runs
# tests/bench/compare_igraph.py; extra arguments go to it, e.g.
#   tests/bench/compare_igraph.sh --edges 1000000 --bt-edges 100000 --dir /tmp
#   tests/bench/compare_igraph.sh --weighted --seeds 1
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
py=/usr/bin/python3  # Debian's python, where python3-igraph installs

if ! "$py" -c 'import igraph' 2>/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "compare_igraph: python3-igraph is missing; run as root or apt-get install python3-igraph" >&2
    exit 1
  fi
  echo "compare_igraph: installing python3-igraph" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends python3-igraph >/dev/null
fi

build="$root/build/bench"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" -j2 --target stakegraph_bench stakegraph >/dev/null

exec "$py" "$root/tests/bench/compare_igraph.py" \
  --bench "$build/tests/stakegraph_bench" --stakegraph "$build/cli/stakegraph" "$@"
