using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Parsing;

namespace SecureConnectors.Analyzers.Rules.Connectors;

/// <summary>
/// SC4xxx: what the connector generator cannot build, reported by running the generator's own parser over
/// every <c>[Connector]</c> interface and <c>[Projection]</c> type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectorDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ConnectorDeclarationInvalid,
        Descriptors.ConnectorBaseUrlInvalid,
        Descriptors.MemberNotOperation,
        Descriptors.DuplicateOperationName,
        Descriptors.RouteTemplateInvalid,
        Descriptors.ParameterNotBound,
        Descriptors.UnsupportedReturnType,
        Descriptors.UnsupportedParameter,
        Descriptors.MultipleBodyParameters,
        Descriptors.ProjectionDeclarationInvalid,
        Descriptors.ProjectionPropertyNotAField,
        Descriptors.ProjectionPropertyTypeMismatch,
        Descriptors.UnsupportedFieldType,
        Descriptors.FieldPathInvalid,
        Descriptors.ProviderErrorsInvalid,
        Descriptors.HeaderInvalid,
        Descriptors.HeaderCarriesCredential,
        Descriptors.BinaryOrMetadataResponseInvalid,
        Descriptors.RegionInvalid,
        Descriptors.RolesInvalid,
        Descriptors.SecondHostWithRegions,
        Descriptors.PagingWithoutAsyncEnumerable,
        Descriptors.PagedOperationWithoutPaging,
        Descriptors.MultiplePagingAttributes,
        Descriptors.PagingParameterInvalid,
        Descriptors.ResponsePathInvalid,
        Descriptors.PageSizeInvalid,
        Descriptors.CursorSourceInvalid,
        Descriptors.NullableResultUnsupported,
        Descriptors.UnsupportedBodyProperty,
        Descriptors.UnsupportedBodyType,
        Descriptors.QueryFormatNotDate,
        Descriptors.QueryCollectionNotCollection);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var known = KnownTypes.From(start.Compilation);
            if (known.Connector is null && known.Projection is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, known), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (known.Find(type, known.Connector) is not null)
        {
            foreach (var diagnostic in ConnectorParses.Get(type, known, context.CancellationToken).Diagnostics)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        if (known.Find(type, known.Projection) is not null)
        {
            foreach (var diagnostic in ProjectionDiagnostics.Get(type, known, context.CancellationToken))
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
