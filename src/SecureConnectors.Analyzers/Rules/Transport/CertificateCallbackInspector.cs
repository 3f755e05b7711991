using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Reads the body of a certificate validation callback (lambda, anonymous method, local function or method)
/// and says whether it disables validation: it returns true on every path, it tolerates a host-name mismatch or
/// a missing certificate, it tolerates chain errors without checking the chain itself, or its answer depends on
/// neither the policy errors nor the certificate or chain (a null test of the certificate is no check of it), or it
/// accepts a certificate on the names it claims (<see cref="CertificateNameOnlyChecks"/>), or it rebuilds the chain with
/// flags that accept an unknown issuer (<see cref="RelaxedChainRebuilds"/>). A callback
/// that accepts only connections to this machine and refuses every other one validates nothing, but accepts nothing
/// remote either (<see cref="LoopbackOnlyAcceptance"/>).
/// </summary>
internal static class CertificateCallbackInspector
{
    /// <param name="function">The syntax of the callback.</param>
    /// <param name="certificateIndex">Position of the certificate parameter in the delegate, or -1.</param>
    /// <param name="chainIndex">Position of the chain parameter, or -1.</param>
    /// <param name="errorsIndex">Position of the <c>SslPolicyErrors</c> parameter.</param>
    /// <returns>Why the callback disables validation, or null when it validates.</returns>
    public static string? FindWeakness(SyntaxNode function, int certificateIndex, int chainIndex, int errorsIndex)
    {
        if (!TryGetParts(function, out var parameters, out var body))
        {
            return null;
        }

        var returns = ReturnedExpressions(body).ToList();
        if (returns.Count == 0)
        {
            return null; // throws on every path, or cannot be read
        }

        if (returns.All(IsTrueLiteral))
        {
            return "the callback accepts every certificate";
        }

        if (LoopbackOnlyAcceptance.AcceptsOnlyLoopback(returns))
        {
            return null; // a local server's development certificate; every other destination is refused
        }

        var errors = ParameterName(parameters, errorsIndex);
        var certificate = ParameterName(parameters, certificateIndex);
        var chain = ParameterName(parameters, chainIndex);
        var tolerated = ToleratedErrors(body, errors);

        if (tolerated.Contains("RemoteCertificateNameMismatch"))
        {
            return "the callback accepts a certificate issued for another host";
        }

        if (tolerated.Contains("RemoteCertificateNotAvailable"))
        {
            return "the callback accepts a connection without a certificate";
        }

        if (CertificateNameOnlyChecks.AcceptsOnNamesAlone(returns, body, certificate, chain, errors))
        {
            return "the callback accepts a certificate on the issuer or subject name it claims, which anyone can write into one";
        }

        if (RelaxedChainRebuilds.AcceptsUnknownIssuers(body))
        {
            return "the callback rebuilds the chain with verification flags that accept an unknown issuer";
        }

        var readsCertificate = ReadsBeyondNullCheck(body, certificate) || ReadsBeyondNullCheck(body, chain);
        if (tolerated.Contains("RemoteCertificateChainErrors") && !readsCertificate)
        {
            return "the callback accepts certificates from untrusted issuers";
        }

        if (!References(body, errors) && !readsCertificate && !returns.All(IsFalseLiteral))
        {
            return "the callback's answer ignores the certificate and its errors";
        }

        return null;
    }

