using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>The framework types the transport rules look for, resolved once per compilation (null when absent).</summary>
internal sealed class TransportTypes
{
    public TransportTypes(Compilation compilation)
    {
        Exception = compilation.GetTypeByMetadataName("System.Exception");
        UriBuilder = compilation.GetTypeByMetadataName("System.UriBuilder");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
        WebProxy = compilation.GetTypeByMetadataName("System.Net.WebProxy");
        HttpListenerPrefixCollection = compilation.GetTypeByMetadataName("System.Net.HttpListenerPrefixCollection");
        SslPolicyErrors = compilation.GetTypeByMetadataName("System.Net.Security.SslPolicyErrors");
        SslProtocols = compilation.GetTypeByMetadataName("System.Security.Authentication.SslProtocols");
        SecurityProtocolType = compilation.GetTypeByMetadataName("System.Net.SecurityProtocolType");
        HttpClientHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientHandler");
        StringContent = compilation.GetTypeByMetadataName("System.Net.Http.StringContent");
    }

    public INamedTypeSymbol? Exception { get; }
    public INamedTypeSymbol? UriBuilder { get; }
    public INamedTypeSymbol? Uri { get; }
    public INamedTypeSymbol? WebProxy { get; }
    public INamedTypeSymbol? HttpListenerPrefixCollection { get; }
    public INamedTypeSymbol? SslPolicyErrors { get; }
    public INamedTypeSymbol? SslProtocols { get; }
    public INamedTypeSymbol? SecurityProtocolType { get; }
    public INamedTypeSymbol? HttpClientHandler { get; }

    public INamedTypeSymbol? StringContent { get; }

    public bool DerivesFromException(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, Exception))
            {
                return true;
            }
        }

        return false;
    }
}
