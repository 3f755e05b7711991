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
        .Add(Reference<Microsoft.Extensions.DependencyInjection.IServiceCollection>())
        .Add(Reference<Microsoft.Extensions.Options.IValidateOptions<object>>());

    public static CSharpCompilation Compile(bool withHttpClientFactory, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            withHttpClientFactory ? WithHttpClientFactory : Core,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The SDK's own defaults: unification of the runtime library's net8.0 references with .NET 10.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? buildProperties = null) =>
        CreateDriver(new ConnectorGenerator(), buildProperties);

    /// <summary>A driver around a given generator instance, for tests that read what the instance keeps between runs.</summary>
    public static GeneratorDriver CreateDriver(ConnectorGenerator generator, IReadOnlyDictionary<string, string>? buildProperties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            parseOptions: ParseOptions,
            optionsProvider: new BuildProperties(buildProperties ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Sources) Run(
        Compilation input, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var driver = CreateDriver(buildProperties).RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return (output, diagnostics, sources);
    }

    /// <summary>MSBuild properties as the compiler sees them (<c>build_property.X</c>), and nothing per file.</summary>
    private sealed class BuildProperties(IReadOnlyDictionary<string, string> properties) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }

    /// <summary>The compilation an editor makes after an edit: one file's tree replaced, every other tree the same object.</summary>
    public static Compilation ReplaceSource(Compilation compilation, int index, string text)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, ParseOptions, old.FilePath));
    }

    private static MetadataReference Reference<T>() => MetadataReference.CreateFromFile(typeof(T).Assembly.Location);
}
