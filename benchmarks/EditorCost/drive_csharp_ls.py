#!/usr/bin/env python3
"""Measures what one edit costs in csharp-ls with the SecureConnectors analyzers and generator loaded.

One run = one configuration (see CONFIGURATIONS) in a fresh csharp-ls process: copy the synthetic project and
the analyzer DLL to a folder unique to the run, start csharp-ls with analyzers on, wait until the analyzers
report SC2001 on a file that has a plain-HTTP URL (so numbers are never taken from a server whose analyzers are
off or whose workspace is still loading), warm up, then edit a method body of a
file that holds no connector declaration, alternately inserting and deleting one statement. Per edit it
records the latency of the document's pull diagnostics and the CPU time the server's process tree used until
it went quiet again. One JSON line per run is appended to --out; a summary is printed.

Python 3 standard library only.
"""
import argparse
import json
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import uuid

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
DEFAULT_SERVER = os.path.expanduser("~/.dotnet/tools/csharp-ls")
# The synthetic files' plain-HTTP URLs use *.example hosts, which SC2001 rightly leaves alone (RFC 2606), so
# the driver adds one file of its own, in both configurations, whose URL SC2001 must report.
PROBE_FILE = "EditorCostProbe.cs"
PROBE_SOURCE = """namespace EditorCost;

public static class Probe
{
    public const string LegacyEndpoint = "http://api.contoso.com/v1/";
}
"""
PROBE_RULE = "SC2001"
# Only in "with": a use of the generator's output (a compile error wherever the generator did not run).
GENERATOR_PROBE_SOURCE = """
public static class GeneratorProbe
{
    public static System.Type Client => typeof(Contoso.Declared.Area0.Partner0Client);
}
"""
# Partner1Connector.cs is a connector-style file with no [Connector]/[Projection]/[Resource] declaration.
EDITED_FILE = "Partner1Connector.cs"
EDIT_ANCHOR = "        var total = 0m;\n"
INSERTED_STATEMENT = "        var x1 = 1;\n"


# ---------------------------------------------------------------------------------------------- LSP transport

