using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Diagnostics;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// SC2004: a generated connector client whose credential travels in a custom header (<c>AuthHeader</c>) is built
/// on an <c>HttpClient</c> whose handler follows redirects itself. .NET drops only <c>Authorization</c> on a
/// redirect; the custom header goes to the redirect's origin before the client sees the 3xx.
/// Reported on the client's construction when the <c>HttpClient</c> argument can be seen: <c>new HttpClient()</c>,
/// or <c>new HttpClient(handler)</c> with a <c>new HttpClientHandler()</c> / <c>new SocketsHttpHandler()</c> (also
/// as a DelegatingHandler's inner handler) that does not set <c>AllowAutoRedirect = false</c>; inline, or through a
/// local written once or a readonly field written once. An HttpClient or handler from a parameter, a factory,
/// a property or DI is not seen and not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RedirectFollowingHttpClientAnalyzer : DiagnosticAnalyzer
{
    /// <summary>What the code fix can do, as a diagnostic property; absent when no fix is safe.</summary>
    internal const string FixProperty = "Fix";

    /// <summary><c>new HttpClient()</c> with no handler: give it a handler that does not follow redirects (additional location 0).</summary>
    internal const string AddHandlerFix = "AddHandler";

    /// <summary>An inline handler creation: set <c>AllowAutoRedirect = false</c> in its initializer (additional location 0).</summary>
    internal const string DisableRedirectsFix = "DisableRedirects";

    private const string AllowAutoRedirect = "AllowAutoRedirect";
    private const string InnerHandler = "InnerHandler";
    private const string GeneratedConnectorFileSuffix = ".Connector.g.cs";

    // new HttpClient(new A(new B(new HttpClientHandler()))): enough for any chain written by hand.
    private const int MaxDepth = 6;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.RedirectFollowingHttpClient);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var types = Types.Create(start.Compilation);
            if (types is null)
            {
                return;
            }

            start.RegisterOperationAction(context => Analyze(context, types), OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, Types types)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol { TypeKind: TypeKind.Class } type
            || type.Interfaces.IsEmpty
            || creation.Arguments.IsEmpty
            || !types.IsCustomHeaderClient(type))
        {
            return;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter is null || !SymbolEqualityComparer.Default.Equals(argument.Parameter.Type, types.HttpClient))
            {
                continue;
            }

            var finding = FindRedirectingClient(argument.Value, types, context.CancellationToken);
            if (finding is null)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = ImmutableArray<Location>.Empty;
            if (finding.Value.Fix is { } fix && finding.Value.FixAt.SyntaxTree == creation.Syntax.SyntaxTree)
            {
                properties = properties.Add(FixProperty, fix);
                additional = ImmutableArray.Create(finding.Value.FixAt.GetLocation());
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.RedirectFollowingHttpClient,
                creation.Syntax.GetLocation(),
                additional,
                properties,
                type.Name));
            return;
        }
    }

    // The HttpClient argument: inline, or the one value of a local or readonly field.
    private static Finding? FindRedirectingClient(IOperation argument, Types types, CancellationToken cancellationToken)
    {
        if (Resolve(argument, cancellationToken) is not { } resolved
            || !SymbolEqualityComparer.Default.Equals(resolved.Creation.Type, types.HttpClient)
            || resolved.Creation.Constructor is null)
        {
            return null;
        }

        var client = resolved.Creation;
        if (client.Arguments.IsEmpty)
        {
            // new HttpClient() and new HttpClient { ... }: a default HttpClientHandler, which follows redirects.
            return new Finding(AddHandlerFix, client.Syntax);
        }

        foreach (var clientArgument in client.Arguments)
        {
            if (clientArgument.Parameter is not null && types.IsMessageHandler(clientArgument.Parameter.Type))
            {
                return FindRedirectingHandler(clientArgument.Value, types, depth: 0, cancellationToken);
            }
        }

        return null;
    }

    private static Finding? FindRedirectingHandler(IOperation value, Types types, int depth, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth || Resolve(value, cancellationToken) is not { } resolved || resolved.Creation.Type is not INamedTypeSymbol handlerType)
        {
            return null;
        }

        var handler = resolved.Creation;
        if (resolved.ThroughField)
        {
            // A handler kept in a field can be configured anywhere in its type: not seen.
            return null;
        }

        if (resolved.Local is { } local && !StaysInHandlerChain(local, resolved.Root!, types))
        {
            return null;
        }

        if (types.IsRedirectingHandler(handlerType))
        {
            if (!FollowsAfterInitializer(handler))
            {
                return null;
            }

            // Only a handler written inline is fixed in place: a local handler may serve other clients too.
            return resolved.Local is null ? new Finding(DisableRedirectsFix, handler.Syntax) : new Finding(null, handler.Syntax);
        }

        if (!types.IsDelegatingHandler(handlerType) || handler.Constructor is null)
        {
            return null;
        }

        // A DelegatingHandler: look at its inner handler, when exactly one is given (constructor argument or initializer).
        IOperation? inner = null;
        var sources = 0;
        foreach (var argument in handler.Arguments)
        {
            if (argument.Parameter is not null && types.IsMessageHandler(argument.Parameter.Type) && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                sources++;
                inner = argument.Value;
            }
        }

        if (handler.Initializer is not null)
        {
            foreach (var member in handler.Initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: InnerHandler } } assignment)
                {
                    sources++;
                    inner = assignment.Value;
                }
            }
        }

        var finding = sources == 1 && inner is not null ? FindRedirectingHandler(inner, types, depth + 1, cancellationToken) : null;
        return resolved.Local is not null && finding is { Fix: not null } ? new Finding(null, finding.Value.FixAt) : finding;
    }

    // AllowAutoRedirect left at its default (true), or set to a constant true, in the object initializer.
    private static bool FollowsAfterInitializer(IObjectCreationOperation handler)
    {
        if (handler.Initializer is null)
        {
            return true;
        }

        foreach (var member in handler.Initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: AllowAutoRedirect } } assignment)
            {
                return assignment.Value.ConstantValue is { HasValue: true, Value: true };
            }
        }

        return true;
    }

    // Every use of a handler local, other than its one write: passed to an HttpClient or DelegatingHandler constructor,
    // given as an InnerHandler, or its properties read or set. Anything else (a method call, a return, another
    // variable) lets code out of sight configure it, and a write of AllowAutoRedirect to anything but a constant
    // true turns redirects off: either way the caller stays quiet.
    private static bool StaysInHandlerChain(ILocalSymbol local, IOperation root, Types types)
    {
        foreach (var operation in root.Descendants())
        {
            if (operation is not ILocalReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Local, local)
                || VisibleValues.WriteOf(reference) == VisibleValues.Write.Simple)
            {
                continue;
            }

            IOperation use = reference;
            while (use.Parent is IConversionOperation or IParenthesizedOperation)
            {
                use = use.Parent;
            }

            switch (use.Parent)
            {
                case IArgumentOperation { Parent: IObjectCreationOperation { Type: { } owner } }
                    when SymbolEqualityComparer.Default.Equals(owner, types.HttpClient) || types.IsDelegatingHandler(owner):
                    continue;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: InnerHandler } } given when given.Value == use:
                    continue;
                case IPropertyReferenceOperation property when property.Instance == use:
                    if (property.Parent is IAssignmentOperation assignment && assignment.Target == property)
                    {
                        // handler.AllowAutoRedirect = false turns redirects off; logging.InnerHandler = ... replaces what was seen.
                        if (property.Property.Name == InnerHandler
                            || (property.Property.Name == AllowAutoRedirect && assignment.Value.ConstantValue is not { HasValue: true, Value: true }))
                        {
                            return false;
                        }
                    }

                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    private static Resolved? Resolve(IOperation value, CancellationToken cancellationToken)
    {
        value = VisibleValues.Unwrap(value);
        switch (value)
        {
            case IObjectCreationOperation creation:
                return new Resolved(creation, null, null, false);
            case ILocalReferenceOperation local when VisibleValues.OfLocal(local, cancellationToken) is { } written
                && VisibleValues.Unwrap(written) is IObjectCreationOperation creation:
                return new Resolved(creation, local.Local, VisibleValues.Root(local), false);
            case IFieldReferenceOperation field when VisibleValues.OfField(field, cancellationToken) is { } written
                && VisibleValues.Unwrap(written) is IObjectCreationOperation creation:
                return new Resolved(creation, null, null, true);
            default:
                return null;
        }
    }

    // A creation, and the local (with the operation tree it lives in) or readonly field it was read from.
    private readonly record struct Resolved(IObjectCreationOperation Creation, ILocalSymbol? Local, IOperation? Root, bool ThroughField);

    private readonly record struct Finding(string? Fix, SyntaxNode FixAt);

    /// <summary>The types the rule needs, looked up once per compilation, and which client types carry a custom credential header.</summary>
    private sealed class Types
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> clients = new(SymbolEqualityComparer.Default);
        private readonly System.Func<INamedTypeSymbol, bool> isCustomHeaderClient;

        private Types(INamedTypeSymbol connectorAttribute, INamedTypeSymbol httpClient, Compilation compilation)
        {
            isCustomHeaderClient = IsCustomHeaderClientCore;
            ConnectorAttribute = connectorAttribute;
            HttpClient = httpClient;
            HttpMessageHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageHandler");
            HttpClientHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientHandler");
            SocketsHttpHandler = compilation.GetTypeByMetadataName("System.Net.Http.SocketsHttpHandler");
            DelegatingHandler = compilation.GetTypeByMetadataName("System.Net.Http.DelegatingHandler");
            GeneratedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
        }

        public INamedTypeSymbol ConnectorAttribute { get; }
        public INamedTypeSymbol HttpClient { get; }
        public INamedTypeSymbol? HttpMessageHandler { get; }
        public INamedTypeSymbol? HttpClientHandler { get; }
        public INamedTypeSymbol? SocketsHttpHandler { get; }
        public INamedTypeSymbol? DelegatingHandler { get; }
        public INamedTypeSymbol? GeneratedCodeAttribute { get; }

        public static Types? Create(Compilation compilation)
        {
            var connector = compilation.GetTypeByMetadataName("SecureConnectors.ConnectorAttribute");
            var httpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            return connector is null || httpClient is null ? null : new Types(connector, httpClient, compilation);
        }

        public bool IsMessageHandler(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, HttpMessageHandler);

        // The exact framework handlers: a subclass may change the default in its constructor.
        public bool IsRedirectingHandler(ITypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type, HttpClientHandler) || SymbolEqualityComparer.Default.Equals(type, SocketsHttpHandler);

        public bool IsDelegatingHandler(ITypeSymbol type)
        {
            for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, DelegatingHandler))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A SecureConnectors-generated client of a connector that sends its credential in a custom header.</summary>
        public bool IsCustomHeaderClient(INamedTypeSymbol type) => clients.GetOrAdd(type, isCustomHeaderClient);

        private bool IsCustomHeaderClientCore(INamedTypeSymbol type)
        {
            if (!IsGeneratedBySecureConnectors(type))
            {
                return false;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                foreach (var attribute in implemented.GetAttributes())
                {
                    if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ConnectorAttribute))
                    {
                        continue;
                    }

                    foreach (var named in attribute.NamedArguments)
                    {
                        if (named.Key == "AuthHeader" && named.Value.Kind == TypedConstantKind.Primitive && named.Value.Value is string { Length: > 0 })
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        // [GeneratedCode("SecureConnectors", ...)], which the generator writes on every client it emits, or a declaration
        // in the file the generator names "<Namespace>.<Interface>.Connector.g.cs".
        private bool IsGeneratedBySecureConnectors(INamedTypeSymbol type)
        {
            foreach (var declaration in type.DeclaringSyntaxReferences)
            {
                if (declaration.SyntaxTree.FilePath.EndsWith(GeneratedConnectorFileSuffix, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (GeneratedCodeAttribute is null)
            {
                return false;
            }

            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, GeneratedCodeAttribute)
                    && attribute.ConstructorArguments.Length > 0
                    && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
                    && attribute.ConstructorArguments[0].Value is "SecureConnectors")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
