using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Reads an event handler's body for the verdict it gives its event argument: <c>e.Accept = true</c>,
/// <c>e.IsValid = true</c>, SSH.NET's <c>e.CanTrust = true</c>, <c>e.Accept()</c>, set as a statement of its own, not under a condition, and never set otherwise.
/// </summary>
internal static class AcceptingHandlers
{
    private static readonly string[] VerdictNames = { "Accept", "Accepted", "IsValid", "Valid", "Trusted", "IsTrusted", "CanTrust" };

    /// <summary>A handler's body and the name of its event-argument parameter (the last of two).</summary>
    internal readonly struct Handler
    {
        public Handler(CSharpSyntaxNode body, string argumentsName)
        {
            Body = body;
            ArgumentsName = argumentsName;
        }

        public CSharpSyntaxNode Body { get; }

        public string ArgumentsName { get; }
    }

    /// <summary>
    /// The handler written at a subscription: a lambda or anonymous method of two parameters, a method group of this
    /// compilation (also wrapped in <c>new SomeHandler(Method)</c>).
    /// </summary>
    public static Handler? FindHandler(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (value)
        {
            case ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 2 } lambda:
                return new Handler(lambda.Block ?? (CSharpSyntaxNode?)lambda.ExpressionBody!, lambda.ParameterList.Parameters[1].Identifier.ValueText);
            case AnonymousMethodExpressionSyntax { ParameterList.Parameters.Count: 2 } anonymous:
                return new Handler(anonymous.Block, anonymous.ParameterList.Parameters[1].Identifier.ValueText);
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } creation:
                return FindHandler(creation.ArgumentList.Arguments[0].Expression, model, cancellationToken);
            case IdentifierNameSyntax or MemberAccessExpressionSyntax:
                return FromMethodGroup(value, model, cancellationToken);
            default:
                return null;
        }
    }

    public static bool AcceptsUnconditionally(Handler handler)
    {
        if (handler.Body is ExpressionSyntax expression)
        {
            return GivesVerdict(expression, handler.ArgumentsName, out _);
        }

        if (handler.Body is not BlockSyntax block)
        {
            return false;
        }

        string? verdict = null;
        foreach (var statement in block.Statements)
        {
            if (statement is ExpressionStatementSyntax { Expression: var candidate } && GivesVerdict(candidate, handler.ArgumentsName, out verdict))
            {
                break;
            }

            // Anything before the verdict that could leave the handler or decide (if, switch, return, throw) makes it conditional.
            if (statement.DescendantNodesAndSelf().Any(static node => node is IfStatementSyntax or SwitchStatementSyntax or ReturnStatementSyntax or ThrowStatementSyntax))
            {
                return false;
            }
        }

        if (verdict == "Accept()")
        {
            // Rebex's e.Accept() and e.Reject(): a handler that can also reject decides.
            return !block.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(static access => access.Name.Identifier.ValueText == "Reject");
        }

        // Set once and never set back: "e.Accept = true; if (errors != None) e.Accept = false;" validates.
        return verdict is not null && block.DescendantNodes().OfType<AssignmentExpressionSyntax>().Count(assignment => SetsVerdict(assignment.Left, handler.ArgumentsName, verdict)) == 1;
    }

    private static Handler? FromMethodGroup(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        var info = model.GetSymbolInfo(value, cancellationToken);
        var method = info.Symbol as IMethodSymbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] as IMethodSymbol : null);
        if (method is not { Parameters.Length: 2 } || method.DeclaringSyntaxReferences.Length != 1
            || method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var body = declaration.Body ?? (CSharpSyntaxNode?)declaration.ExpressionBody?.Expression;
        return body is null ? null : new Handler(body, method.Parameters[1].Name);
    }

    private static bool GivesVerdict(ExpressionSyntax expression, string argumentsName, out string? verdict)
    {
        verdict = null;
        switch (expression)
        {
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Right.RawKind: (int)SyntaxKind.TrueLiteralExpression } assignment
                when VerdictOf(assignment.Left, argumentsName) is { } name:
                verdict = name;
                return true;
            case InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Accept" } call }
                when call.Expression is IdentifierNameSyntax { Identifier.ValueText: var receiver } && receiver == argumentsName:
                verdict = "Accept()";
                return true;
            default:
                return false;
        }
    }

    private static bool SetsVerdict(ExpressionSyntax target, string argumentsName, string verdict) =>
        VerdictOf(target, argumentsName) == verdict;

    private static string? VerdictOf(ExpressionSyntax target, string argumentsName) =>
        target is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name.Identifier.ValueText: var name }
        && receiver.Identifier.ValueText == argumentsName
        && System.Array.IndexOf(VerdictNames, name) >= 0
            ? name
            : null;
}
