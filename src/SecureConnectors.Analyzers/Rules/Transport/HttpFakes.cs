using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Test code that runs against an in-process HTTP fake: its requests are answered inside the test process, so a URL
/// there says what the fake should see, not a host the test reaches. A fake is one of the fake HTTP layers made for
/// tests (Flurl's <c>HttpTest</c>, MockHttp's <c>MockHttpMessageHandler</c>, WireMock.Net's server,
/// JustEat's <c>HttpClientInterceptorOptions</c>, ASP.NET Core's
/// <c>TestServer</c> and <c>WebApplicationFactory</c>, ASP.NET Web API 2's in-memory <c>HttpServer</c>, a Moq <c>Mock&lt;HttpMessageHandler&gt;</c>) or an
/// <c>HttpMessageHandler</c> subclass that the test project declares itself and that answers requests instead of
/// handing them on to <c>base.SendAsync</c>. Code runs against one when its member
/// creates one, or its class (or a base or enclosing class) holds one in a field or property, takes one in its
/// constructor or names one as a class fixture. Resolved once per compilation; each class is judged once.
/// A class that mocks the application's own HTTP layer (<c>Mocker.GetMock&lt;IHttpClient&gt;()</c>,
/// <c>new Mock&lt;IRestClient&gt;()</c>, <c>Substitute.For&lt;IApiClient&gt;()</c>: an interface named for HTTP, REST, the
/// web or an API and ending in client, sender, caller or connection, or any interface ending in requester, transport,
/// executor, execute or invoker) runs against a fake too: that interface is where its requests would leave the process. Read from the written names, so
/// that it holds where the mocking library or the interface is in a project the build has not bound yet.
/// </summary>
internal sealed class HttpFakes
{
    private static readonly string[] FakeTypeNames =
    {
        "Flurl.Http.Testing.HttpTest",
        "RichardSzalay.MockHttp.MockHttpMessageHandler",
        "WireMock.Server.WireMockServer",
        "JustEat.HttpClientInterception.HttpClientInterceptorOptions",
        "Microsoft.AspNetCore.TestHost.TestServer",
        "Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory`1",
        "System.Web.Http.HttpServer", // ASP.NET Web API 2: new HttpClient(new HttpServer(config)) answers in memory
    };

    // The same fakes by name, for a build that lacks their assembly (the type does not bind): what else would a test
    // call a TestServer or an HttpServer it hands an HttpClient.
    private static readonly HashSet<string> FakeSimpleNames = new()
    {
        "HttpTest", "MockHttpMessageHandler", "WireMockServer", "HttpClientInterceptorOptions", "TestServer", "WebApplicationFactory",
        "HttpServer",
    };

    private readonly Compilation compilation;
    private readonly List<INamedTypeSymbol> fakeTypes = new();
    private readonly INamedTypeSymbol? httpMessageHandler;
    private readonly ConcurrentDictionary<ITypeSymbol, bool> typesWithFake = new(SymbolEqualityComparer.Default);

    // Per member, so that a test method with many URLs is scanned once, not once per URL.
    private readonly ConcurrentDictionary<SyntaxNode, bool> membersCreatingFake = new();
    private readonly ConcurrentDictionary<SyntaxNode, bool> classesMockingHttpLayer = new();

