#!/usr/bin/env bash
# Runs one hostile-input case: tests/hostile/cases/NAME.expect and its input
# NAME.<ext> (the extension matters: .txt, .json, .tsv, .csv).
#
# .expect lines ("key: value"; '#' comments):
#   args:     the stakegraph arguments; {in} is the input file, {out} a fresh
#             empty directory for outputs, {cases} the cases folder
#   exit:     the expected exit code
#   stderr:   an extended regex the (single) stderr line must match
#   output:   none (default: {out} must stay empty) | created:FILE (FILE must
#             exist in {out}) | unchanged:FILE (a file placed there first
#             must keep its bytes)
#   generate: NAME ARGS... a generator below writes {in} at test time (large
#             inputs are generated, not committed)
#   prefix:   shell code run before the command in the same shell (ulimit ...)
#   contains: a fixed string the created output file must contain (repeatable)
# Usage: run_case.sh STAKEGRAPH_EXE CASES_DIR NAME
set -uo pipefail
exe=${1:?}; cases=${2:?}; name=${3:?}
expect=$cases/$name.expect
[[ -f $expect ]] || { echo "no $expect"; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out=$tmp/out; mkdir -p "$out"
in=""
for f in "$cases/$name".*; do [[ $f == *.expect ]] || in=$f; done
args=""; want_exit=""; want_err=""; output="none"; generate=""; prefix=""; contains=()
while IFS= read -r line || [[ -n $line ]]; do
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  key=${line%%:*}; val=${line#*: }
  case $key in
    args) args=$val ;; exit) want_exit=$val ;; stderr) want_err=$val ;;
    output) output=$val ;; generate) generate=$val ;; prefix) prefix=$val ;;
    contains) contains+=("$val") ;;
    *) echo "unknown key '$key' in $expect"; exit 2 ;;
  esac
done <"$expect"

py=/usr/bin/python3
gen() {  # gen KIND ARGS... > file
  case $1 in
    deep_array) $py -c "import sys; n=int(sys.argv[1]); sys.stdout.write('['*n+']'*n)" "$2" ;;
    deep_object) $py -c "import sys; n=int(sys.argv[1]); sys.stdout.write('{\"a\":'*n+'1'+'}'*n)" "$2" ;;
    long_line) $py -c "import sys; n=int(sys.argv[1]); sys.stdout.write('The Office of the Council. '*(n//27)+'\n')" "$2" ;;
    many_paragraphs) $py -c "import sys; n=int(sys.argv[1]); sys.stdout.write('word\n\n'*n)" "$2" ;;
    big_text) $py -c "import sys; n=int(sys.argv[1]); b=b'The United Nations met in New York.\n\n'; sys.stdout.buffer.write(b*(n//len(b)+1))" "$2" ;;
    big_json) $py -c "import sys; n=int(sys.argv[1]); sys.stdout.write('{\"schema\": \"stakegraph/1\", \"nodes\": [], \"edges\": [], \"generator\": \"'+'x'*n+'\"}')" "$2" ;;
    long_label) $py -c "
import sys, json; n=int(sys.argv[1])
nodes=[{'id':'a','type':'organisation','label':'L'*n,'name':'L'*n},{'id':'b','type':'person','label':'b'}]
print(json.dumps({'schema':'stakegraph/1','nodes':nodes,'edges':[{'source':'a','target':'b','type':'co_mentioned','weight':1}]}))" "$2" ;;
    *) echo "unknown generator $1" >&2; return 2 ;;
  esac
}
if [[ -n $generate ]]; then
  in=$tmp/input.${generate##*.}
  [[ $generate == *.* ]] || in=$tmp/input
  # shellcheck disable=SC2086
  gen ${generate%.*} >"$in" || { echo "generator failed: $generate"; exit 2; }
fi
if [[ $output == unchanged:* ]]; then
  keep=${output#unchanged:}; printf 'previous content\n' >"$out/$keep"
fi

cmdline=${args//\{in\}/$in}; cmdline=${cmdline//\{out\}/$out}; cmdline=${cmdline//\{cases\}/$cases}
(cd "$tmp" && eval "$prefix" && eval "\"$exe\" $cmdline" >"$tmp/stdout" 2>"$tmp/stderr"); got=$?

fail=0
if [[ $got != "$want_exit" ]]; then echo "FAIL $name: exit $got, expected $want_exit"; fail=1; fi
if [[ $want_exit != 0 ]]; then
  lines=$(wc -l <"$tmp/stderr")
  if [[ $lines != 1 ]]; then echo "FAIL $name: stderr has $lines lines, expected exactly 1"; fail=1; fi
  if ! head -1 "$tmp/stderr" | grep -q '^stakegraph: error: '; then
    echo "FAIL $name: stderr does not start with 'stakegraph: error: '"; fail=1
  fi
fi
if [[ -n $want_err ]] && ! grep -Eq -- "$want_err" "$tmp/stderr"; then
  echo "FAIL $name: stderr does not match /$want_err/"; fail=1
fi
case $output in
  none)
    if [[ -n $(ls -A "$out") ]]; then echo "FAIL $name: output left behind: $(ls -A "$out")"; fail=1; fi ;;
  created:*)
    f=$out/${output#created:}
    if [[ ! -s $f ]]; then echo "FAIL $name: expected output $f"; fail=1; fi
    for c in "${contains[@]}"; do
      grep -qF -- "$c" "$f" 2>/dev/null || { echo "FAIL $name: output lacks '$c'"; fail=1; }
    done ;;
  unchanged:*)
    if [[ $(cat "$out/$keep") != "previous content" ]]; then echo "FAIL $name: existing output was changed"; fail=1; fi
    extra=$(ls -A "$out" | grep -vx "$keep")
    if [[ -n $extra ]]; then echo "FAIL $name: output left behind: $extra"; fail=1; fi ;;
esac
if ((fail)); then
  echo "--- stderr:"; head -c 2000 "$tmp/stderr"; echo "--- stdout:"; head -c 500 "$tmp/stdout"
  exit 1
fi
echo "ok $name"
