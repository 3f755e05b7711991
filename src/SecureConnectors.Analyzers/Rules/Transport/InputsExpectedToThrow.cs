using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL that a test builds into an object inside the delegate it expects to throw
/// (<c>Assert.Throws&lt;ArgumentException&gt;(() =&gt; new PartnerClient(new Options { BaseUrl = "http://..." }))</c>,
/// xUnit's <c>Record.Exception</c>, NUnit's <c>Assert.Catch</c>, FluentAssertions' <c>Invoking</c>): an input the code under
/// test must refuse, as <c>[InlineData]</c> is. Only construction counts: a call inside the delegate
/// (<c>client.GetStringAsync("http://...")</c>) may send, and is judged as any other.
/// </summary>
internal static class InputsExpectedToThrow
{
    public static bool IsInput(SyntaxNode literal)
    {
        for (var node = literal.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax function:
                    return function.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax expecting } }
                        && ExpectsAThrow(expecting);
                case InvocationExpressionSyntax:
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false; // a call may send; a block body is more than a construction
            }
        }

        return false;
    }

    private static bool ExpectsAThrow(InvocationExpressionSyntax invocation) =>
        WrittenNames.Called(invocation) is "Throws" or "ThrowsAsync" or "ThrowsAny" or "ThrowsAnyAsync" or "Exception" or "ExceptionAsync"
            or "Catch" or "CatchAsync" or "Invoking" or "Awaiting";
}
