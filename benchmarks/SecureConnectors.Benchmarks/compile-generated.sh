#!/usr/bin/env bash
# CPU seconds the compiler spends on the synthetic project's declaration files plus one set of generated files given
# as plain sources (issue #9: which generated code costs what). Uses the work dir of measure-csc-cpu.sh (its csc
# command line, its project, its runtime library copy); run that script for one round first.
#
#   benchmarks/SecureConnectors.Benchmarks/compile-generated.sh <measure-csc-cpu work dir> <folder of .g.cs files | none>
#
# Prints "<folder name> <user+sys CPU s> errors=<n>". Compare folders that were edited copies of the same generated
# files, run alternately, on a quiet machine (the compile is single-threaded: /parallel-).
set -euo pipefail
work=$(cd "$1" && pwd); variant=$2
csc=$(cat "$work/csc.path")
mkdir -p "$work/variants-out"
# The project's command line without its sources, analyzers and outputs.
tr ' ' '\n' < "$work/tmpl.rsp" | grep -vE '^/analyzer|^/generatedfiles|\.cs$|^$|^/out:|^/refout:|^/errorreport|^/reportivts' > "$work/variants-base.rsp"
objs=$(tr ' ' '\n' < "$work/tmpl.rsp" | grep '\.cs$' | grep 'obj/' || true)
declarations=$(ls "$work"/syn/*Declared.cs)
generated=""; name=none
if [ "$variant" != none ]; then generated=$(ls "$(cd "$variant" && pwd)"/*.cs); name=$(basename "$variant"); fi
log="$work/variants-out/$name.log"
# shellcheck disable=SC2086 # word splitting of the file lists is intended
(cd "$work/syn" && /usr/bin/time -f "%U %S" "$csc" "@$work/variants-base.rsp" "/out:$work/variants-out/$name.dll" /parallel- $objs $declarations $generated > "$log" 2>&1) || true
echo "$name $(tail -1 "$log" | awk '{print $1 + $2}') errors=$(grep -c ' error ' "$log" || true)"
