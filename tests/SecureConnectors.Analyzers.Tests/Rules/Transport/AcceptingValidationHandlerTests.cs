using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using FixVerify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.AcceptingValidationHandlerAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.CertificateValidationDisabledCodeFixProvider>;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.AcceptingValidationHandlerAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2002 for libraries that ask an event for the verdict (FluentFTP's ValidateCertificate and its e.Accept, Mail.dll's
/// ServerCertificateValidate and its e.IsValid, Rebex's e.Accept()): a handler that accepts unconditionally, and the
/// handlers that decide, other events and test code, which stay quiet.
/// </summary>
public sealed class AcceptingValidationHandlerTests
{
    // FluentFTP's shapes, declared here: the tests do not reference FluentFTP.
    private const string Ftp = """

        namespace FluentFTP
        {
            public sealed class FtpSslValidationEventArgs : System.EventArgs
            {
                public bool Accept { get; set; }
                public System.Net.Security.SslPolicyErrors PolicyErrors { get; set; }
            }

            public delegate void FtpSslValidation(object control, FtpSslValidationEventArgs e);

            public sealed class FtpClient
            {
                public event FtpSslValidation? ValidateCertificate;
                public event System.EventHandler<FtpSslValidationEventArgs>? Completed;
                public event FtpSslValidation? ValidateClientCertificate;
            }
        }

        namespace Renci.SshNet.Common
        {
            public sealed class HostKeyEventArgs : System.EventArgs { public bool CanTrust { get; set; } public string FingerPrintSHA256 { get; } = ""; }
        }

        namespace Renci.SshNet
        {
            public sealed class SftpClient { public event System.EventHandler<Renci.SshNet.Common.HostKeyEventArgs>? HostKeyReceived; }
        }

        namespace Rebex
        {
            public sealed class SslCertificateValidationEventArgs : System.EventArgs { public void Accept() { } public void Reject() { } public bool IsTrusted { get; set; } }
            public sealed class Ftp { public event System.EventHandler<SslCertificateValidationEventArgs>? ValidatingCertificate; }
        }
        """;

    [Theory]
    [InlineData("void M(FluentFTP.FtpClient client) => [|client.ValidateCertificate|] += (control, e) => e.Accept = true;")]
    [InlineData("void M(FluentFTP.FtpClient client) => [|client.ValidateCertificate|] += (control, e) => { Console.WriteLine(e.PolicyErrors); e.Accept = true; };")]
    [InlineData("void M(FluentFTP.FtpClient client) => [|client.ValidateCertificate|] += delegate (object control, FluentFTP.FtpSslValidationEventArgs e) { e.Accept = true; };")]
    [InlineData("void M(FluentFTP.FtpClient client) => [|client.ValidateCertificate|] += new FluentFTP.FtpSslValidation(OnValidate);\nstatic void OnValidate(object control, FluentFTP.FtpSslValidationEventArgs e) { e.Accept = true; }")]
    [InlineData("void M(FluentFTP.FtpClient client) => [|client.ValidateCertificate|] += OnValidate;\nstatic void OnValidate(object control, FluentFTP.FtpSslValidationEventArgs args) => args.Accept = true;")]
    [InlineData("void M(Rebex.Ftp ftp) => [|ftp.ValidatingCertificate|] += (s, e) => e.Accept();")]
    [InlineData("void M(Rebex.Ftp ftp) => [|ftp.ValidatingCertificate|] += (s, e) => { e.IsTrusted = true; };")]
    [InlineData("void M(Renci.SshNet.SftpClient client) => [|client.HostKeyReceived|] += (_, e) => e.CanTrust = true;")]
    public Task Reports_handlers_that_accept_every_certificate(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members) + Ftp);

    // Mail.dll's client, missing from this build: the subscription and the handler are read as written.
    [Fact]
    public Task Reports_a_handler_whose_event_the_build_lacks() =>
        Verify.VerifyAsync(Snippets.InClass(
            "void M({|CS0246:Imap|} imap) => [|imap.ServerCertificateValidate|] += (sender, e) => e.IsValid = true;"));

    [Theory]
    [InlineData("void M(FluentFTP.FtpClient client) => client.ValidateCertificate += (control, e) => e.Accept = e.PolicyErrors == SslPolicyErrors.None;")]
    [InlineData("void M(FluentFTP.FtpClient client) => client.ValidateCertificate += (control, e) => { if (e.PolicyErrors == SslPolicyErrors.None) e.Accept = true; };")]
    [InlineData("void M(FluentFTP.FtpClient client) => client.ValidateCertificate += (control, e) => { e.Accept = true; if (e.PolicyErrors != SslPolicyErrors.None) e.Accept = false; };")]
    [InlineData("void M(FluentFTP.FtpClient client) => client.ValidateCertificate += (control, e) => { if (e.PolicyErrors != SslPolicyErrors.None) return; e.Accept = true; };")]
    [InlineData("void M(FluentFTP.FtpClient client) => client.ValidateCertificate += (control, e) => e.Accept = false;")]
    [InlineData("void M(FluentFTP.FtpClient client) => client.ValidateClientCertificate += (control, e) => e.Accept = true;")]
    [InlineData("void M(FluentFTP.FtpClient client) => client.Completed += (control, e) => e.Accept = true;")]
    [InlineData("void M(FluentFTP.FtpClient client, FluentFTP.FtpSslValidation check) => client.ValidateCertificate += check;")]
    [InlineData("void M(Rebex.Ftp ftp) => ftp.ValidatingCertificate += (s, e) => { if (e.IsTrusted) e.Accept(); else e.Reject(); };")]
    [InlineData("void M(Rebex.Ftp ftp) => ftp.ValidatingCertificate += (s, e) => { e.Accept(); e.Reject(); };")]
    [InlineData("int count; void M() => count += 1;")]
    [InlineData("const string Pinned = \"SHA256:pinned\"; void M(Renci.SshNet.SftpClient client) => client.HostKeyReceived += (_, e) => e.CanTrust = e.FingerPrintSHA256 == Pinned;")]
    public Task Leaves_handlers_that_decide_and_other_events_alone(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members) + Ftp);

    [Fact]
    public async Task Leaves_test_code_alone()
    {
        var test = new CSharpAnalyzerVerifier<AcceptingValidationHandlerAnalyzer>.Test();
        test.TestState.Sources.Add((
            "/src/Contoso.Ftp.Tests/TlsTests.cs",
            Snippets.InClass("void M(FluentFTP.FtpClient client) => client.ValidateCertificate += (control, e) => e.Accept = true;") + Ftp));
        await test.RunAsync();
    }

    [Fact]
    public async Task Leaves_a_test_project_alone()
    {
        var test = new CSharpAnalyzerVerifier<AcceptingValidationHandlerAnalyzer>.Test();
        test.TestState.Sources.Add((
            "/src/Contoso.Ftp/TlsChecks.cs",
            Snippets.InClass("void M(FluentFTP.FtpClient client) => client.ValidateCertificate += (control, e) => e.Accept = true;") + Ftp));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Contoso.Ftp.Tests"));
        await test.RunAsync();
    }

    [Fact]
    public Task Offers_no_fix() =>
        FixVerify.VerifyFixAsync(
            Snippets.InClass("void M(FluentFTP.FtpClient client) => [|client.ValidateCertificate|] += (control, e) => e.Accept = true;") + Ftp,
            Snippets.InClass("void M(FluentFTP.FtpClient client) => [|client.ValidateCertificate|] += (control, e) => e.Accept = true;") + Ftp);
}
