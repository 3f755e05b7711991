using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL that a test only builds into something and then prints or asserts (<c>string domain = "http://..."; var url =
/// DownloadManager.CreatePrivateUrl(mac, domain, key); Console.WriteLine(url);</c>, <c>var request = new
/// HttpRequestBuilder("http://...").Resource("api").Build(); output.WriteLine(request.Url.ToString());</c>): nothing is
/// sent, the test looks at what the code under test built. Read from the syntax of the block that declares each local
/// (no flow analysis): the value is followed up through building steps (string concatenation and interpolation, a data
/// object's constructor or initializer, a call whose name says it builds, <c>ToString()</c>, member reads, every call
/// of a fluent builder) and through up to three locals, every one of whose uses must end the same way. A step that
/// may send (an awaited call, one whose name says nothing of building, a client's constructor) ends the walk
/// without the exemption. A mocked dependency's answer (<c>mock.Setup(x =&gt; x.Markup).Returns(markup)</c>) ends it as
/// output does: the value is data the test's fake world hands the code under test.
/// </summary>
internal static class ValuesOnlyShown
{
    private const int MaxLocals = 3;

    public static bool IsOnlyShown(SyntaxNode literal) =>
        literal is ExpressionSyntax value && EndsShown(value, MaxLocals);

    private static bool EndsShown(ExpressionSyntax value, int localsLeft)
    {
        var end = Climb(value, localsLeft, out var asserted);
        if (asserted)
        {
            return true;
        }

        return end.Parent switch
        {
            ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } => Shows(call) || IsComparedInAssertion(call) || IsOwnAssertionHelper(call, end),
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => localsLeft > 0 && EveryUseShown(declarator, localsLeft - 1),
            _ => false,
        };
    }

    // The outermost expression that still carries the value through building steps.
    private static ExpressionSyntax Climb(ExpressionSyntax value, int localsLeft, out bool asserted)
    {
        asserted = false;
        var current = value;
        var inBuilder = false;
        while (true)
        {
            switch (current.Parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax:
                case PostfixUnaryExpressionSyntax suppression when suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                    current = (ExpressionSyntax)current.Parent;
                    continue;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }:
                    current = interpolated;
                    continue;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } when BuildsFrom(call, inBuilder) && OutLocalsShown(call, localsLeft):
                    current = call;
                    continue;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } when IsDataType(creation):
                    inBuilder |= NamesBuilder(creation);
                    current = creation;
                    continue;
                case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } assignment
                    when assignment.Right == current && IsDataType(creation):
                    current = creation;
                    continue;
                case MemberAccessExpressionSyntax access when access.Expression == current:
                    if (access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access)
                    {
                        if (TestAssertions.IsAssertionCall(invocation))
                        {
                            // url.Should().Be(...), request.Url.ShouldBe(...): asserted, whatever follows.
                            asserted = true;
                            return current;
                        }

                        if (!BuildsFrom(invocation, inBuilder))
                        {
                            return current;
                        }

                        current = invocation;
                        continue;
                    }

                    current = access;
                    continue;
                default:
                    return current;
            }
        }
    }

    private static bool EveryUseShown(VariableDeclaratorSyntax declarator, int localsLeft) =>
        LocalDestinations.EveryUse(declarator, use => EndsShown(use, localsLeft));

    // Console.WriteLine(...), output.WriteLine(...), TestContext.Out.WriteLine(...), Debug.Write(...), a logger's Log*
    // call, an assertion, or a test double's answer (Moq's and NSubstitute's Returns/ReturnsAsync: the page a mocked
    // response model hands the code under test, which a fake world around it receives).
    private static bool Shows(InvocationExpressionSyntax call)
    {
        if (TestAssertions.IsAssertionCall(call) || WrittenNames.Called(call) is "Returns" or "ReturnsAsync")
        {
            return true;
        }

        if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method } access)
        {
            return false;
        }

        var writes = method.StartsWith("Write", StringComparison.Ordinal) || method.StartsWith("Print", StringComparison.Ordinal);
        var logs = method.StartsWith("Log", StringComparison.Ordinal);
        if (!writes && !logs)
        {
            return false;
        }

        for (var receiver = access.Expression; ;)
        {
            var receiverName = WrittenNames.Rightmost(receiver);
            if (receiverName.Length == 0)
            {
                return false;
            }

            if (receiverName == "TestContext")
            {
                return writes;
            }

            foreach (var word in IdentifierWords.Split(receiverName))
            {
                if ((writes && word is "console" or "debug" or "trace" or "output" or "out" or "error" or "progress")
                    || (logs && word is "logger" or "log"))
                {
                    return true;
                }
            }

            if (receiver is not MemberAccessExpressionSyntax { Expression: var inner })
            {
                return false;
            }

            receiver = inner;
        }
    }

    // Eq(expected, actual), where the test class declares Eq(object expected, object actual): its own assertion helper,
    // known by parameters named expected and actual, the value going to one of them.
    private static bool IsOwnAssertionHelper(InvocationExpressionSyntax call, ExpressionSyntax value)
    {
        if (call.Expression is not IdentifierNameSyntax { Identifier.ValueText: var name }
            || call.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type
            || value.Parent is not ArgumentSyntax argument)
        {
            return false;
        }

        var position = call.ArgumentList.Arguments.IndexOf(argument);
        foreach (var member in type.Members)
        {
            if (member is MethodDeclarationSyntax method && method.Identifier.ValueText == name)
            {
                var parameters = method.ParameterList.Parameters;
                var named = argument.NameColon?.Name.Identifier.ValueText
                    ?? (position >= 0 && position < parameters.Count ? parameters[position].Identifier.ValueText : null);
                if (named is "expected" or "actual"
                    && parameters.Any(p => p.Identifier.ValueText == "expected")
                    && parameters.Any(p => p.Identifier.ValueText == "actual"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Assert.That(crawler.Visited.Contains(url)), Assert.True(links.Any(l => ...)), found.Contains(url).Should().BeTrue():
    // a search or comparison whose answer an assertion checks. Only calls named for comparing; any other call inside an
    // assertion (Assert.NotNull(client.Get(url))) may send.
    private static bool IsComparedInAssertion(InvocationExpressionSyntax call)
    {
        if (WrittenNames.Called(call) is not ("Contains" or "ContainsKey" or "Equals" or "StartsWith" or "EndsWith" or "IndexOf"
            or "SequenceEqual" or "Compare" or "IsMatch"))
        {
            return false;
        }

        for (SyntaxNode current = call; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or PrefixUnaryExpressionSyntax or BinaryExpressionSyntax:
                case PostfixUnaryExpressionSyntax suppression when suppression.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    continue;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outer } }:
                    return TestAssertions.IsAssertionCall(outer);
                case MemberAccessExpressionSyntax access when access.Expression == current && access.Parent is InvocationExpressionSyntax chained && chained.Expression == access:
                    return TestAssertions.IsAssertionCall(chained);
                default:
                    return false;
            }
        }

        return false;
    }

    // CreatePrivateUrl(...), string.Format(...), Path.Combine(...), url.ToString(), GetDownloadUrl(...), and every call of
    // a chain that began with a builder. Never an async call: one that goes out to a server.
    private static bool BuildsFrom(InvocationExpressionSyntax call, bool inBuilder)
    {
        var name = WrittenNames.Called(call);
        if (name.Length == 0 || name.EndsWith("Async", StringComparison.Ordinal) || call.Parent is AwaitExpressionSyntax)
        {
            return false;
        }

        if (inBuilder)
        {
            return true;
        }

        // TryParse, TryConvert, Uri.TryCreate: the same steps, answering whether they worked (what they made goes to an
        // out argument, which OutLocalsShown follows).
        var words = IdentifierWords.Split(name);
        if (words.Count > 1 && words[0] == "try")
        {
            words.RemoveAt(0);
        }

        return words.Count > 0
            && (words[0] is "create" or "build" or "make" or "format" or "compose" or "construct" or "generate" or "sign"
                    or "combine" or "concat" or "join" or "to" or "escape" or "encode" or "append" or "add" or "with"
                    or "normalize" or "canonicalize" or "sanitize" or "parse" or "convert"
                || words[words.Count - 1] is "url" or "uri" or "link" or "address");
    }

    // TypeHelper.TryConvert(value, out uri), Uri.TryCreate(url, UriKind.Absolute, out var uri): what the call made leaves
    // through its out arguments, so each local it fills must end shown too, as a local the value is assigned to does.
    private static bool OutLocalsShown(InvocationExpressionSyntax call, int localsLeft)
    {
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (!argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword))
            {
                continue;
            }

            var (name, anchor) = argument.Expression switch
            {
                DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax designation } => (designation.Identifier.ValueText, (SyntaxNode)designation),
                IdentifierNameSyntax identifier => (identifier.Identifier.ValueText, identifier),
                _ => (null, null),
            };
            if (name is null || anchor is null)
            {
                continue; // out _ : discarded
            }

            if (localsLeft <= 0 || !LocalDestinations.EveryUse(anchor, name, use => use == argument.Expression || EndsShown(use, localsLeft - 1)))
            {
                return false;
            }
        }

        return true;
    }

    // new Uri(...), new UriBuilder(...), new HttpRequestMessage(...), new PartnerOptions { ... }: objects that hold
    // a value. Clients, connections and the like are made to send and end the walk.
    private static bool IsDataType(BaseObjectCreationExpressionSyntax creation)
    {
        if (TypeName(creation) is not { } name)
        {
            return false;
        }

        var words = IdentifierWords.Split(name);
        return words.Count > 0
            && words[words.Count - 1] is "uri" or "url" or "builder" or "request" or "message" or "link" or "address" or "endpoint"
                or "options" or "settings" or "config" or "configuration" or "parameters" or "info" or "data" or "model"
                or "dto" or "item" or "entry" or "resource" or "record" or "args" or "arguments" or "definition";
    }

    private static bool NamesBuilder(BaseObjectCreationExpressionSyntax creation) =>
        TypeName(creation) is { } name && name.EndsWith("Builder", StringComparison.Ordinal);

    private static string? TypeName(BaseObjectCreationExpressionSyntax creation) =>
        creation is ObjectCreationExpressionSyntax { Type: var type } && WrittenNames.Rightmost(type) is { Length: > 0 } name ? name : null;
}
