using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// <c>--generated-cost [files] [rounds]</c>: which part of the generated code costs the compiler what. The synthetic
/// project (with its declaration files) is emitted to memory without generated code, with all of it, and with one
/// kind of generated type left out at a time; a kind's cost is what leaving it out saves. Only kinds that nothing else
/// refers to can be left out alone (a client calls its request writers and its projections' readers and is created by
/// its registration, so writers and registrations go out with the clients, and readers with all of them).
/// CPU time of the process per emit; the variants of a round run one after the other, rounds repeat the order.
/// </summary>
internal static class GeneratedCodeCost
{
    public static void Report(int files, int rounds)
    {
        var compilation = AnalyzerCost.Compilation(files, declarations: true);
        var generated = AnalyzerCost.WithGenerated(compilation).SyntaxTrees.Skip(compilation.SyntaxTrees.Count()).ToList();
        Console.WriteLine($"{compilation.SyntaxTrees.Count()} source trees, {generated.Count} generated trees, {generated.Sum(t => t.GetText().Lines.Count)} generated lines");

        var variants = new (string Name, Func<TypeDeclarationSyntax, bool>? Drop)[]
        {
            ("no generated code", null),
            ("all generated code", _ => false),
            ("without manifests", t => t.Identifier.Text.EndsWith("Manifest", StringComparison.Ordinal)),
            ("without clients", IsClientOrWriter),
            ("without clients and readers", t => IsClientOrWriter(t) || IsProjectionPart(t)),
        };
        var results = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var (name, drop) in variants)
            {
                var trees = drop is null ? compilation.SyntaxTrees : compilation.SyntaxTrees.Concat(generated.Select(t => Without(t, drop)));
                var variant = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var emitted = variant.Emit(Stream.Null);
                var spent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                if (!emitted.Success)
                {
                    throw new InvalidOperationException($"{name}: {emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
                }

                if (round > 0)
                {
                    results[name].Add(spent);
                }
            }
        }

        var baseline = Median(results["no generated code"]);
        var all = Median(results["all generated code"]) - baseline;
        foreach (var (name, _) in variants)
        {
            var median = Median(results[name]);
            Console.WriteLine($"{name,-30} median CPU {median,8:F0} ms  generated code's share left {(median - baseline) / all,6:P0}  runs: {string.Join(", ", results[name].Select(r => r.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }

    // A client with its request writers (which only the client calls) and its AddXxx registration (which creates it).
    private static bool IsClientOrWriter(TypeDeclarationSyntax type) =>
        type.Identifier.Text.EndsWith("Client", StringComparison.Ordinal)
        || type.Identifier.Text.EndsWith("RequestWriters", StringComparison.Ordinal)
        || type.Identifier.Text.EndsWith("ServiceCollectionExtensions", StringComparison.Ordinal);

    private static bool IsProjectionPart(TypeDeclarationSyntax type) =>
        type is RecordDeclarationSyntax || (type is ClassDeclarationSyntax && type.Modifiers.Any(SyntaxKind.PartialKeyword) && !type.Modifiers.Any(SyntaxKind.StaticKeyword));

    private static SyntaxTree Without(SyntaxTree tree, Func<TypeDeclarationSyntax, bool> drop)
    {
        var root = tree.GetRoot();
        var dropped = root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax && drop(t)).ToList();
        return dropped.Count == 0 ? tree : tree.WithRootAndOptions(root.RemoveNodes(dropped, SyntaxRemoveOptions.KeepNoTrivia)!, tree.Options);
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
}
