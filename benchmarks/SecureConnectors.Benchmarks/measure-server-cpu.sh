#!/usr/bin/env bash
# CPU of compiles in a warm compiler server, as `dotnet build` runs them (issue #9, section 4): starts one
# VBCSCompiler, sends it the command lines that measure-csc-cpu.sh wrote (<work dir>/rsp/<round>-<config>-<dll>.rsp),
# one after the other, and prints the server's CPU (utime + stime from /proc) per compile. The first compile warms
# the server up: leave it out, and alternate configurations (a load change between compiles shows in the figures).
#
#   benchmarks/SecureConnectors.Benchmarks/measure-server-cpu.sh <measure-csc-cpu work dir> <label=rsp file>...
#   e.g. ... /tmp/csc2 none=/tmp/csc2/rsp/r1-none-c1.rsp all=/tmp/csc2/rsp/r1-all-c1.rsp none=... all=...
set -euo pipefail
work=$(cd "$1" && pwd); shift
csc=$(cat "$work/csc.path")
bin=$(dirname "$csc")
pipe="scbench$$"
export DOTNET_ROOT=${csc%%/sdk/*}
dotnet "$bin/VBCSCompiler.dll" "-pipename:$pipe" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
sleep 3
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks=$(getconf CLK_TCK)
for item in "$@"; do
  label=${item%%=*}; rsp=${item#*=}
  before=$(cpu)
  (cd "$work/syn" && "$csc" "-shared:$pipe" "@$rsp" /parallel- > "$work/server-$label.out" 2>&1) || true
  after=$(cpu)
  # A compile the server did not take runs in the client: its CPU would not show here, so say so.
  echo "$label $(( (after - before) * 1000 / ticks )) ms errors=$(grep -c ' error ' "$work/server-$label.out" || true)"
done
