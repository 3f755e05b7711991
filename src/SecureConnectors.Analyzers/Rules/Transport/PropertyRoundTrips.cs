using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL that a test assigns to a member and then asserts back (<c>settings.Host = "http://..."; Assert.Equal("http://...",
/// settings.Host)</c>, <c>new Settings { BaseUrl = "http://..." }</c> then <c>settings.BaseUrl.Should()...</c>): the test
/// checks what a setter keeps, and the value is its data. Read from the syntax of the enclosing method: an assertion
/// (a call named <c>Assert...</c>, <c>Should...</c> or <c>Verify...</c>, or on a receiver named <c>Assert</c>) reads a member of the same
/// name. A test that awaits anything may send, and so may a client, handler, request or connection whose address the test
/// sets (<c>new HttpClient { BaseAddress = ... }</c>): those are judged as any other.
/// </summary>
internal static class PropertyRoundTrips
{
    public static bool IsSetThenAsserted(SyntaxNode literal, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (AssignedMember(literal, out var owner) is not { } member
            || owner is null
            || IsTransport(model.GetTypeInfo(owner, cancellationToken).Type)
            || literal.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not { } method
            || (method.Body ?? (SyntaxNode?)method.ExpressionBody) is not { } body)
        {
            return false;
        }

        var asserted = false;
        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case AwaitExpressionSyntax:
                    return false;
                case InvocationExpressionSyntax invocation when !asserted && TestAssertions.IsAssertionCall(invocation):
                    asserted = ReadsMember(invocation, member);
                    break;
            }
        }

        return asserted;
    }

    // new HttpClient { BaseAddress = new Uri("http://...") } then asserted: the client is made to send, whatever the test
    // checks of it. Only settings and data objects count.
    private static bool IsTransport(ITypeSymbol? type)
    {
        if (type is null)
        {
            return true;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            var name = current.Name;
            if (name.EndsWith("Client", StringComparison.Ordinal) || name.EndsWith("Handler", StringComparison.Ordinal)
                || name.EndsWith("Invoker", StringComparison.Ordinal) || name.EndsWith("Request", StringComparison.Ordinal)
                || name.EndsWith("Connection", StringComparison.Ordinal) || name.EndsWith("Channel", StringComparison.Ordinal)
                || name.EndsWith("Socket", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // settings.Host = "http://...", new Settings { BaseUrl = "http://..." }: the member's name, through new Uri(...), and
    // the object it belongs to.
    private static string? AssignedMember(SyntaxNode literal, out ExpressionSyntax? owner)
    {
        owner = null;
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when assignment.Right.Span.Contains(literal.Span):
                    switch (assignment.Left)
                    {
                        case IdentifierNameSyntax identifier when assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation }:
                            owner = creation;
                            return identifier.Identifier.ValueText;
                        case MemberAccessExpressionSyntax access:
                            owner = access.Expression;
                            return access.Name.Identifier.ValueText;
                        default:
                            return null;
                    }
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax } }:
                case ArgumentListSyntax:
                case ObjectCreationExpressionSyntax:
                case ParenthesizedExpressionSyntax:
                    continue;
                default:
                    if (node is not LiteralExpressionSyntax and not InterpolatedStringExpressionSyntax)
                    {
                        return null;
                    }

                    continue;
            }
        }

        return null;
    }

    private static bool ReadsMember(InvocationExpressionSyntax assertion, string member)
    {
        SyntaxNode scope = assertion;
        // settings.Host.Should().Be(...): the asserted value is the receiver chain of Be, not its arguments.
        while (scope.Parent is MemberAccessExpressionSyntax or InvocationExpressionSyntax)
        {
            scope = scope.Parent;
        }

        foreach (var node in scope.DescendantNodesAndSelf())
        {
            if (node is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == member)
            {
                return true;
            }
        }

        return false;
    }
}
