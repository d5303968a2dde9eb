#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing stakegraph need.
# Idempotent: when everything is present it returns in well under a second without
# touching apt. This is the only place in the repository that installs anything.
set -euo pipefail

packages=(
  # build
  g++ cmake make pkg-config
  # libraries
  libboost-dev libgraphviz-dev nlohmann-json3-dev doctest-dev libcli11-dev
  # tests: exports are loaded by NetworkX, report.html by a headless browser,
  # render tests run once under valgrind, fuzz targets build with clang/libFuzzer
  python3 python3-networkx chromium valgrind clang-14 libclang-rt-14-dev llvm-14
  # tests: XML well-formedness of SVG, GraphML and GEXF (xmllint)
  libxml2-utils
)

# One dpkg-query for all packages keeps the no-op case fast.
# dpkg-query exits 1 when a package was never installed; that is the case to
# handle, not an error (with pipefail it would end the script before apt-get).
installed=$({ dpkg-query -W -f='${Package} ${Status}\n' "${packages[@]}" 2>/dev/null || true; } |
  awk '$NF == "installed" && $(NF-1) == "ok" {print $1}')
missing=()
for p in "${packages[@]}"; do
  grep -qx -- "$p" <<<"$installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
