using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL that a test builds into the object it names as its expected value
/// (<c>var expected = new PackagePushedPayload { ProjectUrl = new Uri("http://...") }</c>, then compared with what the
/// code under test parsed): data the test compares with, as an assertion's expected argument is. So is a part the test
/// adds to it (<c>expected.Items.Add(new Item { ... })</c>) or builds in a local it then puts there. Only construction
/// counts, as for <see cref="InputsExpectedToThrow"/>: a call on the way (<c>expected = await client.GetAsync("http://...")</c>)
/// may send, and is judged as any other. So is what a test hands to a parameter named expected
/// (<c>Eq(object expected, object actual)</c>, <c>TestParse(string path, IEnumerable&lt;Link&gt; expectedLinks)</c>): the test's own
/// assertion helpers, declared beside the tests.
/// </summary>
internal static class ExpectedValueObjects
{
    public static bool IsPartOf(SyntaxNode literal, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return NamesExpectedValue(declarator.Identifier.ValueText) || IsPutIntoExpectedValue(declarator);
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return NamesExpectedValue(property.Identifier.ValueText);
                case AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax } assignment:
                    return assignment.Right.Span.Contains(literal.Span) && NamesExpectedValue(RootName(assignment.Left));
                case InvocationExpressionSyntax invocation:
                    return invocation.ArgumentList.Span.Contains(literal.Span)
                        && (AddsToExpectedValue(invocation) || IsPassedAsExpected(invocation, literal, model, cancellationToken));
                case StatementSyntax:
                case MemberDeclarationSyntax:
                case AnonymousFunctionExpressionSyntax:
                    return false;
            }
        }

        return false;
    }

    // expected, expectedPayload, ExpectedResult, _expectedResponse: a name with the word "expected".
    private static bool NamesExpectedValue(string? name)
    {
        if (name is null || name.IndexOf("xpected", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        foreach (var word in IdentifierWords.Split(name))
        {
            if (word == "expected")
            {
                return true;
            }
        }

        return false;
    }

    // Eq("http://...", feed.Link) where Eq(object expected, object actual): the argument that holds the literal goes to a
    // parameter named expected.
    private static bool IsPassedAsExpected(InvocationExpressionSyntax invocation, SyntaxNode literal, SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = invocation.ArgumentList.Arguments;
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (!argument.Span.Contains(literal.Span))
            {
                continue;
            }

            if (argument.NameColon is { } nameColon)
            {
                return NamesExpectedValue(nameColon.Name.Identifier.ValueText);
            }

            // An argument of a type the build lacks (feed.Link of a missing type) leaves only candidates: each must say so.
            var symbol = model.GetSymbolInfo(invocation, cancellationToken);
            if (symbol.Symbol is IMethodSymbol method)
            {
                return NamesExpectedValue(ParameterAt(method, index)?.Name);
            }

            var candidates = symbol.CandidateSymbols;
            foreach (var candidate in candidates)
            {
                if (candidate is not IMethodSymbol candidateMethod || !NamesExpectedValue(ParameterAt(candidateMethod, index)?.Name))
                {
                    return false;
                }
            }

            return !candidates.IsEmpty;
        }

        return false;
    }

    private static IParameterSymbol? ParameterAt(IMethodSymbol method, int index)
    {
        var parameters = method.Parameters;
        return index < parameters.Length ? parameters[index]
            : parameters.Length > 0 && parameters[parameters.Length - 1].IsParams ? parameters[parameters.Length - 1]
            : null;
    }

    // expected.Resource.Release.Environments.Add(new Environment { ... }): put into the expected value.
    private static bool AddsToExpectedValue(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "AddRange" or "Insert" } adding
        && NamesExpectedValue(RootName(adding.Expression));

    // var environment = new Environment { ... }; ... expected.Resource.Environments.Add(environment) or
    // expected.Resource.Environment = environment: a part built in a local of its own. Looked for in the block that
    // declares the local, one step only.
    private static bool IsPutIntoExpectedValue(VariableDeclaratorSyntax declarator) =>
        LocalDestinations.AnyUse(
            declarator,
            AddsToExpectedValue,
            target => target is MemberAccessExpressionSyntax && NamesExpectedValue(RootName(target)));

    // expected, this.expected, expected.Resource.Release: the name the chain starts from.
    private static string? RootName(ExpressionSyntax target)
    {
        var current = target;
        while (current is MemberAccessExpressionSyntax member)
        {
            if (member.Expression.IsKind(SyntaxKind.ThisExpression))
            {
                return member.Name.Identifier.ValueText;
            }

            current = member.Expression;
        }

        return current is IdentifierNameSyntax identifier ? identifier.Identifier.ValueText : null;
    }
}
