using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Configuration;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Parsing;

namespace SecureConnectors.Analyzers.Rules.Scopes;

/// <summary>
/// SC3001-SC3004: a connector's grants against what its operations and projected fields need, on the model the
/// generator parses (no second parser). Grant findings are reported on the scope string in <c>[Grant]</c>, missing
/// scopes on the operation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectorScopeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.BroadGrant, Descriptors.UnusedGrant, Descriptors.MissingGrant, Descriptors.WriteGrantedForReads);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var known = KnownTypes.From(start.Compilation);
            if (known.Connector is null)
            {
                return;
            }

            var broadScopes = new AnalyzerOptionCache<BroadScopes>(start.Options.AnalyzerConfigOptionsProvider, BroadScopes.OptionKey, null, BroadScopes.Parse);
            start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, known, broadScopes), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypes known, AnalyzerOptionCache<BroadScopes> broadScopes)
    {
        var connector = (INamedTypeSymbol)context.Symbol;
        if (connector.TypeKind != TypeKind.Interface || known.Find(connector, known.Connector) is null)
        {
            return;
        }

        // Declarations the generator cannot build are SC4xxx; their scopes are judged once they parse. A member the
        // client only stubs needs scopes nobody can tell yet: judging the rest would call its grants unused.
        var parsed = ConnectorParses.Get(connector, known, context.CancellationToken);
        var spec = parsed.Spec;
        var tree = connector.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
        if (spec is null || parsed.Diagnostics.Count > 0 || !spec.UnbuildableMembers.IsEmpty || tree is null)
        {
            return;
        }

        var (grants, missing) = ScopeUsage.Analyze(spec, broadScopes.For(tree));
        var grantLocations = GrantLocations(connector, known, context.CancellationToken);
        foreach (var finding in grants)
        {
            var location = grantLocations.TryGetValue(finding.Scope, out var found) ? found : DeclarationProblems.LocationOf(connector);
            context.ReportDiagnostic(finding.Problem switch
            {
                GrantProblem.Broad => Diagnostic.Create(Descriptors.BroadGrant, location, finding.Scope, finding.Detail),
                GrantProblem.Unused => Diagnostic.Create(Descriptors.UnusedGrant, location, finding.Scope, spec.ConnectorName),
                _ => Diagnostic.Create(Descriptors.WriteGrantedForReads, location,
                    ImmutableDictionary<string, string?>.Empty.Add(ScopeDiagnosticProperties.Replacement, finding.Detail),
                    finding.Scope, finding.Detail),
            });
        }

        foreach (var need in missing)
        {
            var method = connector.GetMembers(need.Operation).OfType<IMethodSymbol>().FirstOrDefault();
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ScopeDiagnosticProperties.Scope, need.Scope)
                .Add(ScopeDiagnosticProperties.Declared, need.Declared ? "true" : "false");
            if (need.ProjectionMetadataName is not null && need.Properties.Count > 0)
            {
                properties = properties
                    .Add(ScopeDiagnosticProperties.Projection, need.ProjectionMetadataName)
                    .Add(ScopeDiagnosticProperties.Properties, string.Join(",", need.Properties));
            }

            var because = need.Properties.Count == 0
                ? ""
                : $" (for {string.Join(", ", need.Properties.Select(p => "'" + p + "'"))})";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MissingGrant,
                method is null ? DeclarationProblems.LocationOf(connector) : DeclarationProblems.LocationOf(method),
                properties, need.Operation, need.Scope, because, spec.ConnectorName));
        }
    }

    // The string literal of each granted scope, where the squiggle and the fixes belong.
    private static Dictionary<string, Location> GrantLocations(INamedTypeSymbol connector, KnownTypes known, CancellationToken cancellationToken)
    {
        var locations = new Dictionary<string, Location>(System.StringComparer.Ordinal);
        foreach (var attribute in connector.GetAttributes().Where(a => KnownTypes.Is(a.AttributeClass, known.Grant)))
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList: { } arguments })
            {
                continue;
            }

            foreach (var literal in arguments.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
            {
                if (!locations.ContainsKey(literal.Token.ValueText))
                {
                    locations.Add(literal.Token.ValueText, literal.GetLocation());
                }
            }
        }

        return locations;
    }
}
