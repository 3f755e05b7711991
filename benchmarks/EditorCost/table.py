#!/usr/bin/env python3
"""Prints every run of one or more drive_csharp_ls.py result files as a Markdown table (no run left out),
then the median over runs of each configuration's per-run medians."""
import json
import statistics
import sys


def runs(paths):
    for path in paths:
        with open(path) as handle:
            for line in handle:
                if line.strip():
                    yield path, json.loads(line)


def label(run):
    return run["config"] + ("" if run.get("analyzers_enabled", True) else " (analyzers off)")


def row(path, run):
    s = run["summary"]
    # The first trial run predates these fields.
    finished = run.get("finished_utc", run.get("started_utc", ""))[11:16]
    load_average = run.get("load_average", ["?", "?"])
    config = label(run)
    seen = {True: "yes", False: "NO"}.get(run.get("generated_client_visible"), "-")
    lat, cpu = s["latency_ms"], s["cpu_ms"]
    return (f"| {finished} | {path.rsplit('/', 1)[-1]} | {config} | {run.get('source_files', '?')} "
            f"| {len(run['edits'])} | {run['load_s']} | {lat['median']:.0f} | {lat['p25']:.0f}-{lat['p75']:.0f} "
            f"| {lat['min']:.0f}-{lat['max']:.0f} | {cpu['median']:.0f} | {cpu['p25']}-{cpu['p75']} "
            f"| {cpu['min']}-{cpu['max']} | {s['not_quiet']} | {load_average[0]}/{load_average[1]} | {seen} |")


def main(paths):
    all_runs = list(runs(paths))
    print("| finished (UTC) | file | config | .cs files | edits | load (s) | latency median (ms) | latency p25-p75 "
          "| latency min-max | server CPU median (ms) | CPU p25-p75 | CPU min-max | not quiet | load avg before/after "
          "| generator seen |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for path, run in all_runs:
        print(row(path, run))
    print()
    by_config = {}
    for _, run in all_runs:
        by_config.setdefault((str(run.get("source_files", "?")), label(run)), []).append(run["summary"])
    print("| .cs files | config | runs | median of run medians: latency (ms) | server CPU (ms) |")
    print("|---|---|---|---|---|")
    for (files, config), summaries in sorted(by_config.items()):
        print(f"| {files} | {config} | {len(summaries)} "
              f"| {statistics.median(x['latency_ms']['median'] for x in summaries):.0f} "
              f"| {statistics.median(x['cpu_ms']['median'] for x in summaries):.0f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