    private static bool TryGetParts(SyntaxNode function, out IReadOnlyList<ParameterSyntax> parameters, out SyntaxNode body)
    {
        parameters = new List<ParameterSyntax>();
        body = function;
        switch (function)
        {
            case ParenthesizedLambdaExpressionSyntax lambda:
                parameters = lambda.ParameterList.Parameters;
                body = (SyntaxNode?)lambda.Block ?? lambda.ExpressionBody!;
                return body is not null;
            case SimpleLambdaExpressionSyntax simple:
                parameters = new[] { simple.Parameter };
                body = (SyntaxNode?)simple.Block ?? simple.ExpressionBody!;
                return body is not null;
            case AnonymousMethodExpressionSyntax anonymous:
                parameters = anonymous.ParameterList?.Parameters ?? (IReadOnlyList<ParameterSyntax>)new List<ParameterSyntax>();
                body = anonymous.Block;
                return true;
            case MethodDeclarationSyntax method:
                parameters = method.ParameterList.Parameters;
                body = (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression!;
                return body is not null;
            case LocalFunctionStatementSyntax local:
                parameters = local.ParameterList.Parameters;
                body = (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression!;
                return body is not null;
            default:
                return false;
        }
    }

    private static IEnumerable<ExpressionSyntax> ReturnedExpressions(SyntaxNode body)
    {
        if (body is ExpressionSyntax expression)
        {
            yield return expression;
            yield break;
        }

        // Returns of this function only: nested lambdas and local functions answer for themselves.
        foreach (var node in body.DescendantNodes(static n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
        {
            if (node is ReturnStatementSyntax { Expression: { } returned })
            {
                yield return returned;
            }
        }
    }

    // Flags masked out with ~X, or accepted with "errors == X" in a returned expression.
    private static HashSet<string> ToleratedErrors(SyntaxNode body, string? errors)
    {
        var tolerated = new HashSet<string>();
        foreach (var node in body.DescendantNodesAndSelf())
        {
            if (node is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.BitwiseNotExpression } not)
            {
                foreach (var flag in FlagNames(not.Operand))
                {
                    tolerated.Add(flag);
                }
            }
            else if (errors is not null
                && node is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals
                && LeadsToAcceptance(equals, body))
            {
                var other = IsName(equals.Left, errors) ? equals.Right : IsName(equals.Right, errors) ? equals.Left : null;
                if (other is not null)
                {
                    foreach (var flag in FlagNames(other))
                    {
                        tolerated.Add(flag);
                    }
                }
            }
            else if (errors is not null
                && node is IsPatternExpressionSyntax isPattern
                && IsName(isPattern.Expression, errors)
                && LeadsToAcceptance(isPattern, body))
            {
                // "errors is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateChainErrors": the flags it matches
                // (not those under "not") are accepted.
                foreach (var constant in MatchedConstants(isPattern.Pattern))
                {
                    foreach (var flag in FlagNames(constant))
                    {
                        tolerated.Add(flag);
                    }
                }
            }
        }

        tolerated.Remove("None");
        return tolerated;
    }

    private static IEnumerable<ExpressionSyntax> MatchedConstants(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax constant => new[] { constant.Expression },
        BinaryPatternSyntax binary => MatchedConstants(binary.Left).Concat(MatchedConstants(binary.Right)),
        ParenthesizedPatternSyntax parenthesized => MatchedConstants(parenthesized.Pattern),
        _ => Enumerable.Empty<ExpressionSyntax>(),
    };

    // "return errors == X || ..." or "if (errors == X) return true;": X is accepted.
    private static bool LeadsToAcceptance(ExpressionSyntax comparison, SyntaxNode body)
    {
        if (body is ExpressionSyntax || comparison.FirstAncestorOrSelf<ReturnStatementSyntax>() is not null)
        {
            return true;
        }

        var ifStatement = comparison.FirstAncestorOrSelf<IfStatementSyntax>();
        return ifStatement is not null
            && ifStatement.Condition.Span.Contains(comparison.Span)
            && ifStatement.Statement.DescendantNodesAndSelf().OfType<ReturnStatementSyntax>().Any(static r => r.Expression is not null && IsTrueLiteral(r.Expression));
    }

    private static IEnumerable<string> FlagNames(ExpressionSyntax expression) =>
        expression.DescendantNodesAndSelf()
            .OfType<MemberAccessExpressionSyntax>()
            .Where(static m => m.Expression is IdentifierNameSyntax { Identifier.ValueText: "SslPolicyErrors" }
                || m.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "SslPolicyErrors" })
            .Select(static m => m.Name.Identifier.ValueText);

    private static string? ParameterName(IReadOnlyList<ParameterSyntax> parameters, int index)
    {
        if (index < 0 || index >= parameters.Count)
        {
            return null;
        }

        var name = parameters[index].Identifier.ValueText;
        return name is "" or "_" ? null : name;
    }

    private static bool References(SyntaxNode body, string? name) =>
        name is not null && body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name);

    // "certificate is not null", "chain != null": whether a certificate was presented says nothing of whose it is or
    // who issued it. Any other use of the parameter (a property, a call, an argument) reads it.
    private static bool ReadsBeyondNullCheck(SyntaxNode body, string? name) =>
        name is not null
        && body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name && !IsNullCheck(i));

    internal static bool IsNullCheck(IdentifierNameSyntax identifier)
    {
        SyntaxNode node = identifier;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression) =>
                Parentheses.Strip(binary.Left == node ? binary.Right : binary.Left).IsKind(SyntaxKind.NullLiteralExpression),
            IsPatternExpressionSyntax isPattern when isPattern.Expression == node => IsNullTest(isPattern.Pattern),
            BinaryExpressionSyntax isType when isType.IsKind(SyntaxKind.IsExpression) && isType.Left == node =>
                isType.Right is PredefinedTypeSyntax { Keyword.ValueText: "object" },
            _ => false,
        };
    }

    // null, not null, {}, object, not {}: patterns that ask only whether there is a value.
    private static bool IsNullTest(PatternSyntax pattern) => pattern switch
    {
        ConstantPatternSyntax constant => Parentheses.Strip(constant.Expression).IsKind(SyntaxKind.NullLiteralExpression),
        UnaryPatternSyntax unary => IsNullTest(unary.Pattern),
        RecursivePatternSyntax recursive => recursive.Type is null && recursive.PositionalPatternClause is null
            && (recursive.PropertyPatternClause is null || recursive.PropertyPatternClause.Subpatterns.Count == 0)
            && recursive.Designation is null,
        TypePatternSyntax type => type.Type is PredefinedTypeSyntax { Keyword.ValueText: "object" },
        ParenthesizedPatternSyntax parenthesized => IsNullTest(parenthesized.Pattern),
        _ => false,
    };

    private static bool IsName(ExpressionSyntax expression, string name) =>
        expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name;

    private static bool IsTrueLiteral(ExpressionSyntax expression) =>
        Parentheses.Strip(expression).IsKind(SyntaxKind.TrueLiteralExpression);

    private static bool IsFalseLiteral(ExpressionSyntax expression) =>
        Parentheses.Strip(expression).IsKind(SyntaxKind.FalseLiteralExpression);
}
