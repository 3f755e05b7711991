namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// Connectors with and without a custom credential header, and hand-written stand-ins for the clients the generator
/// would emit for them (same constructor shape, same [GeneratedCode("SecureConnectors", ...)]), for the SC2004 tests.
/// </summary>
internal static class ConnectorClientSnippets
{
    public const string Declarations = """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using SecureConnectors;

        [Connector("acme-hris", BaseUrl = "https://api.acme-hris.example/v2/", AuthHeader = "X-Api-Key")]
        public partial interface IAcmeHris { }

        [Connector("bearer-crm", BaseUrl = "https://api.crm.example/")]
        public partial interface IBearerCrm { }

        [Connector("empty-header", BaseUrl = "https://api.empty.example/", AuthHeader = "")]
        public partial interface IEmptyHeader { }

        [System.CodeDom.Compiler.GeneratedCode("SecureConnectors", "1.0")]
        internal sealed class AcmeHrisClient : IAcmeHris
        {
            public AcmeHrisClient(HttpClient httpClient, ICredentialProvider credentials, IConnectorAuditSink audit = null, ConnectorOptions options = null) { }
        }

        [System.CodeDom.Compiler.GeneratedCode("SecureConnectors", "1.0")]
        internal sealed class BearerCrmClient : IBearerCrm
        {
            public BearerCrmClient(HttpClient httpClient, ICredentialProvider credentials) { }
        }

        [System.CodeDom.Compiler.GeneratedCode("SecureConnectors", "1.0")]
        internal sealed class EmptyHeaderClient : IEmptyHeader
        {
            public EmptyHeaderClient(HttpClient httpClient, ICredentialProvider credentials) { }
        }

        // Written by hand, not by the generator: not a generated client.
        internal sealed class HandWrittenHris : IAcmeHris
        {
            public HandWrittenHris(HttpClient httpClient, ICredentialProvider credentials) { }
        }

        internal sealed class LoggingHandler : DelegatingHandler
        {
            public LoggingHandler() { }
            public LoggingHandler(HttpMessageHandler inner) : base(inner) { }
        }

        """;

    public static string InClass(string members) => Declarations + "class C\n{\n" + members + "\n}\n";
}
