using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Editing;
using SecureConnectors.Analyzers.Rules.Scopes;

namespace SecureConnectors.CodeFixes.Rules.Scopes;

/// <summary>
/// SC3003: grant the missing scope (added to the connector's first <c>[Grant]</c>, or a new one); or, when only
/// projected fields need it, remove those fields from the projection so the connector never reads them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MissingGrantCodeFixProvider))]
public sealed class MissingGrantCodeFixProvider() : SolutionWideCodeFixProvider(DiagnosticIds.MissingGrant)
{
    private const string GrantKey = nameof(MissingGrantCodeFixProvider) + ".Grant";
    private const string RemoveFieldsKey = nameof(MissingGrantCodeFixProvider) + ".RemoveFields";
    private const string GrantAttributeName = "SecureConnectors.GrantAttribute";

    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        var properties = site.Diagnostic.Properties;
        if (!properties.TryGetValue(ScopeDiagnosticProperties.Scope, out var scope) || scope is null)
        {
            yield break;
        }

        yield return ApplyToSite(site, $"Grant '{scope}'", GrantKey);

        if (properties.TryGetValue(ScopeDiagnosticProperties.Declared, out var declared) && declared == "false"
            && properties.TryGetValue(ScopeDiagnosticProperties.Projection, out var projection) && projection is not null
            && properties.TryGetValue(ScopeDiagnosticProperties.Properties, out var names) && names is not null)
        {
            var shortName = projection.Substring(projection.LastIndexOf('.') + 1);
            yield return ApplyToSite(site, $"Remove {string.Join(", ", names.Split(',').Select(p => "'" + p + "'"))} from projection '{shortName}'", RemoveFieldsKey);
        }
    }

    private protected override Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken) =>
        equivalenceKey == RemoveFieldsKey
            ? RemoveFieldsAsync(solution, diagnostics, cancellationToken)
            : GrantAsync(solution, diagnostics, cancellationToken);

    private static async Task<Solution> GrantAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(solution);
        foreach (var byDocument in diagnostics.GroupBy(d => d.Location.SourceTree))
        {
            if (solution.GetDocument(byDocument.Key) is not { } document)
            {
                continue;
            }

            var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
            var byConnector = byDocument
                .Select(d => (Connector: documentEditor.OriginalRoot.FindNode(d.Location.SourceSpan).FirstAncestorOrSelf<InterfaceDeclarationSyntax>(),
                    Scope: d.Properties.TryGetValue(ScopeDiagnosticProperties.Scope, out var s) ? s : null))
                .Where(x => x.Connector is not null && x.Scope is not null)
                .GroupBy(x => x.Connector!);
            foreach (var connector in byConnector)
            {
                var scopes = connector.Select(x => x.Scope!).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
                AddToGrant(documentEditor, connector.Key, scopes);
            }
        }

        return editor.GetChangedSolution();
    }

    private static void AddToGrant(DocumentEditor editor, InterfaceDeclarationSyntax connector, IReadOnlyList<string> scopes)
    {
        var grant = connector.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a =>
            editor.SemanticModel.GetTypeInfo(a).Type?.ToDisplayString() == GrantAttributeName
            && a.ArgumentList is { Arguments.Count: > 0 } list
            && list.Arguments.All(arg => arg.Expression is LiteralExpressionSyntax));
        var arguments = scopes.Select(s => SyntaxFactory.AttributeArgument(GrantArguments.Literal(s))).ToList();
        if (grant is not null)
        {
            editor.InsertAfter(grant.ArgumentList!.Arguments.Last(), arguments);
            return;
        }

        editor.ReplaceNode(connector, (node, generator) => generator.AddAttributes(node,
            SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("Grant"), SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)))));
    }

    private static async Task<Solution> RemoveFieldsAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = new SolutionEditor(solution);
        var requests = diagnostics
            .Where(d => d.Properties.TryGetValue(ScopeDiagnosticProperties.Declared, out var declared) && declared == "false")
            .Select(d => (Document: solution.GetDocument(d.Location.SourceTree),
                Projection: d.Properties.TryGetValue(ScopeDiagnosticProperties.Projection, out var p) ? p : null,
                Properties: d.Properties.TryGetValue(ScopeDiagnosticProperties.Properties, out var names) ? names : null))
            .Where(r => r.Document is not null && r.Projection is not null && r.Properties is not null)
            .GroupBy(r => (r.Document!.Project, r.Projection!));
        foreach (var request in requests)
        {
            var compilation = await request.Key.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation?.GetTypeByMetadataName(request.Key.Item2) is not { } projection)
            {
                continue;
            }

            var names = new HashSet<string>(request.SelectMany(r => r.Properties!.Split(',')), StringComparer.Ordinal);
            foreach (var reference in projection.DeclaringSyntaxReferences)
            {
                if (solution.GetDocument(reference.SyntaxTree) is not { } document
                    || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration)
                {
                    continue;
                }

                var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
                var parameters = declaration.ParameterList?.Parameters.Where(p => names.Contains(p.Identifier.ValueText)) ?? Enumerable.Empty<ParameterSyntax>();
                var properties = declaration.Members.OfType<PropertyDeclarationSyntax>().Where(p => names.Contains(p.Identifier.ValueText));
                foreach (var node in parameters.Cast<SyntaxNode>().Concat(properties))
                {
                    documentEditor.RemoveNode(node);
                }
            }
        }

        return editor.GetChangedSolution();
    }
}
