using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using SecureConnectors.Analyzers.Infrastructure;
using SecureConnectors.Analyzers.Rules.Timing;

namespace SecureConnectors.CodeFixes.Rules.Timing;

/// <summary>
/// SC1004: replaces the comparison with <c>CryptographicOperations.FixedTimeEquals</c>. Byte arrays and spans are
/// passed as they are; strings as <c>Encoding.UTF8.GetBytes(...)</c> of each side, which are equal exactly when
/// the strings are equal ordinally, so the fix changes the timing and nothing else (decoding hex or Base64 first
/// would also accept other casings and throw on malformed input). Offered only where the analyzer found the
/// comparison ordinal and <c>CryptographicOperations</c> exists (.NET Core 2.1 and later); adds the usings it needs.
/// Solution-wide: fixes in one document all add the same usings; merged one by one their text changes would collide.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VariableTimeSignatureComparisonCodeFixProvider))]
public sealed class VariableTimeSignatureComparisonCodeFixProvider() : SolutionWideCodeFixProvider(DiagnosticIds.SignatureComparedInVariableTime)
{
    private const string EquivalenceKey = nameof(VariableTimeSignatureComparisonCodeFixProvider);

    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (Rewrite(site.Root, site.Model, site.Diagnostic, site.CancellationToken) is not null)
        {
            yield return ApplyToSite(site, "Compare with CryptographicOperations.FixedTimeEquals", EquivalenceKey);
        }
    }

    private protected override async Task<Solution> ApplyAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, CancellationToken cancellationToken)
    {
        foreach (var group in diagnostics.GroupBy(d => d.Location.SourceTree))
        {
            if (solution.GetDocument(group.Key) is not { } document
                || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not { } root
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            var replacements = new Dictionary<SyntaxNode, ExpressionSyntax>();
            foreach (var diagnostic in group)
            {
                if (Rewrite(root, model, diagnostic, cancellationToken) is { } rewrite)
                {
                    replacements[rewrite.Node] = rewrite.Replacement.WithTriviaFrom(rewrite.Node);
                }
            }

            // A comparison nested in another keeps its old form here; the next Fix All pass reaches it.
            var changed = document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
            changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            solution = changed.Project.Solution;
        }

        return solution;
    }

    private static (ExpressionSyntax Node, ExpressionSyntax Replacement)? Rewrite(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(SignatureComparisonProperties.Operands, out var operands) || operands is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node
            || Operands(SafeOperations.Of(model, node, cancellationToken)) is not { } sides)
        {
            return null;
        }

        var negated = diagnostic.Properties.TryGetValue(SignatureComparisonProperties.Negated, out var value) && value == "true";
        return (node, FixedTimeEquals(sides.Left, sides.Right, operands == SignatureComparisonProperties.Utf8, negated));
    }

    // The two sides as written: a == b, a.Equals(b), string.Equals(a, b), a.SequenceEqual(b), comparer.Equals(a, b).
    private static (ExpressionSyntax Left, ExpressionSyntax Right)? Operands(IOperation? comparison)
    {
        switch (comparison)
        {
            case IBinaryOperation binary when binary.Syntax is BinaryExpressionSyntax syntax:
                return (syntax.Left, syntax.Right);
            case IInvocationOperation invocation:
                var method = invocation.TargetMethod;
                if (method.IsStatic || invocation.Instance is null || method.ContainingType?.Name == "StringComparer")
                {
                    return invocation.Arguments.Length >= 2 && invocation.Arguments[0].Value.Syntax is ExpressionSyntax a && invocation.Arguments[1].Value.Syntax is ExpressionSyntax b
                        ? (a, b)
                        : null;
                }

                return invocation.Instance.Syntax is ExpressionSyntax instance && invocation.Arguments.Length >= 1 && invocation.Arguments[0].Value.Syntax is ExpressionSyntax other
                    ? (instance, other)
                    : null;
            default:
                return null;
        }
    }

    private static ExpressionSyntax FixedTimeEquals(ExpressionSyntax left, ExpressionSyntax right, bool utf8, bool negated)
    {
        var call = SyntaxFactory.InvocationExpression(
            Name("global::System.Security.Cryptography.CryptographicOperations.FixedTimeEquals"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(utf8 ? Utf8Bytes(left) : left.WithoutTrivia()),
                SyntaxFactory.Argument(utf8 ? Utf8Bytes(right) : right.WithoutTrivia()),
            })));
        return negated ? SyntaxFactory.PrefixUnaryExpression(SyntaxKind.LogicalNotExpression, call) : call;
    }

    private static ExpressionSyntax Utf8Bytes(ExpressionSyntax value) =>
        SyntaxFactory.InvocationExpression(
            Name("global::System.Text.Encoding.UTF8.GetBytes"),
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(value.WithoutTrivia()))));

    // Marked so the using is added and the name shortened: CryptographicOperations with 'using System.Security.Cryptography;'.
    private static ExpressionSyntax Name(string qualified)
    {
        var lastDot = qualified.LastIndexOf('.');
        var type = SyntaxFactory.ParseExpression(qualified.Substring(0, lastDot))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        return SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName(qualified.Substring(lastDot + 1)));
    }
}