class LspServer:
    """A csharp-ls child process spoken to over stdio with Content-Length framing.

    A reader thread moves every incoming message to a queue so that the main thread can wait with a timeout;
    requests from the server (workspace/configuration, registrations, progress tokens) are answered as they
    arrive because the server blocks on some of them.
    """

    def __init__(self, command, cwd, settings, log_path):
        self._log = open(log_path, "wb")
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self._log)
        self.settings = settings
        self._incoming = queue.Queue()
        self._next_id = 1
        self.notifications = []
        threading.Thread(target=self._read_loop, daemon=True).start()

    def _read_loop(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self._incoming.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            self._incoming.put(json.loads(stream.read(length)))

    def _write(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self._write({"jsonrpc": "2.0", "method": method, "params": params})

    def send_request(self, method, params):
        request_id = self._next_id
        self._next_id += 1
        self._write({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return request_id

    def wait_response(self, request_id, timeout):
        """Returns the response to request_id, handling everything else that arrives meanwhile."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no response to request {request_id} in {timeout} s")
            try:
                message = self._incoming.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                raise RuntimeError("csharp-ls exited; see its log")
            if "method" in message and "id" in message:
                self._answer_server_request(message)
            elif "method" in message:
                self.notifications.append(message)
            elif message.get("id") == request_id:
                if "error" in message:
                    raise RuntimeError(f"request {request_id} failed: {message['error']}")
                return message.get("result")

    def request(self, method, params, timeout=600):
        return self.wait_response(self.send_request(method, params), timeout)

    def pump(self, seconds):
        """Answers server requests for a while without waiting for anything in particular."""
        try:
            self.wait_response(-1, seconds)
        except TimeoutError:
            pass

    def _answer_server_request(self, message):
        if message["method"] == "workspace/configuration":
            # One answer per item: the "csharp" section gets our settings, anything else nothing.
            items = message["params"].get("items", [])
            result = [self.settings if item.get("section") == "csharp" else
                      ({"csharp": self.settings} if not item.get("section") else None) for item in items]
        else:
            result = None  # client/registerCapability, window/workDoneProgress/create, ...
        self._write({"jsonrpc": "2.0", "id": message["id"], "result": result})

    def stop(self):
        try:
            self.request("shutdown", None, timeout=30)
            self.notify("exit", None)
            self.process.wait(timeout=30)
        except Exception:  # a server that does not stop cleanly is killed; the run's figures are already taken
            self.process.kill()
            self.process.wait()
        self._log.close()


# ---------------------------------------------------------------------------------------------- CPU accounting

def tree_cpu_seconds(root_pid):
    """utime+stime of root_pid and every live descendant, plus what reaped children left in cutime/cstime.

    csharp-ls may start helper processes (MSBuild build hosts); their CPU belongs to the edit just the same.
    """
    stats = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue  # the process ended while we looked
            # fields[0] is field 3 (state): ppid=4, utime=14, stime=15, cutime=16, cstime=17.
            stats[int(entry)] = (int(fields[1]), sum(int(f) for f in fields[11:15]))
    total, pending = 0, [root_pid]
    while pending:
        pid = pending.pop()
        if pid in stats:
            total += stats[pid][1]
            pending.extend(child for child, (parent, _) in stats.items() if parent == pid)
    return total / CLOCK_TICKS


def wait_until_quiet(pid, not_before, window=0.25, idle_cpu=0.02, timeout=15.0):
    """Waits until not_before, then until the server tree uses less than idle_cpu seconds in one window.

    Background work (generator runs that do not delay the document's diagnostics) shows up here.
    Returns the tree's CPU seconds at the quiet point and whether quiet was reached before the timeout.
    """
    time.sleep(max(0.0, not_before - time.monotonic()))
    give_up = time.monotonic() + timeout
    previous = tree_cpu_seconds(pid)
    while time.monotonic() < give_up:
        time.sleep(window)
        current = tree_cpu_seconds(pid)
        if current - previous < idle_cpu:
            return current, True
        previous = current
    return previous, False


# ---------------------------------------------------------------------------------------------- project setup

CONFIGURATIONS = {
    "with": "connector-style files + declaration files ([Connector], [Projection], [Resource])",
    "without": "connector-style files only (declaration files left out)",
    # Control: csharp-ls analyzes the whole project on every edit, so the declaration files cost something
    # merely by being code. Keeping them but without their SecureConnectors attributes separates that volume
    # from what the attributes trigger (generator, generated code, SC3xxx/SC4xxx).
    "stripped": "connector-style files + declaration files with every SecureConnectors attribute removed",
}

# One SecureConnectors attribute as the synthetic declarations write it, with at most one level of nested
# parentheses (typeof(...)), and the space after it.
SECURE_CONNECTORS_ATTRIBUTE = re.compile(
    r"\[(?:Resource|Field|Projection|Connector|Grant|Get|Put|Post|Patch|Delete|Requires|Query|Body)"
    r"(?:\((?:[^()]|\([^()]*\))*\))?\] ?")


def strip_declaration_attributes(project_folder):
    for name in os.listdir(project_folder):
        if name.endswith("Declared.cs"):
            path = os.path.join(project_folder, name)
            with open(path) as handle:
                source = handle.read()
            with open(path, "w") as handle:
                handle.write(SECURE_CONNECTORS_ATTRIBUTE.sub("", source))


def files_to_skip(with_declarations, connector_files):
    """shutil.copytree ignore function: drops the declaration files for the "without" configuration and, when
    connector_files is set, the connector-style files numbered from connector_files on (a smaller project
    whose per-edit analysis is cheap enough to show what the declarations add)."""
    def ignore(_folder, names):
        skipped = set()
        for name in names:
            if name.endswith("Declared.cs") and not with_declarations:
                skipped.add(name)
            elif connector_files is not None and name.startswith("Partner") and name.endswith("Connector.cs"):
                if int(name[len("Partner"):-len("Connector.cs")]) >= connector_files:
                    skipped.add(name)
        return skipped
    return ignore


def prepare_run_folder(synthetic, analyzer_dll, config, connector_files, work_root, extra_properties=()):
    """Copies the synthetic project and the analyzer DLL to a folder unique to this run.

    The DLL gets its own path each run because the server caches analyzer assemblies by path. The
    SecureConnectorsAnalyzers property is set by a Directory.Build.props that MSBuildWorkspace also reads.
    """
    run_folder = os.path.join(work_root, f"run-{time.strftime('%H%M%S')}-{uuid.uuid4().hex[:8]}")
    project_folder = os.path.join(run_folder, "project")
    shutil.copytree(synthetic, project_folder, ignore=files_to_skip(config != "without", connector_files))
    if config == "stripped":
        strip_declaration_attributes(project_folder)
    for leftover in ("bin", "obj"):
        shutil.rmtree(os.path.join(project_folder, leftover), ignore_errors=True)
    dll_folder = os.path.join(run_folder, "analyzers")
    os.makedirs(dll_folder)
    # Keep the file name: the assembly is named SecureConnectors.Analyzers whatever the caller's copy is called.
    dll_copy = shutil.copy(analyzer_dll, os.path.join(dll_folder, "SecureConnectors.Analyzers.dll"))
    with open(os.path.join(project_folder, PROBE_FILE), "w") as probe:
        probe.write(PROBE_SOURCE + (GENERATOR_PROBE_SOURCE if config == "with" else ""))
    with open(os.path.join(project_folder, "Directory.Build.props"), "w") as props:
        # Extra properties (--property) split the remaining cost, e.g. EnableNETAnalyzers=false.
        extra = "".join(f"    <{name}>{value}</{name}>\n" for name, value in extra_properties)
        props.write("<Project>\n  <PropertyGroup>\n"
                    f"    <SecureConnectorsAnalyzers>{dll_copy}</SecureConnectorsAnalyzers>\n"
                    + extra
                    + "  </PropertyGroup>\n</Project>\n")
    subprocess.run(["dotnet", "restore", "-nologo", "-v", "q"], cwd=project_folder, check=True,
                   stdout=subprocess.DEVNULL)
    return run_folder, project_folder


def file_uri(path):
    return "file://" + os.path.abspath(path)


# ---------------------------------------------------------------------------------------------- LSP session

def initialize(server, project_folder):
    capabilities = {
        "workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": True},
                      "workspaceFolders": True},
        "textDocument": {"synchronization": {"dynamicRegistration": True, "didSave": True},
                         "diagnostic": {"dynamicRegistration": True, "relatedDocumentSupport": False},
                         "publishDiagnostics": {"versionSupport": True}},
        "window": {"workDoneProgress": True},
    }
    result = server.request("initialize", {
        "processId": os.getpid(), "rootUri": file_uri(project_folder), "capabilities": capabilities,
        "workspaceFolders": [{"uri": file_uri(project_folder), "name": "project"}],
        "initializationOptions": {"csharp": server.settings}}, timeout=120)
    server.notify("initialized", {})
    return result


def open_document(server, path):
    with open(path) as handle:
        text = handle.read()
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": file_uri(path), "languageId": "csharp", "version": 1, "text": text}})
    return text


def pull_diagnostics(server, path, timeout=600):
    """textDocument/diagnostic: csharp-ls answers pull requests (the client advertises pull support)."""
    report = server.request("textDocument/diagnostic", {"textDocument": {"uri": file_uri(path)}}, timeout)
    return (report or {}).get("items", [])


def wait_for_rule(server, path, rule, timeout):
    """Pulls diagnostics until `rule` shows up: proof that the workspace is loaded and our analyzers run."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        items = pull_diagnostics(server, path)
        if any(str(item.get("code")) == rule for item in items):
            return time.monotonic() - started, items
        server.pump(2.0)
    raise TimeoutError(f"{rule} never reported on {path} within {timeout} s: analyzers not running?")


def wait_for_symbol(server, name, timeout):
    """Asks workspace/symbol until `name` is found: the project is loaded (used when analyzers are off)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        symbols = server.request("workspace/symbol", {"query": name}, timeout=300) or []
        if any(symbol.get("name") == name for symbol in symbols):
            return
        server.pump(2.0)
    raise TimeoutError(f"workspace/symbol never found {name} within {timeout} s: project not loaded?")


def generated_client_visible(server, probe_path):
    """In "with", the probe file names Partner0Client, the class the generator writes for IPartner0: no
    CS0246/CS0234 in its diagnostics proves that the generator runs inside the server."""
    items = pull_diagnostics(server, probe_path)
    return not any(str(item.get("code")) in ("CS0246", "CS0234") for item in items)


class EditedDocument:
    """The open document being edited, kept in step with what the server has (incremental sync)."""

    def __init__(self, path, text):
        self.path, self.text, self.version = path, text, 1
        # The line after the anchor is where the statement goes in and comes out again.
        self.line = text[:text.index(EDIT_ANCHOR)].count("\n") + 1

    def next_change(self):
        """Even versions insert the statement, odd ones delete it, so the file returns to its start."""
        self.version += 1
        at = {"line": self.line, "character": 0}
        if self.version % 2 == 0:
            change = {"range": {"start": at, "end": at}, "text": INSERTED_STATEMENT}
        else:
            change = {"range": {"start": at, "end": {"line": self.line + 1, "character": 0}}, "text": ""}
        lines = self.text.splitlines(keepends=True)
        end = change["range"]["end"]["line"]
        self.text = "".join(lines[:self.line]) + change["text"] + "".join(lines[end:])
        return change

    def statement_present(self):
        return INSERTED_STATEMENT in self.text


def measure_edit(server, document, settle):
    """One edit: didChange, pull the document's diagnostics, then wait for the server to go quiet.

    CS0219 ("assigned but never used") on x1 must be there exactly when the statement is: proof that the
    diagnostics answer the new version, not a cached one.
    """
    pid = server.process.pid
    change = document.next_change()
    cpu_before = tree_cpu_seconds(pid)
    started = time.monotonic()
    server.notify("textDocument/didChange", {
        "textDocument": {"uri": file_uri(document.path), "version": document.version}, "contentChanges": [change]})
    items = pull_diagnostics(server, document.path)
    latency = time.monotonic() - started
    cpu_quiet, quiet = wait_until_quiet(pid, started + settle)
    unused_x1 = any(str(item.get("code")) == "CS0219" and "x1" in item.get("message", "") for item in items)
    if unused_x1 != document.statement_present():
        raise RuntimeError(f"diagnostics of version {document.version} do not match its text: {items}")
    return {"version": document.version, "latency_ms": round(latency * 1000, 1),
            "cpu_ms": round((cpu_quiet - cpu_before) * 1000), "quiet": quiet, "diagnostics": len(items)}


def run_configuration(args, config):
    run_folder, project_folder = prepare_run_folder(args.synthetic, args.analyzers, config,
                                                     args.connector_files, args.work,
                                                     [p.split("=", 1) for p in args.property])
    source_files = sum(1 for name in os.listdir(project_folder) if name.endswith(".cs"))
    settings = {"analyzersEnabled": not args.analyzers_off, "logLevel": "info"}
    log_path = os.path.join(run_folder, "csharp-ls.log")
    command = [args.server, "--loglevel", "info"]
    if args.rpclog:
        command += ["--rpclog", os.path.join(run_folder, "rpc.log")]
    server = LspServer(command, project_folder, settings, log_path)
    try:
        load_started = time.monotonic()
        initialize(server, project_folder)
        probe, edited = os.path.join(project_folder, PROBE_FILE), os.path.join(project_folder, EDITED_FILE)
        probe_for_generator = probe
        if args.analyzers_off:
            # No SC diagnostics without analyzers (and the compiler's document diagnostics of these files are
            # empty): workspace/symbol finding the edited file's class shows instead that the project is
            # loaded. The generator still runs: it is part of the compilation, not of the analyzers.
            probe = edited
            open_document(server, probe)
            wait_for_symbol(server, "Partner1Connector", args.load_timeout)
            probe_items = pull_diagnostics(server, probe)
        else:
            open_document(server, probe)
            _, probe_items = wait_for_rule(server, probe, PROBE_RULE, args.load_timeout)
        load_seconds = time.monotonic() - load_started
        with open(edited) as handle:
            document = EditedDocument(edited, handle.read())
        if probe != edited:
            open_document(server, edited)
        pull_diagnostics(server, edited)
        generator_output_seen = generated_client_visible(server, probe_for_generator) if config == "with" else None
        load_average_before = os.getloadavg()[0]
        edits = []
        for _ in range(args.warmup + args.edits):
            edits.append(measure_edit(server, document, args.settle))
            print(f"  edit {json.dumps(edits[-1])}", file=sys.stderr, flush=True)
        load_average_after = os.getloadavg()[0]
    finally:
        server.stop()
    if not args.keep:
        shutil.rmtree(os.path.join(run_folder, "project"), ignore_errors=True)
    measured = edits[args.warmup:]
    return {
        "config": config, "analyzers_enabled": not args.analyzers_off, "analyzers": os.path.abspath(args.analyzers),
        "run_folder": run_folder, "finished_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "source_files": source_files,
        "load_s": round(load_seconds, 1),
        "generated_client_visible": generator_output_seen,
        # Other work on the machine slows the server's wall time: the 1-minute load average, for context.
        "load_average": [round(load_average_before, 1), round(load_average_after, 1)],
        "probe_rules": sorted({str(item.get("code")) for item in probe_items if str(item.get("code")).startswith("SC")}),
        "warmup": edits[:args.warmup], "edits": measured,
        "summary": summarize(measured),
    }


def summarize(edits):
    def spread(values):
        ordered = sorted(values)
        return {"median": statistics.median(ordered), "min": ordered[0], "max": ordered[-1],
                "p25": ordered[len(ordered) // 4], "p75": ordered[(3 * len(ordered)) // 4]}
    return {"latency_ms": spread([e["latency_ms"] for e in edits]), "cpu_ms": spread([e["cpu_ms"] for e in edits]),
            "not_quiet": sum(1 for e in edits if not e["quiet"])}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--analyzers", required=True, help="path to SecureConnectors.Analyzers.dll")
    parser.add_argument("--synthetic", required=True, help="folder written by --write-synthetic")
    parser.add_argument("--configs", default="with,without",
                        help="comma-separated run order of " + ", ".join(CONFIGURATIONS) + ", e.g. with,without,without,with")
    parser.add_argument("--connector-files", type=int, default=None,
                        help="keep only the first N connector-style files (declaration files are all kept)")
    parser.add_argument("--analyzers-off", action="store_true",
                        help="csharp.analyzersEnabled=false: compiler and generator only, to split the cost")
    parser.add_argument("--property", action="append", default=[], metavar="NAME=VALUE",
                        help="an extra MSBuild property for the copied project (repeatable)")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=4)
    parser.add_argument("--settle", type=float, default=1.5, help="seconds after an edit before looking for quiet")
    parser.add_argument("--load-timeout", type=float, default=900)
    parser.add_argument("--server", default=DEFAULT_SERVER)
    parser.add_argument("--work", default="/tmp/editor-cost", help="where run folders are made")
    parser.add_argument("--out", default="editor-cost.jsonl", help="JSON lines file, one line per run")
    parser.add_argument("--rpclog", action="store_true", help="keep csharp-ls's wire log in the run folder")
    parser.add_argument("--keep", action="store_true", help="keep the copied project after the run")
    args = parser.parse_args()
    unknown = [c for c in args.configs.split(",") if c.strip() not in CONFIGURATIONS]
    if unknown:
        parser.error(f"unknown configuration(s) {unknown}; known: {CONFIGURATIONS}")
    os.makedirs(args.work, exist_ok=True)
    for config in args.configs.split(","):
        result = run_configuration(args, config.strip())
        result["properties"] = args.property
        with open(args.out, "a") as out:
            out.write(json.dumps(result) + "\n")
        s = result["summary"]
        print(f"{result['config']:8} load {result['load_s']:6.1f} s  latency median {s['latency_ms']['median']:7.1f} ms "
              f"[{s['latency_ms']['min']:.0f}-{s['latency_ms']['max']:.0f}]  cpu median {s['cpu_ms']['median']:6.0f} ms "
              f"[{s['cpu_ms']['min']}-{s['cpu_ms']['max']}]  not quiet {s['not_quiet']}  probe {result['probe_rules']}",
              flush=True)


if __name__ == "__main__":
    sys.exit(main())
