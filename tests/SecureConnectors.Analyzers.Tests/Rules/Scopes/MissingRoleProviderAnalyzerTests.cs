using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Scopes.MissingRoleProviderAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Scopes;

/// <summary>SC3005: a client whose connector has [Roles] operations built without an IActorRoleProvider.</summary>
public sealed class MissingRoleProviderAnalyzerTests
{
    // A connector and a stand-in for its generated client (same constructor shape as the generator writes).
    private const string Declarations = """
        using System.Net.Http;
        using System.Threading.Tasks;
        using SecureConnectors;

        [Connector("hris", BaseUrl = "https://api.hris.example/")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task GetAsync(string id);
            [Delete("employees/{id}")] [Roles("hr-admin")] Task DeleteAsync(string id);
            [Post("employees/{id}/terminate")] [Roles("hr-admin")] Task TerminateAsync(string id);
        }

        [Connector("crm", BaseUrl = "https://api.crm.example/")]
        public partial interface ICrm
        {
            [Get("contacts/{id}")] Task GetAsync(string id);
        }

        public sealed class HrisClient : IHris
        {
            public HrisClient(HttpClient httpClient, ICredentialProvider credentials, IConnectorAuditSink? audit = null, ConnectorOptions? options = null, IActorRoleProvider? roles = null) { }
            public Task GetAsync(string id) => Task.CompletedTask;
            public Task DeleteAsync(string id) => Task.CompletedTask;
            public Task TerminateAsync(string id) => Task.CompletedTask;
        }

        public sealed class CrmClient : ICrm
        {
            public CrmClient(HttpClient httpClient, ICredentialProvider credentials, IConnectorAuditSink? audit = null, ConnectorOptions? options = null, IActorRoleProvider? roles = null) { }
            public Task GetAsync(string id) => Task.CompletedTask;
        }

        """;

    [Fact]
    public Task A_client_with_role_gated_operations_and_no_provider_is_reported() => Verify.VerifyAsync(Declarations + """
        public static class Setup
        {
            public static void Build(HttpClient http, ICredentialProvider credentials)
            {
                var a = {|#0:new HrisClient(http, credentials)|};
                var b = {|#1:new HrisClient(http, credentials, null, new ConnectorOptions(), null)|};
                var c = {|#2:new HrisClient(http, credentials, roles: null)|};
            }
        }
        """,
        Verify.Diagnostic("SC3005").WithLocation(0).WithArguments("HrisClient", "DeleteAsync, TerminateAsync"),
        Verify.Diagnostic("SC3005").WithLocation(1).WithArguments("HrisClient", "DeleteAsync, TerminateAsync"),
        Verify.Diagnostic("SC3005").WithLocation(2).WithArguments("HrisClient", "DeleteAsync, TerminateAsync"));

    [Fact]
    public Task A_client_given_a_provider_or_without_role_gated_operations_is_not_reported() => Verify.VerifyAsync(Declarations + """
        public static class Setup
        {
            public static void Build(HttpClient http, ICredentialProvider credentials, IActorRoleProvider directory, IActorRoleProvider? maybe)
            {
                var a = new HrisClient(http, credentials, roles: directory);
                var b = new HrisClient(http, credentials, null, null, directory);

                // A provider that may be null at run time is the caller's decision; the rule reports only what it can see.
                var c = new HrisClient(http, credentials, roles: maybe);
                var d = new CrmClient(http, credentials);
            }
        }
        """);
}
