#!/usr/bin/env python3
"""The synthetic project's 200 declaration files rewritten for Refit, the typed-client peer (issue #9, section 4).

    python3 refit-declarations.py <synthetic project folder> <out folder> [--json-context]

Each file keeps its API: the [Resource] class becomes a plain DTO with [JsonPropertyName] names, each projection a
record of the same fields, the connector a Refit interface with the same routes, queries and bodies ([Requires],
[Grant] and [Connector] have no Refit counterpart and are dropped). With --json-context each file also declares a
System.Text.Json source-generation context for its DTOs, which a Refit user who wants no reflection adds. Compile
them in place of the *Declared.cs files with a reference to Refit.dll, with and without Refit's
InterfaceStubGeneratorV2 analyzer, to compare what a peer's generated code costs on the same declarations.
"""
import glob
import os
import re
import sys


def rewrite(source: str, json_context: bool) -> str:
    s = source.replace("using SecureConnectors;", "using System.Text.Json.Serialization;\nusing Refit;")
    s = re.sub(r'\[Resource\("[^"]*"\)\]\n', "", s)
    s = re.sub(r'\[Field\("([^"]+)"[^\]]*\)\]', r'[JsonPropertyName("\1")]', s)

    def projection(match: re.Match) -> str:
        fields = []
        for parameter in match.group(2).split(","):
            type_name, name = parameter.strip().rsplit(" ", 1)
            fields.append(f'[property: JsonPropertyName("{name[0].lower() + name[1:]}")] {type_name} {name}')
        return f"public sealed record {match.group(1)}({', '.join(fields)});"

    s = re.sub(r"\[Projection\(typeof\(\w+\)\)\]\npublic sealed partial record (\w+)\(([^)]*)\);", projection, s)
    s = re.sub(r"\[(Connector|Grant)\([^\n]*\)\]\n", "", s)
    s = re.sub(r'\[Requires\("[^"]*"\)\]', "", s)
    s = s.replace("public partial interface", "public interface")
    s = re.sub(r'\[(Get|Put|Post|Delete|Patch)\("([^"]*)"\)\]', r'[\1("/\2")]', s)
    if json_context:
        name = re.search(r"public interface I(\w+)", s).group(1)
        # The types the interface reads and writes: its responses, lists of them and its bodies.
        types = sorted(set(re.findall(r"Task<(\w+)>", s)) | set(re.findall(r"\[Body\] (\w+)", s)))
        lists = sorted(set(re.findall(r"Task<IReadOnlyList<(\w+)>>", s)))
        attributes = [f"[JsonSerializable(typeof({t}))]" for t in types] + [f"[JsonSerializable(typeof(IReadOnlyList<{t}>))]" for t in lists]
        s += "\n" + "\n".join(attributes) + f"\ninternal sealed partial class {name}JsonContext : JsonSerializerContext {{ }}\n"
    return s


def main() -> None:
    source_folder, out_folder = sys.argv[1], sys.argv[2]
    json_context = "--json-context" in sys.argv[3:]
    os.makedirs(out_folder, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(source_folder, "*Declared.cs"))):
        with open(path, encoding="utf-8") as source:
            text = rewrite(source.read(), json_context)
        with open(os.path.join(out_folder, os.path.basename(path)), "w", encoding="utf-8") as target:
            target.write(text)


if __name__ == "__main__":
    main()
