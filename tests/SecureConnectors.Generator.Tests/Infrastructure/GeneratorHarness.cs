using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecureConnectors.Analyzers.Generator;

namespace SecureConnectors.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the connector generator over source text against the .NET 10 reference assemblies: the Microsoft.Extensions
/// assemblies these tests run with come from the .NET 10 shared framework.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly ImmutableArray<MetadataReference> Core =
        ImmutableArray.CreateRange<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All)
            .Add(Reference<SecureConnectors.ConnectorAttribute>())
            .Add(Reference<Microsoft.Extensions.Logging.ILogger>());

    // What a project with Microsoft.Extensions.Http references: the generator then writes AddXxx(...).
    private static readonly ImmutableArray<MetadataReference> WithHttpClientFactory = Core
        .Add(Reference<Microsoft.Extensions.DependencyInjection.IHttpClientBuilder>())
        .Add(Reference<Microsoft.Extensions.DependencyInjection.IServiceCollection>());

    public static CSharpCompilation Compile(bool withHttpClientFactory, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            withHttpClientFactory ? WithHttpClientFactory : Core,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The SDK's own defaults: unification of the runtime library's net8.0 references with .NET 10.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new ConnectorGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Sources) Run(Compilation input)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return (output, diagnostics, sources);
    }

    private static MetadataReference Reference<T>() => MetadataReference.CreateFromFile(typeof(T).Assembly.Location);
}
