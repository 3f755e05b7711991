using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL that a test builds into an object inside the delegate it expects to throw
/// (<c>Assert.Throws&lt;ArgumentException&gt;(() =&gt; new PartnerClient(new Options { BaseUrl = "http://..." }))</c>,
/// xUnit's <c>Record.Exception</c>, NUnit's <c>Assert.Catch</c>, FluentAssertions' <c>Invoking</c>): an input the code under
/// test must refuse, as <c>[InlineData]</c> is. A call inside the delegate (<c>client.GetStringAsync("http://...")</c>) may
/// send, and is judged as any other, unless the exception expected is one that refuses an argument before anything is sent
/// (<c>ArgumentException</c> and its kin, <c>InvalidOperationException</c>, <c>NotSupportedException</c>, a format or
/// validation exception): the negative test of an HTTPS-only guard. A factory named <c>Create</c> on the way
/// (<c>Options.Create(new PartnerOptions { ... })</c>) wraps the object and sends nothing, and a delegate handed to
/// <c>Task.Run</c> inside the expecting one throws into it. A local that holds the URL counts when every use of it is such
/// an input.
/// </summary>
internal static class InputsExpectedToThrow
{
    public static bool IsInput(SyntaxNode literal) =>
        IsInputWhere(literal) || (HeldBy(literal) is { } local && EveryUseIsInput(local));

    private static bool IsInputWhere(SyntaxNode value)
    {
        var passedCall = false;
        for (var node = value.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AnonymousFunctionExpressionSyntax function:
                    if (function.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax runner } } && RunsTheDelegate(runner))
                    {
                        node = runner; // () => Task.Run(() => guard.EnsureHttps(...)): the outer delegate throws what the inner one does
                        break;
                    }

                    return function.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax expecting } }
                        && ExpectsAThrow(expecting)
                        && (!passedCall || ExpectsARefusal(expecting));
                case InvocationExpressionSyntax invocation when WrittenNames.Called(invocation) == "Create":
                    break; // Options.Create(new PartnerOptions { ... }): a factory wraps the object, it sends nothing
                case InvocationExpressionSyntax:
                    passedCall = true; // a call may send, unless the test expects the argument to be refused
                    break;
                case StatementSyntax:
                case MemberDeclarationSyntax:
                    return false; // a block body is more than a construction or one call
            }
        }

        return false;
    }

    // var nonHttpsUrl = "http://..."; the local a literal initializes, in a method body.
    private static VariableDeclaratorSyntax? HeldBy(SyntaxNode literal) =>
        literal.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax } } declarator }
            ? declarator
            : null;

    private static bool EveryUseIsInput(VariableDeclaratorSyntax local) => LocalDestinations.EveryUse(local, IsInputWhere);

    // Task.Run(() => ...), Task.Factory.StartNew(() => ...): the delegate runs, and its exception is the task's.
    private static bool RunsTheDelegate(InvocationExpressionSyntax invocation) =>
        WrittenNames.Called(invocation) is "Run" or "StartNew";

    private static bool ExpectsAThrow(InvocationExpressionSyntax invocation) =>
        WrittenNames.Called(invocation) is "Throws" or "ThrowsAsync" or "ThrowsAny" or "ThrowsAnyAsync" or "Exception" or "ExceptionAsync"
            or "Catch" or "CatchAsync" or "Invoking" or "Awaiting";

    // Assert.ThrowsAsync<ArgumentException>(...): the exception named as the generic argument refuses an input before any
    // request (argument, invalid operation, not supported, format, validation); HttpRequestException and the like do not.
    private static bool ExpectsARefusal(InvocationExpressionSyntax invocation)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name: GenericNameSyntax generic }
            || generic.TypeArgumentList.Arguments.Count != 1)
        {
            return false;
        }

        var exception = WrittenNames.Rightmost(generic.TypeArgumentList.Arguments[0]);
        return exception.StartsWith("Argument", StringComparison.Ordinal)
            || exception is "InvalidOperationException" or "NotSupportedException" or "FormatException" or "UriFormatException"
            || exception.IndexOf("Validation", StringComparison.Ordinal) >= 0;
    }
}
