using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Generator.Emitting;
using SecureConnectors.Analyzers.Generator.Incrementality;
using SecureConnectors.Analyzers.Generator.Model;
using SecureConnectors.Analyzers.Generator.Parsing;

namespace SecureConnectors.Analyzers.Generator;

/// <summary>
/// Generates a typed client for each <c>[Connector]</c> interface and a reader for each <c>[Projection]</c>.
/// Declarations it cannot build are skipped here and reported by <c>ConnectorDeclarationAnalyzer</c> (SC4xxx),
/// which runs the same parser: diagnostics stay out of the cached pipeline and <c>#pragma</c> can suppress them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConnectorGenerator : IIncrementalGenerator
{
    private const string HttpClientFactoryExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
    private const string ScopePolicy = "SecureConnectors.IScopePolicy";
    private const string ConnectorRegistration = "SecureConnectors.Runtime.ConnectorRegistration";
    private const string ManifestProperty = "build_property.SecureConnectorsManifest";

    /// <summary>The markers between which the build targets find the assembly's manifest JSON.</summary>
    internal const string ManifestStart = "#if SECURE_CONNECTORS_MANIFEST_JSON";
    internal const string ManifestEnd = "#endif // SECURE_CONNECTORS_MANIFEST_JSON";

    /// <summary>Connector parses kept between compilations: an editor advances one driver, with this instance, per edit.</summary>
    internal ParsesReusedAcrossCompilations<ConnectorSpec> ConnectorParsesAcrossEdits { get; } = new();

    /// <summary>Projection parses kept between compilations.</summary>
    internal ParsesReusedAcrossCompilations<ProjectionSpec> ProjectionParsesAcrossEdits { get; } = new();

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // From the compilation, not a syntax provider: a provider walks every node of every file and reruns its
        // transform per declaration on every compilation anyway; here only type declarations are visited and a
        // keystroke that changes no declaration reuses every parse (ParsesReusedAcrossCompilations).
        // One output per type: a type declared twice (a copied file, CS0101) is parsed twice, and a second source with the
        // same name would make the generator throw and drop every other output with it. Source names ignore case, so a
        // type whose name differs from another's only in case gets a numbered one.
        var connectors = context.CompilationProvider
            .SelectMany((compilation, cancellationToken) => OnePerHintName(ConnectorParsesAcrossEdits.ParseAll(
                compilation, AttributedDeclarations.ConnectorCandidates, ParseConnector, cancellationToken),
                ConnectorHintName, static (spec, suffix) => spec with { HintSuffix = suffix }))
            .WithTrackingName(TrackingNames.Connectors);

        var projections = context.CompilationProvider
            .SelectMany((compilation, cancellationToken) => OnePerHintName(ProjectionParsesAcrossEdits.ParseAll(
                compilation, AttributedDeclarations.ProjectionCandidates, ParseProjection, cancellationToken),
                ProjectionHintName, static (spec, suffix) => spec with { HintSuffix = suffix }))
            .WithTrackingName(TrackingNames.Projections);

        // A few bools, not the compilation: the emit step reruns only when a reference appears or goes away.
        var target = context.CompilationProvider
            .Select(static (compilation, _) => new GenerationTarget(
                compilation.GetTypeByMetadataName(HttpClientFactoryExtensions) is not null
                    && compilation.GetTypeByMetadataName(ConnectorRegistration) is not null,
                compilation.GetTypeByMetadataName(ScopePolicy) is not null))
            .WithTrackingName(TrackingNames.GenerationTarget);

        context.RegisterSourceOutput(
            connectors.Combine(target).WithTrackingName(TrackingNames.ConnectorsWithOptions),
            static (output, input) => EmitConnector(output, input.Left, input.Right));
        context.RegisterSourceOutput(projections, static (output, projection) => EmitProjection(output, projection));

        // One wire-name helper per enum that any projection reads, however many projections read it.
        var enums = projections
            .SelectMany(static (projection, _) => projection.Enums)
            .Collect()
            .WithTrackingName(TrackingNames.Enums);
        context.RegisterSourceOutput(enums, static (output, all) => EmitEnums(output, all));

        // One JSON file of every connector in the assembly, for CI, when the project sets SecureConnectorsManifest.
        var writeManifest = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue(ManifestProperty, out var value)
                && string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(TrackingNames.ManifestSwitch);
        context.RegisterSourceOutput(
            connectors.Collect().Combine(writeManifest).WithTrackingName(TrackingNames.AssemblyManifest),
            static (output, input) => EmitAssemblyManifest(output, input.Left, input.Right));
    }

    private static ConnectorSpec? ParseConnector(SyntaxNode declaration, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var known = KnownTypes.From(model.Compilation);
        return AttributedDeclarations.Carrying(declaration, model, known.Connector, cancellationToken) is { } connector
            ? ConnectorParser.Parse(connector, known, DeclarationProblems.Counting(), cancellationToken)
            : null;
    }

    private static ProjectionSpec? ParseProjection(SyntaxNode declaration, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var known = KnownTypes.From(model.Compilation);
        return AttributedDeclarations.Carrying(declaration, model, known.Projection, cancellationToken) is { } projection
            ? ProjectionParses.Get(projection, known, cancellationToken).Spec
            : null;
    }

    private static string ConnectorHintName(ConnectorSpec connector) =>
        GeneratedCode.HintName(connector.Namespace, connector.InterfaceName + connector.HintSuffix, "Connector");

    private static string ProjectionHintName(ProjectionSpec projection) =>
        GeneratedCode.HintName(projection.Namespace, projection.Name + projection.HintSuffix, "Projection");

    private static System.Collections.Immutable.ImmutableArray<TSpec> OnePerHintName<TSpec>(
        System.Collections.Immutable.ImmutableArray<TSpec> specs, System.Func<TSpec, string> hintName, System.Func<TSpec, string, TSpec> withSuffix)
    {
        var exact = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        var taken = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var unique = System.Collections.Immutable.ImmutableArray.CreateBuilder<TSpec>(specs.Length);
        var changed = false;
        foreach (var spec in specs)
        {
            var hint = hintName(spec);
            if (!exact.Add(hint))
            {
                changed = true; // the same type declared again
                continue;
            }

            var suffix = FreeSuffix(taken, hint, candidate => hintName(withSuffix(spec, candidate)));
            unique.Add(suffix.Length == 0 ? spec : withSuffix(spec, suffix));
            changed |= suffix.Length > 0;
        }

        return changed ? unique.ToImmutable() : specs;
    }

    // "" when the hint is free, else the first of "_2", "_3", ... whose hint is; takes it. Source names ignore case.
    private static string FreeSuffix(System.Collections.Generic.HashSet<string> taken, string hint, System.Func<string, string> hintWith)
    {
        if (taken.Add(hint))
        {
            return "";
        }

        for (var n = 2; ; n++)
        {
            var suffix = "_" + n;
            if (taken.Add(hintWith(suffix)))
            {
                return suffix;
            }
        }
    }

    private static void EmitConnector(SourceProductionContext output, ConnectorSpec connector, GenerationTarget target) =>
        output.AddSource(ConnectorHintName(connector), ConnectorEmitter.Emit(connector, target));

    // The JSON sits in a disabled #if block: the compiler ignores it, build/SecureConnectors.targets copies it out.
    private static void EmitAssemblyManifest(SourceProductionContext output, System.Collections.Immutable.ImmutableArray<ConnectorSpec> connectors, bool enabled)
    {
        if (!enabled)
        {
            return;
        }

        output.AddSource(
            "SecureConnectors.Manifest.g.cs",
            "// <auto-generated/>\n// The scope manifest of every connector in this assembly (docs/manifest.md).\n"
            + ManifestStart + "\n" + ManifestJson.ForAssembly(connectors) + ManifestEnd + "\n");
    }

    private static void EmitEnums(SourceProductionContext output, System.Collections.Immutable.ImmutableArray<EnumSpec> enums)
    {
        var written = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        var taken = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var spec in enums)
        {
            if (written.Add(spec.FullName))
            {
                // Source names ignore case: an enum whose helper's name differs from another's only in case is numbered.
                string HintWith(string suffix) => GeneratedCode.HintName(spec.Namespace, spec.HelperName + suffix, "EnumWireNames");
                output.AddSource(HintWith(FreeSuffix(taken, HintWith(""), HintWith)), EnumWireNamesEmitter.Emit(spec));
            }
        }
    }

    private static void EmitProjection(SourceProductionContext output, ProjectionSpec projection) =>
        output.AddSource(ProjectionHintName(projection), ProjectionEmitter.Emit(projection));
}
