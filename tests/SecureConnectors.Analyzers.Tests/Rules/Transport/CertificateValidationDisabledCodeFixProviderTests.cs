using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.CertificateValidationDisabledAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.CertificateValidationDisabledCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class CertificateValidationDisabledCodeFixProviderTests
{
    [Fact]
    public Task Removes_the_initializer_entry() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""
                HttpClientHandler H = new()
                {
                    UseProxy = false,
                    [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => true,
                    AllowAutoRedirect = false,
                };
                """),
            Snippets.InClass("""
                HttpClientHandler H = new()
                {
                    UseProxy = false,
                    AllowAutoRedirect = false,
                };
                """));

    [Fact]
    public Task Removes_the_assignment_statement() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""
                HttpClient M()
                {
                    var handler = new HttpClientHandler();
                    [|handler.ServerCertificateCustomValidationCallback|] = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                    return new HttpClient(handler);
                }
                """),
            Snippets.InClass("""
                HttpClient M()
                {
                    var handler = new HttpClientHandler();
                    return new HttpClient(handler);
                }
                """));

    [Fact]
    public Task Removes_the_event_style_subscription() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""
                #pragma warning disable SYSLIB0014
                void M()
                {
                    [|ServicePointManager.ServerCertificateValidationCallback|] += (s, c, ch, e) => true;
                }
                """),
            Snippets.InClass("""
                #pragma warning disable SYSLIB0014
                void M()
                {
                }
                """));

    // A builder's call that installs an accept-all handler goes from the chain, leaving the default validation.
    private const string MqttBuilder = """
        sealed class ValidationArgs { }
        sealed class TlsOptionsBuilder
        {
            public TlsOptionsBuilder UseTls() => this;
            public TlsOptionsBuilder WithCertificateValidationHandler(Func<ValidationArgs, bool> handler) => this;
            public object Build() => this;
        }

        """;

    [Fact]
    public Task Removes_a_builder_call_that_installs_an_accept_all_handler() =>
        Verify.VerifyFixAsync(
            Snippets.InClass(MqttBuilder + "object Tls() => new TlsOptionsBuilder().UseTls().WithCertificateValidationHandler([|_ => true|]).Build();"),
            Snippets.InClass(MqttBuilder + "object Tls() => new TlsOptionsBuilder().UseTls().Build();"));

    [Fact]
    public Task Removes_a_trailing_callback_argument() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("SslStream M(NetworkStream n) => new SslStream(n, false, [|(_, _, _, _) => true|]);"),
            Snippets.InClass("SslStream M(NetworkStream n) => new SslStream(n, false);"));

    [Fact]
    public Task Removes_an_event_subscription() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("sealed class RedisOptions { public event RemoteCertificateValidationCallback? CertificateValidation; }\nvoid M(RedisOptions o)\n{\n    [|o.CertificateValidation|] += (s, c, ch, e) => true;\n}"),
            Snippets.InClass("sealed class RedisOptions { public event RemoteCertificateValidationCallback? CertificateValidation; }\nvoid M(RedisOptions o)\n{\n}"));

    [Fact]
    public Task Offers_no_fix_when_removing_the_argument_would_shift_the_others() =>
        Verify.VerifyNoFixAsync(Snippets.InClass(
            "SslStream M(NetworkStream n) => new SslStream(n, false, [|(_, _, _, _) => true|], null);"));

    // A handler whose type the build lacks: the name and the lambda say what it is, but not what to write instead.
    [Fact]
    public Task Offers_no_fix_when_the_handlers_type_is_missing() =>
        Verify.VerifyNoFixAsync(Snippets.InClass(
            "HttpClient M() => new(new {|CS0246:WebRequestHandler|} { [|ServerCertificateValidationCallback|] = (sender, certificate, chain, errors) => true });"));

    [Theory]
    [InlineData("const string Sql = [|\"Server=sql.contoso.example;Encrypt=True;TrustServerCertificate=True\"|];", "const string Sql = \"Server=sql.contoso.example;Encrypt=True;TrustServerCertificate=False\";")]
    [InlineData("const string Sql = [|@\"Server=sql.contoso.example;Trust Server Certificate=yes\"|];", "const string Sql = @\"Server=sql.contoso.example;Trust Server Certificate=no\";")]
    [InlineData("const string Mongo = [|\"mongodb://routes-0.contoso.example/?tls=true&tlsAllowInvalidCertificates=true&appName=routes\"|];", "const string Mongo = \"mongodb://routes-0.contoso.example/?tls=true&tlsAllowInvalidCertificates=false&appName=routes\";")]
    [InlineData("const string Broker = [|\"SslVerify=FALSE;Endpoint=broker.contoso.example\"|];", "const string Broker = \"SslVerify=TRUE;Endpoint=broker.contoso.example\";")]
    [InlineData("string M(string db) => [|$\"Host=pg.contoso.example;Database={db};Trust Server Certificate='true'\"|];", "string M(string db) => $\"Host=pg.contoso.example;Database={db};Trust Server Certificate='false'\";")]
    [InlineData("class SqlConnectionStringBuilder { public bool TrustServerCertificate { get; set; } }\nSqlConnectionStringBuilder B = new() { TrustServerCertificate = [|true|] };", "class SqlConnectionStringBuilder { public bool TrustServerCertificate { get; set; } }\nSqlConnectionStringBuilder B = new() { TrustServerCertificate = false };")]
    public Task Turns_trust_server_certificate_off(string member, string fixedMember) =>
        Verify.VerifyFixAsync(Snippets.InClass(member), Snippets.InClass(fixedMember));

    private const string RabbitSslOption = "sealed class SslOption { public SslPolicyErrors AcceptablePolicyErrors { get; set; } }\n";

    [Theory]
    [InlineData("SslOption O = new() { AcceptablePolicyErrors = [|SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors|] };", "SslOption O = new() { AcceptablePolicyErrors = SslPolicyErrors.None };")]
    [InlineData("void M(SslOption o) { o.AcceptablePolicyErrors = [|System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors|]; }", "void M(SslOption o) { o.AcceptablePolicyErrors = System.Net.Security.SslPolicyErrors.None; }")]
    [InlineData("void M(SslOption o)\n{\n    o.AcceptablePolicyErrors |= [|SslPolicyErrors.RemoteCertificateNameMismatch|];\n}", "void M(SslOption o)\n{\n}")]
    public Task Accepts_no_certificate_error(string member, string fixedMember) =>
        Verify.VerifyFixAsync(Snippets.InClass(RabbitSslOption + member), Snippets.InClass(RabbitSslOption + fixedMember));

    [Fact]
    public Task Fix_all_removes_every_callback() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""
                HttpClientHandler A = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => true };
                HttpClientHandler B = new() { [|ServerCertificateCustomValidationCallback|] = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
                SocketsHttpHandler S = new() { SslOptions = new SslClientAuthenticationOptions { [|RemoteCertificateValidationCallback|] = delegate { return true; } } };
                """),
            Snippets.InClass("""
                HttpClientHandler A = new() { };
                HttpClientHandler B = new() { };
                SocketsHttpHandler S = new() { SslOptions = new SslClientAuthenticationOptions { } };
                """),
            equivalenceKey: "RemoveCallback");

    [Fact]
    public Task Checks_the_kafka_broker_s_host_name_again() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""Confluent.Kafka.ClientConfig Off() => new() { SslEndpointIdentificationAlgorithm = [|Confluent.Kafka.SslEndpointIdentificationAlgorithm.None|] };""") + CertificateValidationDisabledAnalyzerTests.KafkaTypes,
            Snippets.InClass("""Confluent.Kafka.ClientConfig Off() => new() { SslEndpointIdentificationAlgorithm = Confluent.Kafka.SslEndpointIdentificationAlgorithm.Https };""") + CertificateValidationDisabledAnalyzerTests.KafkaTypes);

    [Fact]
    public Task Validates_the_wcf_service_certificate_chain_again() =>
        Verify.VerifyFixAsync(
            Snippets.InClass("""
                void M(System.ServiceModel.Security.Credentials credentials)
                {
                    credentials.ServiceCertificate.Authentication.CertificateValidationMode = [|System.ServiceModel.Security.X509CertificateValidationMode.None|];
                    credentials.ServiceCertificate.SslCertificateAuthentication = new() { CertificateValidationMode = [|System.ServiceModel.Security.X509CertificateValidationMode.None|] };
                }
                """) + CertificateValidationDisabledAnalyzerTests.WcfTypes,
            Snippets.InClass("""
                void M(System.ServiceModel.Security.Credentials credentials)
                {
                    credentials.ServiceCertificate.Authentication.CertificateValidationMode = System.ServiceModel.Security.X509CertificateValidationMode.ChainTrust;
                    credentials.ServiceCertificate.SslCertificateAuthentication = new() { CertificateValidationMode = System.ServiceModel.Security.X509CertificateValidationMode.ChainTrust };
                }
                """) + CertificateValidationDisabledAnalyzerTests.WcfTypes);
}
