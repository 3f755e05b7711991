#!/usr/bin/env bash
# CPU cost of the SecureConnectors package in a clean compile of the synthetic 2,000-file project (issue #9,
# section 4), measured on the compiler itself: the csc command line MSBuild would run, run directly under
# `perf stat -e task-clock` (user + system CPU of csc and its threads), so MSBuild's own noise is left out.
#
#   benchmarks/SecureConnectors.Benchmarks/measure-csc-cpu.sh <work dir> <rounds> <analyzer dll>...
#
# Configurations, all started at the same time in each round and each single-threaded (/parallel-), so that every
# configuration of a round sees the same machine load (on a shared machine CPU time swings with load):
#   none    the project without the package (SDK analyzers and generators on, as in every build)
#   gen     the first DLL with every SC diagnostic set to none in a global config: the compiler skips our
#           analyzers, the generator runs and its code is compiled
#   all:<n> each DLL with everything on
#   gensrc  no package, the generated files (captured from the first round's gen run) compiled as plain sources
# Appends "round,config,dll folder,task-clock ms,wall s,rc,user/sys/elapsed,end" to <work dir>/results.csv.
# Copy each DLL version to a folder of its own first: the folder name labels the results.
set -euo pipefail
work=$(mkdir -p "$1" && cd "$1" && pwd); rounds=$2; shift 2
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench="$repo/benchmarks/SecureConnectors.Benchmarks/bin/Release/net10.0/SecureConnectors.Benchmarks.dll"
[ -f "$bench" ] || dotnet build -c Release "$repo/benchmarks/SecureConnectors.Benchmarks" -nologo -v:q
if [ ! -f "$work/syn/SyntheticConnectors.csproj" ]; then
  dotnet "$bench" --write-synthetic "$work/syn" 2000
  mkdir -p "$work/lib" && cp "$(dirname "$bench")/SecureConnectors.dll" "$work/lib/"
  sed -i "s#<Reference Include=\"[^\"]*\"#<Reference Include=\"$work/lib/SecureConnectors.dll\"#" "$work/syn/SyntheticConnectors.csproj"
  (cd "$work/syn" && dotnet restore -nologo)
fi

# The csc command line, once, from a detailed log of a build with the first DLL.
if [ ! -f "$work/tmpl.rsp" ]; then
  (cd "$work/syn" && dotnet build --no-restore --no-incremental -nologo -v:d -p:UseSharedCompilation=false \
      "-p:SecureConnectorsAnalyzers=$1" > "$work/capture.log" 2>&1)
  line=$(grep -m1 '/Roslyn/bincore/csc /noconfig' "$work/capture.log")
  csc=$(echo "$line" | sed 's#^ *\(\S*/bincore/csc\) .*#\1#'); echo "$csc" > "$work/csc.path"
  echo "$line" | sed -e 's#^ *\S*/bincore/csc ##' -e 's# /reportanalyzer##' -e "s#/analyzer:$1#/analyzer:@SCDLL@#" > "$work/tmpl.rsp"
  { echo "is_global = true"
    grep -o '"SC[0-9]\{4\}"' "$repo/src/SecureConnectors.Analyzers/Diagnostics/DiagnosticIds.cs" | tr -d '"' | sort -u \
      | sed 's/.*/dotnet_diagnostic.&.severity = none/'; } > "$work/gen-only.globalconfig"
fi
csc=$(cat "$work/csc.path")

one() { # one <round> <config> <dll> [extra csc args]
  local round=$1 cfg=$2 dll=$3; shift 3
  local id="$round-$cfg-$(basename "$(dirname "$dll")")" rsp
  mkdir -p "$work/rsp" "$work/out/$id" "$work/logs"; rsp="$work/rsp/$id.rsp"
  case $cfg in
    none) sed -e 's#/analyzer:@SCDLL@ ##' "$work/tmpl.rsp" > "$rsp" ;;
    gen) sed -e "s#@SCDLL@#$dll /analyzerconfig:$work/gen-only.globalconfig#" "$work/tmpl.rsp" > "$rsp" ;;
    all) sed -e "s#@SCDLL@#$dll#" "$work/tmpl.rsp" > "$rsp" ;;
    gensrc) { sed -e 's#/analyzer:@SCDLL@ ##' "$work/tmpl.rsp" | tr -d '\n'; echo -n ' '; find "$work/genout" -name '*.cs' | sort | tr '\n' ' '; echo; } > "$rsp" ;;
  esac
  sed -i -e "s#/out:\S*#/out:$work/out/$id/SyntheticConnectors.dll#" -e "s#/refout:\S*#/refout:$work/out/$id/ref.dll#" "$rsp"
  local start end rc=0; start=$(date +%s.%N)
  (cd "$work/syn" && DOTNET_ROOT=$(echo "$csc" | sed 's#/sdk/.*##') \
    perf stat -e task-clock -x, -o "$work/logs/$id.perf" -- /usr/bin/time -o "$work/logs/$id.time" -f "%U/%S/%e" \
    "$csc" "@$rsp" /parallel- "$@" > "$work/logs/$id.log" 2>&1) || rc=$?
  end=$(date +%s.%N)
  echo "$round,$cfg,$(basename "$(dirname "$dll")"),$(grep task-clock "$work/logs/$id.perf" | cut -d, -f1),$(echo "$end - $start" | bc),rc=$rc,$(tail -1 "$work/logs/$id.time"),$(date -u +%H:%M:%S)" >> "$work/results.csv"
}

for r in $(seq 1 "$rounds"); do
  # The first round's gen run writes the generated files; later rounds compile them as plain sources too.
  capture=()
  if [ -d "$work/genout" ]; then one "r$r" gensrc "$1" & else mkdir -p "$work/genout"; capture=("/generatedfilesout:$work/genout"); fi
  one "r$r" none "$1" &
  one "r$r" gen "$1" "${capture[@]}" &
  for dll in "$@"; do one "r$r" all "$dll" & done
  wait
done
cat "$work/results.csv"
