using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>The types the parser compares against, looked up once per parse.</summary>
internal sealed class KnownTypes
{
    public const string ConnectorAttributeName = "SecureConnectors.ConnectorAttribute";
    public const string ProjectionAttributeName = "SecureConnectors.ProjectionAttribute";

    private KnownTypes(Compilation compilation)
    {
        Compilation = compilation;
        Connector = compilation.GetTypeByMetadataName(ConnectorAttributeName);
        Projection = compilation.GetTypeByMetadataName(ProjectionAttributeName);
        Resource = compilation.GetTypeByMetadataName("SecureConnectors.ResourceAttribute");
        Field = compilation.GetTypeByMetadataName("SecureConnectors.FieldAttribute");
        Operation = compilation.GetTypeByMetadataName("SecureConnectors.OperationAttribute");
        Query = compilation.GetTypeByMetadataName("SecureConnectors.QueryAttribute");
        Body = compilation.GetTypeByMetadataName("SecureConnectors.BodyAttribute");
        Requires = compilation.GetTypeByMetadataName("SecureConnectors.RequiresAttribute");
        Grant = compilation.GetTypeByMetadataName("SecureConnectors.GrantAttribute");
        ScopeCovers = compilation.GetTypeByMetadataName("SecureConnectors.ScopeCoversAttribute");
        Task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task");
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ReadOnlyListOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyList`1");
        ReadOnlyDictionaryOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IReadOnlyDictionary`2");
        DateOnly = compilation.GetTypeByMetadataName("System.DateOnly");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
        EnumMember = compilation.GetTypeByMetadataName("System.Runtime.Serialization.EnumMemberAttribute");
        AsyncEnumerableOfT = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        CursorPaging = compilation.GetTypeByMetadataName("SecureConnectors.CursorPagingAttribute");
        LinkHeaderPaging = compilation.GetTypeByMetadataName("SecureConnectors.LinkHeaderPagingAttribute");
        PagePaging = compilation.GetTypeByMetadataName("SecureConnectors.PagePagingAttribute");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
        Guid = compilation.GetTypeByMetadataName("System.Guid");
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        ProviderErrors = compilation.GetTypeByMetadataName("SecureConnectors.ProviderErrorsAttribute");
        Header = compilation.GetTypeByMetadataName("SecureConnectors.HeaderAttribute");
        Stream = compilation.GetTypeByMetadataName("System.IO.Stream");
        ConnectorResponse = compilation.GetTypeByMetadataName("SecureConnectors.ConnectorResponse");
        ConnectorResponseOfT = compilation.GetTypeByMetadataName("SecureConnectors.ConnectorResponse`1");
        Region = compilation.GetTypeByMetadataName("SecureConnectors.RegionAttribute");
        Roles = compilation.GetTypeByMetadataName("SecureConnectors.RolesAttribute");
    }

    public INamedTypeSymbol? Connector { get; }
    public INamedTypeSymbol? Projection { get; }
    public INamedTypeSymbol? Resource { get; }
    public INamedTypeSymbol? Field { get; }
    public INamedTypeSymbol? Operation { get; }
    public INamedTypeSymbol? Query { get; }
    public INamedTypeSymbol? Body { get; }
    public INamedTypeSymbol? Requires { get; }
    public INamedTypeSymbol? Grant { get; }
    public INamedTypeSymbol? ScopeCovers { get; }
    public INamedTypeSymbol? Task { get; }
    public INamedTypeSymbol? TaskOfT { get; }
    public INamedTypeSymbol? ReadOnlyListOfT { get; }
    public INamedTypeSymbol? ReadOnlyDictionaryOfT { get; }
    public INamedTypeSymbol? DateOnly { get; }
    public INamedTypeSymbol? Uri { get; }
    public INamedTypeSymbol? EnumMember { get; }
    public INamedTypeSymbol? AsyncEnumerableOfT { get; }
    public INamedTypeSymbol? CursorPaging { get; }
    public INamedTypeSymbol? LinkHeaderPaging { get; }
    public INamedTypeSymbol? PagePaging { get; }
    public INamedTypeSymbol? CancellationToken { get; }
    public INamedTypeSymbol? Guid { get; }
    public INamedTypeSymbol? DateTimeOffset { get; }
    public INamedTypeSymbol? ProviderErrors { get; }
    public INamedTypeSymbol? Header { get; }
    public INamedTypeSymbol? Stream { get; }
    public INamedTypeSymbol? ConnectorResponse { get; }
    public INamedTypeSymbol? ConnectorResponseOfT { get; }
    public INamedTypeSymbol? Region { get; }
    public INamedTypeSymbol? Roles { get; }

    // One lookup per compilation: the generator's transforms and the analyzers' start actions all ask for it, and in
    // an editor the transforms rerun for every declaration on every keystroke.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Compilation, KnownTypes> PerCompilation = new();

    /// <summary>The compilation these types were looked up in.</summary>
    public Compilation Compilation { get; }

    public static KnownTypes From(Compilation compilation) => PerCompilation.GetValue(compilation, static c => new KnownTypes(c));

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type, expected);

    public AttributeData? Find(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null)
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    public bool IsOperationAttribute(INamedTypeSymbol? attributeClass)
    {
        for (var type = attributeClass?.BaseType; type is not null; type = type.BaseType)
        {
            if (Is(type, Operation))
            {
                return true;
            }
        }

        return false;
    }
}
