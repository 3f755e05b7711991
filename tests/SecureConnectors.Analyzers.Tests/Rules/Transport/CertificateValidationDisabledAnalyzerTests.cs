using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.CertificateValidationDisabledAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

public sealed class CertificateValidationDisabledAnalyzerTests
{
    [Theory]
    // where callbacks are installed
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => true };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };")]
    [InlineData("void M(HttpClientHandler h) { [|h.ServerCertificateCustomValidationCallback|] = (_, _, _, _) => true; }")]
    [InlineData("SocketsHttpHandler H = new() { SslOptions = new SslClientAuthenticationOptions { [|RemoteCertificateValidationCallback|] = delegate { return true; } } };")]
    [InlineData("SslClientAuthenticationOptions O = new() { [|RemoteCertificateValidationCallback|] = (s, c, ch, e) => true };")]
    [InlineData("#pragma warning disable SYSLIB0014\nvoid M() { [|ServicePointManager.ServerCertificateValidationCallback|] += (s, c, ch, e) => true; }")]
    [InlineData("#pragma warning disable SYSLIB0014\nvoid M() { [|ServicePointManager.ServerCertificateValidationCallback|] = (s, c, ch, e) => true; }")]
    [InlineData("#pragma warning disable SYSLIB0014\nvoid M(HttpWebRequest r) { [|r.ServerCertificateValidationCallback|] = delegate { return true; }; }")]
    [InlineData("SslStream M(NetworkStream n) => new SslStream(n, false, [|(_, _, _, _) => true|]);")]
    [InlineData("SslStream M(NetworkStream n) => new SslStream(n, leaveInnerStreamOpen: false, [|userCertificateValidationCallback: (_, _, _, _) => true|]);")]
    // what the callback does
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => { Console.WriteLine(e); return true; } };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => { if (e != SslPolicyErrors.None) { Console.WriteLine(c?.Subject); } return true; } };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => e == SslPolicyErrors.None || e == SslPolicyErrors.RemoteCertificateNameMismatch };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => (e & ~SslPolicyErrors.RemoteCertificateNameMismatch) == SslPolicyErrors.None };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => (e & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => e is SslPolicyErrors.None or SslPolicyErrors.RemoteCertificateChainErrors };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => { if (e == SslPolicyErrors.RemoteCertificateNotAvailable) return true; return e == SslPolicyErrors.None; } };")]
    [InlineData("bool _skip; HttpClientHandler M() => new() { [|ServerCertificateCustomValidationCallback|] = (_, _, _, _) => _skip };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = TrustEverything };\nstatic bool TrustEverything(HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e) => true;")]
    [InlineData("HttpClientHandler M() { return new() { [|ServerCertificateCustomValidationCallback|] = Accept }; static bool Accept(HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e) { return true; } }")]
    // whether a certificate was presented is no check of it
    [InlineData("SslStream M(NetworkStream n) => new SslStream(n, false, [|(sender, certificate, chain, errors) => certificate is not null|]);")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => c != null && ch != null };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => (c) is { } };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => { if (c is null) return false; return true; } };")]
    // connection strings
    [InlineData("const string Sql = [|\"Server=sql.contoso.example;Database=Payroll;Encrypt=True;TrustServerCertificate=True\"|];")]
    [InlineData("const string Sql = [|@\"Server=sql.contoso.example; Trust Server Certificate = yes; Encrypt=true\"|];")]
    [InlineData("string M(string db) => [|$\"Server=sql.contoso.example;Database={db};TrustServerCertificate=true;\"|];")]
    [InlineData("class SqlConnectionStringBuilder { public bool TrustServerCertificate { get; set; } }\nSqlConnectionStringBuilder B = new() { TrustServerCertificate = [|true|] };")]
    [InlineData("const string Mongo = [|\"mongodb://routes-0.contoso.example:27017/?replicaSet=routes&tls=true&tlsAllowInvalidCertificates=true\"|];")]
    [InlineData("const string Mongo = [|\"mongodb+srv://cluster0.contoso.example/?tlsInsecure=true\"|];")]
    [InlineData("const string Db = [|\"Host=pg.contoso.example;SSL Mode=Require;Trust Server Certificate=true\"|];")]
    [InlineData("const string Broker = [|\"Endpoint=broker.contoso.example;UseTls=true;SslVerify=false\"|];")]
    [InlineData("const string Mongo = [|\"tlsAllowInvalidHostnames=true&appName=payroll\"|];")]
    [InlineData("sealed class RedisOptions { public event RemoteCertificateValidationCallback? CertificateValidation; }\nvoid M(RedisOptions o) { [|o.CertificateValidation|] += (s, c, ch, e) => true; }")]
    [InlineData("sealed class RedisOptions { public event RemoteCertificateValidationCallback? CertificateValidation; }\nbool _ok; void M(RedisOptions o) { [|o.CertificateValidation|] += (s, c, ch, e) => _ok; }")]
    // a certificate's names are whatever its maker wrote: a self-signed one that claims them passes
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => c?.Issuer == \"CN=Contoso Root\" };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (_, certificate, _, errors) => errors == SslPolicyErrors.None || certificate?.Issuer == \"CN=Clearbenefit Issuing CA 2\" };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => { if (c!.Subject.Contains(\"contoso\")) return true; return e == SslPolicyErrors.None; } };")]
    [InlineData("SslStream M(NetworkStream n) => new SslStream(n, false, [|(_, c, _, e) => e == SslPolicyErrors.None || c?.Subject == \"CN=ledger.contoso.com\"|]);")]
    // loopback is not what decides: a remote destination is accepted too
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, _, _, _) => m.RequestUri!.IsLoopback || m.RequestUri.Host.EndsWith(\".contoso.com\") };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, _, _, _) => { if (m.RequestUri!.IsLoopback) { return true; } return true; } };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, _, _, _) => m.RequestUri!.Host != \"localhost\" };")]
    // Unity's MyRemoteCertificateValidationCallback (GameAnalytics' SDK and countless games): the chain rebuilt with
    // AllFlags accepts any issuer, and a host-name mismatch alone never fails it.
    [InlineData("""
        #pragma warning disable SYSLIB0014
        void Install() => [|ServicePointManager.ServerCertificateValidationCallback|] = Validate;
        static bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
        {
            bool isOk = true;
            if (errors != SslPolicyErrors.None)
            {
                for (int i = 0; i < chain!.ChainStatus.Length; i++)
                {
                    if (chain.ChainStatus[i].Status != X509ChainStatusFlags.RevocationStatusUnknown)
                    {
                        chain.ChainPolicy.RevocationMode = X509RevocationMode.Online;
                        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllFlags;
                        if (!chain.Build((X509Certificate2)certificate!)) { isOk = false; }
                    }
                }
            }
            return isOk;
        }
        """)]
    [InlineData("SslStream M(NetworkStream n) => new SslStream(n, false, [|(_, c, ch, e) => { ch!.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority; return ch.Build((X509Certificate2)c!); }|]);")]
    // the callback of "Connect to local web services from Android emulators": a null test beside the name is no check
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => { if (c is not null && c.Issuer.Equals(\"CN=localhost\", StringComparison.Ordinal)) { return true; } return e == SslPolicyErrors.None; } };")]
    [InlineData("HttpClientHandler H = new() { [|ServerCertificateCustomValidationCallback|] = (m, c, ch, e) => e == SslPolicyErrors.None || (c != null && c.Subject == \"CN=localhost\") };")]
    public Task Reports_callbacks_that_do_not_validate(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    // MQTTnet's builder takes a one-parameter handler over its own event-args type: one that answers true without looking
    // accepts every certificate. One that looks, a client-certificate handler and an unrelated method are quiet.
    [Fact]
    public Task Reports_a_one_parameter_handler_that_accepts_every_certificate() =>
        Verify.VerifyAsync(Snippets.InClass("""
            sealed class ValidationArgs { public SslPolicyErrors SslPolicyErrors { get; set; } }
            sealed class TlsOptionsBuilder
            {
                public TlsOptionsBuilder WithCertificateValidationHandler(Func<ValidationArgs, bool> handler) => this;
                public TlsOptionsBuilder WithClientCertificateValidationHandler(Func<ValidationArgs, bool> handler) => this;
                public TlsOptionsBuilder WithRetry(Func<int, bool> retry) => this;
                public object Build() => this;
            }
            object Accepts() => new TlsOptionsBuilder().WithCertificateValidationHandler([|_ => true|]).Build();
            object AcceptsInABlock() => new TlsOptionsBuilder().WithCertificateValidationHandler([|args => { return true; }|]).Build();
            object Looks() => new TlsOptionsBuilder().WithCertificateValidationHandler(args => args.SslPolicyErrors == SslPolicyErrors.None).Build();
            object Clients() => new TlsOptionsBuilder().WithClientCertificateValidationHandler(_ => true).Build();
            object Retries() => new TlsOptionsBuilder().WithRetry(_ => true).Build();
            """));

    [Fact]
    public Task Message_says_what_was_installed_and_why_it_is_unsafe()
    {
        var source = Snippets.InClass("HttpClientHandler H = new() { {|#0:ServerCertificateCustomValidationCallback|} = (m, c, ch, e) => true };");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC2002").WithLocation(0)
            .WithArguments("'ServerCertificateCustomValidationCallback'", "the callback accepts every certificate"));
    }

    [Theory]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (_, _, _, errors) => errors == SslPolicyErrors.None };")]
    [InlineData("HttpClientHandler M(string pin) => new() { ServerCertificateCustomValidationCallback = (_, c, _, e) => e == SslPolicyErrors.None && c is not null && c.GetCertHashString() == pin };")]
    [InlineData("HttpClientHandler M(string pin) => new() { ServerCertificateCustomValidationCallback = (_, c, _, _) => c is not null && c.GetCertHashString() == pin };")]
    [InlineData("""
        HttpClientHandler M(X509Certificate2 root) => new()
        {
            ServerCertificateCustomValidationCallback = (_, certificate, chain, errors) =>
            {
                if (certificate is null || chain is null) return false;
                if ((errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(root);
                return chain.Build(certificate);
            },
        };
        """)]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (_, _, _, e) => { if (e == SslPolicyErrors.RemoteCertificateNameMismatch) return false; return e == SslPolicyErrors.None; } };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (_, _, _, _) => false };")]
    [InlineData("HttpClientHandler M(Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> v) => new() { ServerCertificateCustomValidationCallback = v };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = Validate };\nstatic bool Validate(HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e) => e == SslPolicyErrors.None;")]
    [InlineData("SslStream M(NetworkStream n) => new SslStream(n, false, (_, _, _, e) => e == SslPolicyErrors.None);")]
    // a certificate that is read (pinned, its issuer checked), null-tested or not, is checked
    [InlineData("SslStream M(NetworkStream n) => new SslStream(n, false, (_, c, _, _) => c is not null && c.GetCertHashString() == \"0A1B2C3D4E5F60718293A4B5C6D7E8F901234567\");")]
    // names on top of the chain check, or beside a pin: validated
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, c, ch, e) => e == SslPolicyErrors.None && c?.Issuer == \"CN=Contoso Root\" };")]
    [InlineData("HttpClientHandler M(string pin) => new() { ServerCertificateCustomValidationCallback = (m, c, ch, e) => c?.Subject == \"CN=ledger.contoso.com\" && c.GetCertHashString() == pin };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, c, ch, e) => c != null && e == SslPolicyErrors.None };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, c, ch, e) => e is SslPolicyErrors.None };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, c, ch, e) => { if (e is not SslPolicyErrors.None) { return false; } return true; } };")]
    // accepts only connections to this machine (a local server's development certificate), refuses every other one
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (request, _, _, _) => request.RequestUri is { IsLoopback: true } };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (request, _, _, _) => request.RequestUri?.IsLoopback == true };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, _, _, _) => m.RequestUri!.Host == \"localhost\" && m.RequestUri.Port == 5001 };")]
    [InlineData("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, _, _, _) => { if (m.RequestUri!.IsLoopback) { return true; } return false; } };")]
    [InlineData("const string Sql = \"Server=sql.contoso.example;Encrypt=True;TrustServerCertificate=False\";")]
    [InlineData("const string Guidance = \"Never set TrustServerCertificate=True or use DangerousAcceptAnyServerCertificateValidator.\";")]
    [InlineData("const string Mongo = \"mongodb://routes-0.contoso.example:27017/?tls=true&tlsAllowInvalidCertificates=false\";")]
    [InlineData("const string Broker = \"Endpoint=broker.contoso.example;UseTls=true;SslVerify=true;CheckCertificateRevocation=false\";")]
    [InlineData("const string Guidance = \"Use tlsInsecure=true only against a local test server, and never with production data.\";")]
    [InlineData("const string Query = \"?verifyCertificate=true&ssl=false&certificateTitle=invalid\";")]
    [InlineData("// h.ServerCertificateCustomValidationCallback = (_, _, _, _) => true;\nconst int A = 1;")]
    [InlineData("bool M(HttpClientHandler h) => h.ServerCertificateCustomValidationCallback is null;")]
    [InlineData("class SqlConnectionStringBuilder { public bool TrustServerCertificate { get; set; } }\nSqlConnectionStringBuilder B = new() { TrustServerCertificate = false };")]
    [InlineData("Func<int, bool> F = _ => true;")]
    // a server's check of its clients' certificates: judged by the authentication handler, no server impersonated
    [InlineData("sealed class HttpsConnectionAdapterOptions { public Func<X509Certificate2, X509Chain?, SslPolicyErrors, bool>? ClientCertificateValidation { get; set; } }\nvoid M(HttpsConnectionAdapterOptions o) { o.ClientCertificateValidation = (c, ch, e) => true; }")]
    [InlineData("SslServerAuthenticationOptions O = new() { ClientCertificateRequired = true, RemoteCertificateValidationCallback = (s, c, ch, e) => true };")]
    [InlineData("sealed class RedisOptions { public event RemoteCertificateValidationCallback? CertificateValidation; }\nvoid M(RedisOptions o) { o.CertificateValidation += (s, c, ch, e) => e == SslPolicyErrors.None; }")]
    [InlineData("sealed class RedisOptions { public event RemoteCertificateValidationCallback? CertificateValidation; }\nvoid M(RedisOptions o, RemoteCertificateValidationCallback trusting) { o.CertificateValidation -= trusting; }")]
    // the private-CA pattern: unknown issuers allowed for the rebuild, then the chain's root compared with the callback's own
    [InlineData("""
        HttpClientHandler M(X509Certificate2 root) => new()
        {
            ServerCertificateCustomValidationCallback = (_, certificate, chain, errors) =>
            {
                if (certificate is null || chain is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0) return false;
                chain.ChainPolicy.ExtraStore.Add(root);
                chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority;
                return chain.Build(certificate) && chain.ChainElements[^1].Certificate.Thumbprint == root.Thumbprint;
            },
        };
        """)]
    public Task Leaves_validating_callbacks_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    private const string RabbitSslOption = "sealed class SslOption { public SslPolicyErrors AcceptablePolicyErrors { get; set; } public SslPolicyErrors LastPolicyErrors { get; set; } public bool Enabled { get; set; } }\n";

    [Theory]
    [InlineData("SslOption O = new() { Enabled = true, AcceptablePolicyErrors = [|SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors|] };")]
    [InlineData("void M(SslOption o) { o.AcceptablePolicyErrors = [|System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors|]; }")]
    [InlineData("void M(SslOption o) { o.AcceptablePolicyErrors |= [|SslPolicyErrors.RemoteCertificateNameMismatch|]; }")]
    [InlineData("sealed class Tolerance { public SslPolicyErrors IgnoredErrors; }\nvoid M(Tolerance t) { t.IgnoredErrors = [|SslPolicyErrors.RemoteCertificateNotAvailable|]; }")]
    public Task Reports_accepted_certificate_errors(string member) =>
        Verify.VerifyAsync(Snippets.InClass(RabbitSslOption + member));

    [Theory]
    [InlineData("SslOption O = new() { Enabled = true, AcceptablePolicyErrors = SslPolicyErrors.None };")]
    [InlineData("void M(SslOption o) { o.LastPolicyErrors = SslPolicyErrors.RemoteCertificateNameMismatch; }")]
    [InlineData("void M(SslOption o, SslPolicyErrors configured) { o.AcceptablePolicyErrors = configured; }")]
    [InlineData("sealed class Expected { public string AcceptedError = \"RemoteCertificateNameMismatch\"; }\nvoid M(Expected e) { e.AcceptedError = \"RemoteCertificateChainErrors\"; }")]
    public Task Leaves_settings_that_accept_no_certificate_error_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(RabbitSslOption + member));

    [Fact]
    public async Task Leaves_accepted_errors_in_test_code_alone()
    {
        var test = new CSharpAnalyzerVerifier<CertificateValidationDisabledAnalyzer>.Test
        {
            TestState =
            {
                Sources =
                {
                    ("/src/Contoso.Broker.Tests/SslTests.cs", Snippets.InClass(RabbitSslOption + "SslOption O = new() { AcceptablePolicyErrors = SslPolicyErrors.RemoteCertificateNameMismatch };")),
                },
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public Task Message_says_which_errors_are_accepted()
    {
        var source = Snippets.InClass(RabbitSslOption + "SslOption O = new() { AcceptablePolicyErrors = {|#0:SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateChainErrors|} };");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC2002").WithLocation(0)
            .WithArguments("'AcceptablePolicyErrors'", "the client accepts certificates that chain to no trusted root and certificates issued to other hosts"));
    }

    [Fact]
    public Task Message_names_the_connection_string_setting_as_written()
    {
        var source = Snippets.InClass("const string Mongo = {|#0:\"mongodb://routes-0.contoso.example/?tlsAllowInvalidCertificates=true\"|};");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC2002").WithLocation(0)
            .WithArguments("'tlsAllowInvalidCertificates=true' in a connection string", "the client accepts any server certificate"));
    }

    // A server on this machine cannot be impersonated from the network: a production fallback to localhost is left alone.
    // A remote host beside it, a hole that could name any server and a container's service name still report.
    [Fact]
    public Task Leaves_connection_strings_to_this_machine_alone_in_production_code() =>
        Verify.VerifyAsync(Snippets.InClass("""
            const string Fallback = "mongodb://localhost:27017/?replicaSet=rs0&tls=true&tlsAllowInvalidCertificates=true";
            const string LocalSql = "Server=localhost,1433;Database=exports;TrustServerCertificate=True";
            const string LocalDb = @"Server=(localdb)\MSSQLLocalDB;TrustServerCertificate=True";
            const string Mixed = [|"mongodb://localhost:27017,db2.partner-ledger.com/?tlsAllowInvalidCertificates=true"|];
            const string Service = [|"Server=sqlserver;Database=exports;TrustServerCertificate=True"|];
            string Built(string host) => [|$"Server={host};Database=exports;TrustServerCertificate=True"|];
            """));

    [Fact]
    public async Task Reports_only_TrustServerCertificate_among_connection_string_settings_in_test_code()
    {
        // A driver's tests parse URIs holding every option (MongoDB's connection string tests): data, not a connection.
        // Trusting the certificate of the test's own server (loopback, or a container named by its one-label service
        // name) impersonates no one.
        var test = new CSharpAnalyzerVerifier<CertificateValidationDisabledAnalyzer>.Test
        {
            TestState =
            {
                Sources =
                {
                    ("/src/Contoso.Routes.Tests/ConnectionStringTests.cs", Snippets.InClass("""
                        const string Parsed = "mongodb://routes-0.contoso.example/?tlsAllowInvalidCertificates=true";
                        const string Sql = [|"Server=sql.contoso.com;TrustServerCertificate=True"|];
                        const string Docs = "Server=sql.contoso.example;TrustServerCertificate=True";
                        const string Compose = "Server=sqlserver,1433;Database=exports;User Id=sa;TrustServerCertificate=True";
                        const string Local = "Server=localhost,14330;TrustServerCertificate=True";
                        """)),
                },
            },
        };
        await test.RunAsync();
    }

    // A test's accept-all callback trusts the self-signed certificate of the server the test started itself (an
    // in-process socket server, a loopback Kestrel): reported in test code only where the test's type names a remote
    // server; in production code always.
    private const string OwnServerTest = """
        public sealed class SecureHostConfigurator
        {
            public System.Net.Security.SslClientAuthenticationOptions Options() => new()
            {
                TargetHost = "supersocket",
                RemoteCertificateValidationCallback = MARK(sender, certificate, chain, errors) => trueEND,
            };
        }

        public sealed class LocalKestrelTests
        {
            private const string Address = "https://127.0.0.1:5001/";
            public HttpClientHandler Handler() => new() { ServerCertificateCustomValidationCallback = MARK(m, c, ch, e) => trueEND };
        }

        public sealed class FixtureDataTests
        {
            private const string Callback = "https://api.contoso.com/hooks";
            private const string Certificate = "supersocket.pfx";
            public HttpClientHandler Handler() => new() { ServerCertificateCustomValidationCallback = MARK(m, c, ch, e) => trueEND };
        }
        """;

    [Fact]
    public async Task Leaves_a_test_s_callback_for_its_own_server_alone_and_reports_one_beside_a_remote_server()
    {
        var test = new CSharpAnalyzerVerifier<CertificateValidationDisabledAnalyzer>.Test
        {
            TestState =
            {
                Sources =
                {
                    ("/test/Contoso.Sockets.Tests/SecureHostConfigurator.cs", Snippets.InClass(OwnServerTest.Replace("MARK", "").Replace("END", "")) + """

                        public sealed class StagingSmokeTests
                        {
                            private static readonly System.Uri Staging = new("https://staging.partner-ledger.com/v2/");
                            public HttpClientHandler Handler() => new() { {|SC2002:ServerCertificateCustomValidationCallback|} = (m, c, ch, e) => true };
                        }

                        public sealed class SharedCacheTests
                        {
                            private const string Cache = "rate-limits-staging.gateway.internal:6380";
                            public HttpClientHandler Handler() => new() { {|SC2002:ServerCertificateCustomValidationCallback|} = (m, c, ch, e) => true };
                        }
                        """),
                },
            },
        };
        await test.RunAsync();
    }

    [Fact]
    public Task Reports_the_same_callbacks_in_production_code() =>
        Verify.VerifyAsync(Snippets.InClass(OwnServerTest
            .Replace("RemoteCertificateValidationCallback = MARK", "{|SC2002:RemoteCertificateValidationCallback|} = ")
            .Replace("ServerCertificateCustomValidationCallback = MARK", "{|SC2002:ServerCertificateCustomValidationCallback|} = ")
            .Replace("END", "")));

    // Validation delegates of other shapes (LDAP's (connection, certificate), MQTTnet's one-argument handler) under a name
    // that says server-certificate validation, answering true on every path; one that decides, throws or checks clients is
    // left alone.
    private const string OtherShapes = """
        sealed class LdapSessionOptions { public System.Func<object, System.Security.Cryptography.X509Certificates.X509Certificate, bool>? VerifyServerCertificate { get; set; } }
        sealed class MqttTlsParameters
        {
            public System.Func<object, bool>? CertificateValidationHandler { get; set; }
            public System.Func<object, bool>? ClientCertificateValidationHandler { get; set; }
        }
        static bool Pinned(System.Security.Cryptography.X509Certificates.X509Certificate certificate) => certificate.GetCertHashString() == "00";
        """;

    [Fact]
    public Task Reports_other_validation_delegates_that_always_answer_true() =>
        Verify.VerifyAsync(Snippets.InClass(OtherShapes + """
            void Ldap(LdapSessionOptions options) => {|SC2002:options.VerifyServerCertificate|} = (_, _) => true;
            MqttTlsParameters Tls() => new() { {|SC2002:CertificateValidationHandler|} = e => { Console.WriteLine(e); return true; } };
            """));

    [Fact]
    public Task Leaves_other_validation_delegates_that_decide_alone() =>
        Verify.VerifyAsync(Snippets.InClass(OtherShapes + """
            void Ldap(LdapSessionOptions options) => options.VerifyServerCertificate = (_, certificate) => Pinned(certificate);
            MqttTlsParameters Tls() => new() { CertificateValidationHandler = e => { if (e is null) throw new InvalidOperationException(); return true; } };
            MqttTlsParameters Clients() => new() { ClientCertificateValidationHandler = e => true };
            MqttTlsParameters Either(bool strict) => new() { CertificateValidationHandler = e => { if (strict) { return false; } return true; } };
            """));

    [Fact]
    public Task Skips_generated_code() =>
        Verify.VerifyAsync("// <auto-generated/>\n" + Snippets.InClass("HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, c, ch, e) => true };"));

    [Theory]
    [InlineData("class C { HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, c, ch, e) => ")]
    [InlineData("class C { HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = (m, c) => true }; }")]
    [InlineData("class C { HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = Missing }; }")]
    [InlineData("class C { HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = delegate { return; } }; }")]
    [InlineData("class C { SslStream M(NetworkStream n) => new SslStream(n, false, (_, _, _, _) => { return }); }")]
    [InlineData("class C { string S = \"TrustServerCertificate=True")]
    [InlineData("class C { partial bool P(HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e); HttpClientHandler H = new() { ServerCertificateCustomValidationCallback = P }; }")]
    public async Task Never_throws_on_incomplete_code(string source)
    {
        await IncompleteCode.AnalyzeAsync(Snippets.Usings + source, new CertificateValidationDisabledAnalyzer());
    }

    // Nothing binds when the handler's type is missing from the build (a .NET Framework type in a modern build, half-typed
    // code): a member named for server-certificate validation set to a four-parameter function that accepts is still
    // reported; one that validates, a client-certificate check and other names are not.
    [Fact]
    public Task Reads_an_accepting_callback_of_a_type_the_build_lacks_by_its_written_name() =>
        Verify.VerifyAsync(Snippets.InClass("""
            object Accepting() => new {|CS0246:WebRequestHandler|} { [|ServerCertificateValidationCallback|] = (sender, certificate, chain, errors) => true };
            object Custom() => new {|CS0246:LegacyHandler|} { [|ServerCertificateCustomValidationCallback|] = delegate (object s, object c, object ch, SslPolicyErrors e) { return true; } };
            object Validating() => new {|CS0246:WebRequestHandler|} { ServerCertificateValidationCallback = (sender, certificate, chain, errors) => errors == SslPolicyErrors.None };
            object Clients() => new {|CS0246:ServerOptions|} { ClientCertificateValidation = (sender, certificate, chain, errors) => true };
            object Other() => new {|CS0246:RetryOptions|} { OnRetry = (a, b, c, d) => true };
            """));

    // WCF's service certificate check switched off (CoreWCF's StandardClient sample), written against stand-ins of the
    // System.ServiceModel types and against names that bind to nothing. A service's check of its clients, the other
    // modes and another enum's None are left alone.
    internal const string WcfTypes = """
        namespace System.ServiceModel.Security
        {
            public enum X509CertificateValidationMode { None, PeerTrust, ChainTrust, PeerOrChainTrust, Custom }
            public sealed class X509ServiceCertificateAuthentication { public X509CertificateValidationMode CertificateValidationMode { get; set; } }
            public sealed class X509ClientCertificateAuthentication { public X509CertificateValidationMode CertificateValidationMode { get; set; } }
            public sealed class ServiceCertificate { public X509ServiceCertificateAuthentication Authentication { get; } = new(); public X509ServiceCertificateAuthentication? SslCertificateAuthentication { get; set; } }
            public sealed class ClientCertificate { public X509ClientCertificateAuthentication Authentication { get; } = new(); }
            public sealed class Credentials { public ServiceCertificate ServiceCertificate { get; } = new(); public ClientCertificate ClientCertificate { get; } = new(); }
        }

        """;

    // Confluent.Kafka's hostname check switched off: any certificate a trusted CA issued to anyone passes. Https (the
    // check on), another property's None and the same object in test code are left alone.
    internal const string KafkaTypes = """
        namespace Confluent.Kafka
        {
            public enum SslEndpointIdentificationAlgorithm { None, Https }
            public enum Acks { None, Leader, All }
            public class ClientConfig { public SslEndpointIdentificationAlgorithm? SslEndpointIdentificationAlgorithm { get; set; } public Acks? Acks { get; set; } }
        }

        """;

    [Fact]
    public Task Reports_a_kafka_client_that_does_not_check_the_broker_s_host_name() =>
        Verify.VerifyAsync(Snippets.InClass("""
            Confluent.Kafka.ClientConfig Off() => new() { SslEndpointIdentificationAlgorithm = [|Confluent.Kafka.SslEndpointIdentificationAlgorithm.None|] };
            void Later(Confluent.Kafka.ClientConfig config) => config.SslEndpointIdentificationAlgorithm = [|Confluent.Kafka.SslEndpointIdentificationAlgorithm.None|];
            Confluent.Kafka.ClientConfig On() => new() { SslEndpointIdentificationAlgorithm = Confluent.Kafka.SslEndpointIdentificationAlgorithm.Https };
            Confluent.Kafka.ClientConfig Other() => new() { Acks = Confluent.Kafka.Acks.None };
            """) + KafkaTypes);

    [Fact]
    public async Task Leaves_a_kafka_configuration_in_test_code_alone()
    {
        var test = new CSharpAnalyzerVerifier<CertificateValidationDisabledAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Events.Tests/ClientConfigTests.cs", Snippets.InClass(
            "Confluent.Kafka.ClientConfig Parsed() => new() { SslEndpointIdentificationAlgorithm = Confluent.Kafka.SslEndpointIdentificationAlgorithm.None };") + KafkaTypes));
        await test.RunAsync();
    }

    [Fact]
    public Task Reports_wcf_service_certificates_accepted_without_validation() =>
        Verify.VerifyAsync(Snippets.InClass("""
            void Initializer(System.ServiceModel.Security.Credentials credentials) =>
                credentials.ServiceCertificate.SslCertificateAuthentication = new System.ServiceModel.Security.X509ServiceCertificateAuthentication
                {
                    CertificateValidationMode = [|System.ServiceModel.Security.X509CertificateValidationMode.None|],
                };
            void Assignment(System.ServiceModel.Security.Credentials credentials) =>
                credentials.ServiceCertificate.Authentication.CertificateValidationMode = [|System.ServiceModel.Security.X509CertificateValidationMode.None|];
            void Unbound({|CS0246:ClientCredentials|} credentials) =>
                credentials.ServiceCertificate.Authentication.CertificateValidationMode = [|{|CS0103:X509CertificateValidationMode|}.None|];
            void Chain(System.ServiceModel.Security.Credentials credentials) =>
                credentials.ServiceCertificate.Authentication.CertificateValidationMode = System.ServiceModel.Security.X509CertificateValidationMode.ChainTrust;
            void Clients(System.ServiceModel.Security.Credentials credentials) =>
                credentials.ClientCertificate.Authentication.CertificateValidationMode = System.ServiceModel.Security.X509CertificateValidationMode.None;
            object ClientObject() => new System.ServiceModel.Security.X509ClientCertificateAuthentication { CertificateValidationMode = System.ServiceModel.Security.X509CertificateValidationMode.None };
            SslPolicyErrors Other() => SslPolicyErrors.None;
            """) + WcfTypes);
}
