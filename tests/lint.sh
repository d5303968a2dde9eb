#!/usr/bin/env bash
# Fails on constructs ../shared/RELIABILITY-NOTES.md forbids in the code:
# std::regex on text, gvRenderFilename, record shapes, HTML-like labels built
# with agstrdup_html, and gvc.h included outside render/src.
set -u
root=${1:?usage: lint.sh REPO}
cd "$root" || exit 2
fail=0
check() {
  local what=$1 pattern=$2; shift 2
  local hits
  hits=$(grep -rnE "$pattern" "$@" --include='*.cpp' --include='*.hpp' --include='*.h' 2>/dev/null)
  if [[ -n $hits ]]; then
    echo "lint: $what:"; echo "$hits"; fail=1
  fi
}
dirs=(graph data render cli)
check "std::regex (stack overflow on long lines with libstdc++ 12)" 'std::regex|<regex>' "${dirs[@]}"
check "gvRenderFilename (returns 0 when it cannot write)" 'gvRenderFilename' "${dirs[@]}"
# (Shapes exist only where Graphviz is, render/, which the last check keeps
# it to: the word "record" in data/'s word lists is no shape.)
check "record shapes (CVE-2020-18032 class)" '"M?record"' render
check "HTML-like labels (agstrdup_html)" 'agstrdup_html' "${dirs[@]}"
check "Graphviz outside render/src" 'graphviz/(gvc|cgraph)\.h' graph data cli render/include
check "nlohmann outside data/src" 'nlohmann/json' graph render cli data/include
if ((fail)); then exit 1; fi
echo "lint: clean"
