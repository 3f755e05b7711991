using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2003 in test code: only the runtime's own TLS settings count there. Flags a test writes into its own or a
/// library's configuration objects, locals or expected values are data the test compares or serializes; the same
/// lines in production code configure a connection and still report, as does a test that sets a real handler.
/// </summary>
public sealed class ObsoleteTlsProtocolInTestCodeTests
{
    private const string TestFile = "/src/Contoso.Gateway.Tests/ClusterConfigTests.cs";
    private const string ProductionFile = "/src/Contoso.Gateway/ClusterDefaults.cs";

    private const string Library = """
        #pragma warning disable SYSLIB0014, SYSLIB0039, CS0618
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Authentication;

        namespace Contoso.Gateway
        {
            public sealed record HttpClientConfig
            {
                public SslProtocols? SslProtocols { get; init; }
            }
        }
        """;

    private const string ConfigurationData = """
        namespace Contoso.Gateway.Tests
        {
            public class ClusterConfigTests
            {
                public bool Equal_configs_compare_equal()
                {
                    var a = new HttpClientConfig { SslProtocols = {|#0:SslProtocols.Tls11 | SslProtocols.Tls12|} };
                    var b = a with { SslProtocols = {|#1:SslProtocols.Tls11 | SslProtocols.Tls12|} };
                    var expected = {|#2:SslProtocols.Tls|};
                    return a == b && a.SslProtocols != expected;
                }
            }
        }
        """;

    private const string RealHandler = """
        namespace Contoso.Gateway.Tests
        {
            public class DowngradeTests
            {
                public HttpClientHandler Handler() => new() { SslProtocols = {|#0:SslProtocols.Tls11|} };

                public void Global() => ServicePointManager.SecurityProtocol |= {|#1:SecurityProtocolType.Tls|};

                public System.Threading.Tasks.Task Connect(SslStream stream) =>
                    stream.AuthenticateAsClientAsync("gateway.contoso.example", null, {|#2:SslProtocols.Tls11|}, false);
            }
        }
        """;

    [Fact]
    public Task Leaves_flags_alone_that_a_test_keeps_in_configuration_data() =>
        VerifyAsync(TestFile, ConfigurationData.Replace("{|#0:", "").Replace("{|#1:", "").Replace("{|#2:", "").Replace("|}", ""));

    [Fact]
    public Task Reports_the_same_configuration_data_in_production_code() =>
        VerifyAsync(
            ProductionFile,
            ConfigurationData,
            Diagnostic(0, "SslProtocols.Tls11 | SslProtocols.Tls12", "TLS 1.1"),
            Diagnostic(1, "SslProtocols.Tls11 | SslProtocols.Tls12", "TLS 1.1"),
            Diagnostic(2, "SslProtocols.Tls", "TLS 1.0"));

    [Fact]
    public Task Reports_a_test_that_sets_the_runtime_tls_settings() =>
        VerifyAsync(
            TestFile,
            RealHandler,
            Diagnostic(0, "SslProtocols.Tls11", "TLS 1.1"),
            Diagnostic(1, "SecurityProtocolType.Tls", "TLS 1.0"),
            Diagnostic(2, "SslProtocols.Tls11", "TLS 1.1"));

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic(int location, string expression, string protocols) =>
        CSharpAnalyzerVerifier<ObsoleteTlsProtocolAnalyzer>.Diagnostic("SC2003").WithLocation(location).WithArguments(expression, protocols);

    private static Task VerifyAsync(string path, string source, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerVerifier<ObsoleteTlsProtocolAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Gateway/HttpClientConfig.cs", Library));
        test.TestState.Sources.Add((path, Library.Substring(0, Library.IndexOf("namespace", System.StringComparison.Ordinal)) + source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
