using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.CertificateValidationDisabledAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.CertificateValidationDisabledCodeFixProvider>;
using VerifyAnalyzer = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.CertificateValidationDisabledAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2002 on boolean settings whose name says they turn certificate validation off, in any library's
/// configuration type (a reverse proxy's DangerousAcceptAnyServerCertificate, a driver's AllowInsecureTls, a
/// client's VerifySsl = false). Look-alikes: the validating value, revocation checks, settings that say
/// nothing about certificates, and the same lines in test code, where configuration objects are data.
/// </summary>
public sealed class CertificateTrustSettingTests
{
    private const string Settings = """
        sealed class ProxyHttpClientConfig
        {
            public bool DangerousAcceptAnyServerCertificate { get; set; }
            public bool? AllowInsecureTls { get; set; }
            public bool IgnoreSslErrors;
            public bool SkipCertificateValidation { get; set; }
            public bool TrustAllCertificates { get; set; }
            public bool ValidateServerCertificates { get; set; } = true;
            public bool ValidateCertificates { get; set; } = true;
            public bool VerifySsl { get; set; } = true;
            public bool CheckCertificateRevocation { get; set; } = true;
            public bool AllowAnyRedirect { get; set; }
            public bool UseSsl { get; set; } = true;
            public string? AcceptAnyServerCertificateNote { get; set; }
            public bool EnableSslCertificateVerification { get; set; } = true;
            public bool InsecureSkipVerify { get; set; }
            public bool EnableCertificateRevocationCheck { get; set; } = true;
            public bool EnableSsl { get; set; } = true;
            public bool ValidateAnyCertificate { get; set; }
            public bool ValidateAllCertificates { get; set; } = true;
            public bool CheckCertificateName { get; set; } = true;
        }

        """;

    [Theory]
    [InlineData("DangerousAcceptAnyServerCertificate", "true")]
    [InlineData("AllowInsecureTls", "true")]
    [InlineData("IgnoreSslErrors", "true")]
    [InlineData("SkipCertificateValidation", "true")]
    [InlineData("TrustAllCertificates", "true")]
    [InlineData("ValidateServerCertificates", "false")]
    [InlineData("VerifySsl", "false")]
    [InlineData("EnableSslCertificateVerification", "false")]
    [InlineData("InsecureSkipVerify", "true")]
    [InlineData("ValidateAnyCertificate", "true")]
    [InlineData("CheckCertificateName", "false")]
    public Task Reports_a_setting_that_turns_validation_off(string setting, string value) =>
        VerifyAnalyzer.VerifyAsync(Snippets.InClass(Settings + $"ProxyHttpClientConfig Config = new() {{ {setting} = [|{value}|] }};\nvoid Later(ProxyHttpClientConfig c) => c.{setting} = [|{value}|];"));

    [Theory]
    [InlineData("DangerousAcceptAnyServerCertificate = false")]
    [InlineData("ValidateServerCertificates = true")]
    [InlineData("ValidateCertificates = false")]
    [InlineData("CheckCertificateRevocation = false")]
    [InlineData("AllowAnyRedirect = true")]
    [InlineData("UseSsl = false")]
    [InlineData("AcceptAnyServerCertificateNote = \"true\"")]
    [InlineData("EnableSslCertificateVerification = true")]
    [InlineData("InsecureSkipVerify = false")]
    [InlineData("EnableCertificateRevocationCheck = false")]
    [InlineData("EnableSsl = false")]
    [InlineData("ValidateAnyCertificate = false")]
    [InlineData("ValidateAllCertificates = true")]
    [InlineData("CheckCertificateName = true")]
    public Task Leaves_look_alikes_alone(string assignment) =>
        VerifyAnalyzer.VerifyAsync(Snippets.InClass(Settings + $"ProxyHttpClientConfig Config = new() {{ {assignment} }};"));

    [Fact]
    public async Task Leaves_configuration_data_alone_in_test_code()
    {
        var test = new CSharpAnalyzerVerifier<CertificateValidationDisabledAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Gateway.Tests/ClusterConfigTests.cs", Snippets.InClass(Settings + """
            bool Equal() => new ProxyHttpClientConfig { DangerousAcceptAnyServerCertificate = true, ValidateServerCertificates = false }
                .Equals(new ProxyHttpClientConfig { DangerousAcceptAnyServerCertificate = true });
            class SqlConnectionStringBuilder { public bool TrustServerCertificate { get; set; } }
            SqlConnectionStringBuilder B = new() { TrustServerCertificate = [|true|] };
            """)));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_all_turns_every_setting_back_to_validating() =>
        Verify.VerifyFixAsync(
            Snippets.InClass(Settings + """
                ProxyHttpClientConfig A = new() { DangerousAcceptAnyServerCertificate = [|true|], ValidateServerCertificates = [|false|] };
                void Later(ProxyHttpClientConfig c) => c.IgnoreSslErrors = [|true|];
                """),
            Snippets.InClass(Settings + """
                ProxyHttpClientConfig A = new() { DangerousAcceptAnyServerCertificate = false, ValidateServerCertificates = true };
                void Later(ProxyHttpClientConfig c) => c.IgnoreSslErrors = false;
                """),
            equivalenceKey: "DistrustServerCertificate");

    [Theory]
    [InlineData("DangerousAcceptAnyServerCertificate", true)]
    [InlineData("accept_any_certificate", true)]
    [InlineData("AllowSelfSignedCertificates", true)]
    [InlineData("BypassCertificateCheck", true)]
    [InlineData("TrustServerCertificate", true)]
    [InlineData("ValidateServerCertificate", false)]
    [InlineData("ValidateCertificates", null)]
    [InlineData("VerifyTls", false)]
    [InlineData("CheckCertificateRevocation", null)]
    [InlineData("AllowAutoRedirect", null)]
    [InlineData("UseSsl", null)]
    [InlineData("AcceptCertificates", null)]
    [InlineData("tlsInsecure", true)]
    [InlineData("InsecureSsl", true)]
    [InlineData("tlsAllowInvalidHostnames", true)]
    [InlineData("InsecureTlsWarningShown", null)]
    [InlineData("UnsafeHeaderParsing", null)]
    [InlineData(null, null)]
    public void Reads_what_a_setting_name_says(string? name, bool? disabling) =>
        Assert.Equal(disabling, CertificateTrustSettings.DisablingValue(name));
}