    public HttpFakes(Compilation compilation)
    {
        this.compilation = compilation;
        httpMessageHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageHandler");
        foreach (var name in FakeTypeNames)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                fakeTypes.Add(type);
            }
        }
    }

    /// <summary>Whether the code around <paramref name="node"/> sends its HTTP requests to a fake.</summary>
    public bool RunsAgainstFake(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var typed = fakeTypes.Count > 0 || httpMessageHandler is not null;
        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(static m => m is not BaseTypeDeclarationSyntax);
        if (typed && member is not null && membersCreatingFake.GetOrAdd(member, m => CreatesFake(m, model, cancellationToken)))
        {
            return true;
        }

        if (typed && member is not null && HeldForFake(node, member, model, cancellationToken))
        {
            return true;
        }

        for (var type = node.FirstAncestorOrSelf<TypeDeclarationSyntax>(); type is not null; type = type.Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>())
        {
            if (classesMockingHttpLayer.GetOrAdd(type, static t => MocksHttpLayer((TypeDeclarationSyntax)t))
                || (typed && model.GetDeclaredSymbol(type, cancellationToken) is INamedTypeSymbol symbol && HoldsFake(symbol)))
            {
                return true;
            }
        }

        return false;
    }

    // this.baseAddress = "http://..." in a constructor, read only by the member that builds the client over the fake
    // (Papercut's ApiTestBase: new HttpClient(new HttpServer(config)) { BaseAddress = new Uri(this.baseAddress) }): a
    // field or property of the test class that the URL is assigned to, whose every other mention is in a member that
    // creates a fake.
    private bool HeldForFake(SyntaxNode node, SyntaxNode member, SemanticModel model, CancellationToken cancellationToken)
    {
        var value = node;
        while (value.Parent is ParenthesizedExpressionSyntax)
        {
            value = value.Parent;
        }

        var held = value.Parent switch
        {
            AssignmentExpressionSyntax assignment when assignment.Right == value => model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } when member is FieldDeclarationSyntax => model.GetDeclaredSymbol(declarator, cancellationToken),
            _ => null,
        };
        if (held is not (IFieldSymbol or IPropertySymbol) || node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return false;
        }

        var mentions = 0;
        foreach (var identifier in type.DescendantNodes())
        {
            if (identifier is not IdentifierNameSyntax name || name.Identifier.ValueText != held.Name
                || identifier.FirstAncestorOrSelf<MemberDeclarationSyntax>(static m => m is not BaseTypeDeclarationSyntax) is not { } user
                || user == member)
            {
                continue;
            }

            if (!membersCreatingFake.GetOrAdd(user, m => CreatesFake(m, model, cancellationToken)))
            {
                return false;
            }

            mentions++;
        }

        return mentions > 0;
    }

    private static bool MocksHttpLayer(TypeDeclarationSyntax type)
    {
        foreach (var node in type.DescendantNodes())
        {
            if (node is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic
                && generic.Identifier.ValueText is "Mock" or "GetMock" or "For" or "Fake" or "StrictMock" or "CreateMock"
                && RightmostName(generic.TypeArgumentList.Arguments[0]) is { } mocked
                && NamesHttpLayer(mocked))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RightmostName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };

    // IHttpClient, IRestClient, IApiClient, IHttpSender: a client named for HTTP, REST, the web or an API. IRequester,
    // ITransport, IRequestExecutor, ITwitterExecute (LinqToTwitter's): the layer that executes requests, whatever its
    // owner's name. Not IHttpClientFactory (a factory hands out real clients), ILogger or IPaymentClient.
    private static bool NamesHttpLayer(string name)
    {
        var words = IdentifierWords.Split(name);
        var last = words.Count < 2 ? null : words[words.Count - 1];
        if (last is "requester" or "transport" or "executor" or "execute" or "invoker")
        {
            return true;
        }

        if (last is not ("client" or "sender" or "caller" or "connection"))
        {
            return false;
        }

        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i] is "http" or "rest" or "web" or "api")
            {
                return true;
            }
        }

        return false;
    }

    private bool CreatesFake(SyntaxNode member, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var creation in member.DescendantNodes())
        {
            if (creation is BaseObjectCreationExpressionSyntax && IsFake(model.GetTypeInfo(creation, cancellationToken).Type))
            {
                return true;
            }
        }

        return false;
    }

    // The class or one of its base classes holds a fake in a field or property, takes one in a constructor, or names
    // one as a type argument of an interface (xUnit's IClassFixture<CustomWebApplicationFactory>). A base class is
    // judged once, through the same cache, for every test class that derives from it.
    private bool HoldsFake(INamedTypeSymbol type) => typesWithFake.GetOrAdd(type, t =>
    {
        var named = (INamedTypeSymbol)t;
        return MentionsFake(named) || (named.BaseType is { SpecialType: not SpecialType.System_Object } baseType && HoldsFake(baseType));
    });

    private bool MentionsFake(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            var memberType = member switch
            {
                IFieldSymbol field => field.Type,
                IPropertySymbol property => property.Type,
                _ => null,
            };
            if (memberType is not null && IsFake(memberType))
            {
                return true;
            }
        }

        // xUnit hands class and collection fixtures to the constructor (a test class keeps factory.CreateClient()).
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (IsFake(parameter.Type))
                {
                    return true;
                }
            }
        }

        foreach (var contract in type.Interfaces)
        {
            foreach (var argument in contract.TypeArguments)
            {
                if (IsFake(argument))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsFake(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        if (named.Name == "Mock" && named.TypeArguments.Length == 1 && DerivesFromHandler(named.TypeArguments[0]))
        {
            return true; // Moq's Mock<HttpMessageHandler>
        }

        if (named.TypeKind == TypeKind.Error)
        {
            return FakeSimpleNames.Contains(named.Name);
        }

        for (var current = named; current is not null; current = current.BaseType)
        {
            foreach (var fake in fakeTypes)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, fake))
                {
                    return true;
                }
            }
        }

        // A handler the test project writes for itself may answer in process; a handler from a library may send.
        return IsDeclaredHere(named) && DerivesFromHandler(named) && AnswersRequestsItself(named);
    }

    // The nearest SendAsync override decides: one that calls base.SendAsync hands each request on (a DelegatingHandler
    // that records or rewrites, then sends for real), one that does not answers it. A DelegatingHandler that overrides
    // nothing passes everything on.
    private bool AnswersRequestsItself(INamedTypeSymbol handler)
    {
        for (var current = handler; current is not null && IsDeclaredHere(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers("SendAsync"))
            {
                if (member is IMethodSymbol { IsOverride: true } sendAsync)
                {
                    return !CallsBaseSend(sendAsync);
                }
            }
        }

        return false;
    }

    private static bool CallsBaseSend(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (node is MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax, Name.Identifier.ValueText: "SendAsync" or "Send" })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsDeclaredHere(INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly);

    private bool DerivesFromHandler(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, httpMessageHandler))
            {
                return true;
            }
        }

        return false;
    }
}
