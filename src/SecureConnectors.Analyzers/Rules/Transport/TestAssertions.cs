using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Assertions of the test frameworks: a value passed to one is an expected value the test compares with, not
/// an address the code reaches. An assertion is a method of a type named <c>*Assert</c> (xUnit, NUnit, MSTest
/// <c>Assert</c>, <c>ClassicAssert</c>, <c>StringAssert</c>, <c>CollectionAssert</c>) or <c>*Assertions</c>
/// (FluentAssertions' <c>.Should()</c> results), a method whose name starts with <c>Should</c> (Shouldly's
/// <c>ShouldBe</c>), or any method of the NUnit, xUnit, MSTest, TUnit, FluentAssertions or Shouldly namespaces
/// (NUnit's <c>Is.EqualTo</c> constraints, TUnit's <c>Assert.That(x).IsEqualTo(...)</c>).
/// </summary>
internal static class TestAssertions
{
    private static readonly string[] FrameworkNamespaces =
    {
        "Xunit", "NUnit.Framework", "Microsoft.VisualStudio.TestTools.UnitTesting", "TUnit", "FluentAssertions", "Shouldly",
    };

    public static bool IsAssertion(IMethodSymbol method)
    {
        if (method.Name.StartsWith("Should", StringComparison.Ordinal))
        {
            return true;
        }

        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        if (type.Name.EndsWith("Assert", StringComparison.Ordinal) || type.Name.EndsWith("Assertions", StringComparison.Ordinal))
        {
            return true;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        foreach (var framework in FrameworkNamespaces)
        {
            if (ns == framework || ns.StartsWith(framework + ".", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same read from the syntax alone, for code whose framework types may not bind: a call named
    /// <c>Assert...</c> or <c>Should...</c>, one on a receiver named <c>*Assert</c>, or one chained after <c>.Should()</c>.
    /// </summary>
    public static bool IsAssertionCall(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => IsAssertionName(access.Name.Identifier.ValueText)
            || (access.Expression is IdentifierNameSyntax receiver && receiver.Identifier.ValueText.EndsWith("Assert", StringComparison.Ordinal))
            || FollowsShould(access.Expression),
        IdentifierNameSyntax identifier => IsAssertionName(identifier.Identifier.ValueText),
        _ => false,
    };

    // rule.Should().BeEquivalentTo(expected), value.Should().NotBeNull().And.Be(expected): FluentAssertions' chain after Should().
    private static bool FollowsShould(ExpressionSyntax receiver)
    {
        for (var depth = 0; depth < 8; depth++)
        {
            switch (receiver)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Should" } }:
                    return true;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner }:
                    receiver = inner.Expression;
                    continue;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "And" or "Which" or "Subject" } chained:
                    receiver = chained.Expression;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool IsAssertionName(string name) =>
        name.StartsWith("Assert", StringComparison.Ordinal) || name.StartsWith("Should", StringComparison.Ordinal);
}
