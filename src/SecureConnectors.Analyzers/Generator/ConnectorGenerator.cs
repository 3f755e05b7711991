using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Generator.Emitting;
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

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var connectors = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.ConnectorAttributeName,
                static (node, _) => node is InterfaceDeclarationSyntax,
                static (syntax, cancellationToken) => ConnectorParser.Parse(
                    (INamedTypeSymbol)syntax.TargetSymbol, KnownTypes.From(syntax.SemanticModel.Compilation), DeclarationProblems.Counting(), cancellationToken))
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Connectors);

        var projections = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownTypes.ProjectionAttributeName,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                static (syntax, cancellationToken) => ProjectionParser.Parse(
                    (INamedTypeSymbol)syntax.TargetSymbol, KnownTypes.From(syntax.SemanticModel.Compilation), DeclarationProblems.Counting(), cancellationToken))
            .Where(static spec => spec is not null)
            .WithTrackingName(TrackingNames.Projections);

        // Two bools, not the compilation: the emit step reruns only when a reference appears or goes away.
        var target = context.CompilationProvider
            .Select(static (compilation, _) => new GenerationTarget(
                compilation.GetTypeByMetadataName(HttpClientFactoryExtensions) is not null,
                compilation.GetTypeByMetadataName(ScopePolicy) is not null))
            .WithTrackingName(TrackingNames.GenerationTarget);

        context.RegisterSourceOutput(
            connectors.Combine(target).WithTrackingName(TrackingNames.ConnectorsWithOptions),
            static (output, input) => EmitConnector(output, input.Left!, input.Right));
        context.RegisterSourceOutput(projections, static (output, projection) => EmitProjection(output, projection!));
    }

    private static void EmitConnector(SourceProductionContext output, ConnectorSpec connector, GenerationTarget target) =>
        output.AddSource(
            GeneratedCode.HintName(connector.Namespace, connector.InterfaceName, "Connector"),
            ConnectorEmitter.Emit(connector, target));

    private static void EmitProjection(SourceProductionContext output, ProjectionSpec projection) =>
        output.AddSource(
            GeneratedCode.HintName(projection.Namespace, projection.Name, "Projection"),
            ProjectionEmitter.Emit(projection));
}
