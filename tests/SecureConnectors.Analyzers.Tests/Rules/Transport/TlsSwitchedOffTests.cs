using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using FixVerify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.TlsSwitchedOffAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.PlainHttpUrlCodeFixProvider>;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.TlsSwitchedOffAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2001 for a client whose TLS switch is set to false beside a remote server's name (SmtpClient's EnableSsl, an options
/// object's UseSsl beside its Host, MailKit's SecureSocketOptions.None), the fix that turns it on, and the look-alikes:
/// no server in sight, local servers, switches turned on, test code.
/// </summary>
public sealed class TlsSwitchedOffTests
{
    // MailKit's shapes, declared here: the tests do not reference MailKit.
    private const string MailKit = """

        namespace MailKit.Security { public enum SecureSocketOptions { None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable } }
        namespace MailKit.Net.Smtp
        {
            public sealed class SmtpClient
            {
                public void Connect(string host, int port, MailKit.Security.SecureSocketOptions options) { }
                public System.Threading.Tasks.Task ConnectAsync(string host, int port, MailKit.Security.SecureSocketOptions options) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    private const string Options = """
        public sealed class RelayOptions { public string? Host { get; set; } public int Port { get; set; } public bool UseSsl { get; set; } }
        public sealed class Sink { public Sink(string url, int port) { } public bool UseSsl { get; set; } }
        """;

    [Theory]
    [InlineData("System.Net.Mail.SmtpClient M() => new(\"smtp.sendgrid.net\", 587) { [|EnableSsl = false|] };")]
    [InlineData("System.Net.Mail.SmtpClient M() => new System.Net.Mail.SmtpClient(\"smtp.office365.com\") { Port = 587, [|EnableSsl = false|] };")]
    [InlineData("const string Relay = \"smtp.mailgun.org\"; void M() { var smtp = new System.Net.Mail.SmtpClient(Relay, 25); [|smtp.EnableSsl = false|]; smtp.Send(\"a@contoso.com\", \"b@contoso.com\", \"s\", \"b\"); }")]
    [InlineData("RelayOptions O = new() { Host = \"relay.contoso.com:2525\", [|UseSsl = false|] };")]
    [InlineData("RelayOptions O = new() { Host = \"relay.contoso.com\", Port = 465, [|UseSsl = false|] };")]
    [InlineData("System.Net.Mail.SmtpClient M() => new(\"smtp.office365.com\", 587) { [|EnableSsl = false|] };")]
    [InlineData("Sink S = new(\"tcp://intake.logs.partner-telemetry.com\", 10516) { [|UseSsl = false|] };")]
    public Task Reports_tls_switched_off_beside_a_remote_server(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member) + Options);

    [Theory]
    [InlineData("System.Net.Mail.SmtpClient M() => new(\"localhost\", 25) { EnableSsl = false };")]
    [InlineData("System.Net.Mail.SmtpClient M() => new(\"mailhog\", 1025) { EnableSsl = false };")]
    [InlineData("System.Net.Mail.SmtpClient M() => new(\"smtp.sendgrid.net\", 587) { EnableSsl = true };")]
    [InlineData("System.Net.Mail.SmtpClient M(string host) => new(host, 587) { EnableSsl = false };")]
    [InlineData("void M(System.Net.Mail.SmtpClient smtp) { smtp.EnableSsl = false; }")]
    [InlineData("RelayOptions O = new() { Host = \"relay.example.com\", UseSsl = false };")]
    [InlineData("RelayOptions O = new() { UseSsl = false };")]
    [InlineData("Sink S = new(\"Partner telemetry\", 10516) { UseSsl = false };")]
    // a generic switch beside a mail submission port: the client may still upgrade with STARTTLS
    [InlineData("RelayOptions O = new() { Host = \"smtp.sendgrid.net\", Port = 587, UseSsl = false };")]
    [InlineData("Sink S = new(\"smtp.contoso.com\", 25) { UseSsl = false };")]
    public Task Leaves_local_unknown_and_unnamed_servers_and_switches_turned_on_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member) + Options);

    [Fact]
    public Task Reports_mailkit_connections_without_tls_to_a_remote_server() =>
        Verify.VerifyAsync(Snippets.InClass("""
            void Send(MailKit.Net.Smtp.SmtpClient client) => client.Connect("smtp.sendgrid.net", 587, [|MailKit.Security.SecureSocketOptions.None|]);
            System.Threading.Tasks.Task SendAsync(MailKit.Net.Smtp.SmtpClient client) => client.ConnectAsync("smtp.contoso.com", 465, [|MailKit.Security.SecureSocketOptions.None|]);
            void Local(MailKit.Net.Smtp.SmtpClient client) => client.Connect("localhost", 25, MailKit.Security.SecureSocketOptions.None);
            void Secure(MailKit.Net.Smtp.SmtpClient client) => client.Connect("smtp.sendgrid.net", 587, MailKit.Security.SecureSocketOptions.StartTls);
            void Configured(MailKit.Net.Smtp.SmtpClient client, string host) => client.Connect(host, 587, MailKit.Security.SecureSocketOptions.None);
            """) + MailKit);

    // MinIO's and other builders' switches, and Grpc.Core's insecure channel credentials: stand-ins with their shapes.
    private const string Builders = """

        namespace Minio
        {
            public sealed class MinioClient
            {
                public MinioClient WithEndpoint(string endpoint) => this;
                public MinioClient WithCredentials(string accessKey, string secretKey) => this;
                public MinioClient WithSSL(bool secure = true) => this;
                public MinioClient Build() => this;
            }
        }
        namespace Confluent.Kafka
        {
            public enum SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl }
            public class ClientConfig { public string? BootstrapServers { get; set; } public SecurityProtocol? SecurityProtocol { get; set; } public string? SaslPassword { get; set; } }
            public sealed class ProducerConfig : ClientConfig { }
        }
        namespace MQTTnet.Client
        {
            public sealed class MqttClientOptionsBuilder
            {
                public MqttClientOptionsBuilder WithTcpServer(string server, int? port = null) => this;
                public MqttClientOptionsBuilder WithCredentials(string user, string password) => this;
                public MqttClientOptionsBuilder WithTls() => this;
                public object Build() => new();
            }
        }
        namespace FluentFTP
        {
            public enum FtpEncryptionMode { None, Implicit, Explicit, Auto }
            public sealed class FtpConfig { public FtpEncryptionMode EncryptionMode { get; set; } }
            public sealed class AsyncFtpClient
            {
                public AsyncFtpClient(string host, string user, string pass) { }
                public FtpConfig Config { get; } = new();
            }
        }
        namespace Mailing
        {
            public sealed class RelayBuilder
            {
                public RelayBuilder WithHost(string host) => this;
                public RelayBuilder WithPort(int port) => this;
                public RelayBuilder UseSsl(bool ssl) => this;
            }
        }
        namespace Grpc.Core
        {
            public abstract class ChannelCredentials { public static ChannelCredentials Insecure => null!; public static ChannelCredentials SecureSsl => null!; }
            public sealed class Channel
            {
                public Channel(string target, ChannelCredentials credentials) { }
                public Channel(string host, int port, ChannelCredentials credentials) { }
            }
        }
        """;

    [Fact]
    public Task Reports_a_builder_switch_and_an_insecure_grpc_channel_to_a_remote_server() =>
        Verify.VerifyAsync(Snippets.InClass("""
            Minio.MinioClient Remote(string key) => new Minio.MinioClient().WithEndpoint("minio-staging.partner-data.com:9000").WithCredentials("etl", key).WithSSL([|false|]).Build();
            Minio.MinioClient SwitchFirst() => new Minio.MinioClient().WithSSL([|false|]).WithEndpoint("minio.partner-data.com").Build();
            Minio.MinioClient Local() => new Minio.MinioClient().WithEndpoint("localhost:9000").WithSSL(false).Build();
            Minio.MinioClient Container() => new Minio.MinioClient().WithEndpoint("minio:9000").WithSSL(false).Build();
            Minio.MinioClient Unnamed(string endpoint) => new Minio.MinioClient().WithEndpoint(endpoint).WithSSL(false).Build();
            Minio.MinioClient Secure() => new Minio.MinioClient().WithEndpoint("minio.partner-data.com").WithSSL(true).Build();
            Mailing.RelayBuilder Submission() => new Mailing.RelayBuilder().WithHost("smtp.partner-mail.com").WithPort(587).UseSsl(false);
            Mailing.RelayBuilder SubmissionInHost() => new Mailing.RelayBuilder().WithHost("smtp.partner-mail.com:587").UseSsl(false);
            Mailing.RelayBuilder Relay() => new Mailing.RelayBuilder().WithHost("relay.partner-mail.com").WithPort(2526).UseSsl([|false|]);
            Grpc.Core.Channel Pricing() => new("pricing.partner-data.com", 50051, [|Grpc.Core.ChannelCredentials.Insecure|]);
            Grpc.Core.Channel Target() => new Grpc.Core.Channel("scoring.partner-data.com:443", [|Grpc.Core.ChannelCredentials.Insecure|]);
            Grpc.Core.Channel Loopback() => new("127.0.0.1", 50051, Grpc.Core.ChannelCredentials.Insecure);
            Grpc.Core.Channel Tls() => new("pricing.partner-data.com", 443, Grpc.Core.ChannelCredentials.SecureSsl);
            """) + Builders);

    [Fact]
    public Task Reports_a_kafka_client_on_a_plain_text_protocol_to_a_remote_broker() =>
        Verify.VerifyAsync(Snippets.InClass("""
            Confluent.Kafka.ProducerConfig Cloud(string password) => new() { BootstrapServers = "broker-1.partner-data.com:9092", SecurityProtocol = [|Confluent.Kafka.SecurityProtocol.SaslPlaintext|], SaslPassword = password };
            Confluent.Kafka.ProducerConfig Plain() => new() { BootstrapServers = "broker-1.partner-data.com:9092,broker-2.partner-data.com:9092", SecurityProtocol = [|Confluent.Kafka.SecurityProtocol.Plaintext|] };
            Confluent.Kafka.ProducerConfig Local() => new() { BootstrapServers = "localhost:9092", SecurityProtocol = Confluent.Kafka.SecurityProtocol.Plaintext };
            Confluent.Kafka.ProducerConfig Compose() => new() { BootstrapServers = "kafka:29092", SecurityProtocol = Confluent.Kafka.SecurityProtocol.SaslPlaintext };
            Confluent.Kafka.ProducerConfig Unnamed(string servers) => new() { BootstrapServers = servers, SecurityProtocol = Confluent.Kafka.SecurityProtocol.Plaintext };
            Confluent.Kafka.ProducerConfig Secure() => new() { BootstrapServers = "broker-1.partner-data.com:9092", SecurityProtocol = Confluent.Kafka.SecurityProtocol.SaslSsl };
            """) + Builders);

    [Fact]
    public Task Fix_moves_kafka_to_its_tls_protocol() =>
        FixVerify.VerifyFixAsync(
            Snippets.InClass("""
                Confluent.Kafka.ProducerConfig Cloud() => new() { BootstrapServers = "broker-1.partner-data.com:9092", SecurityProtocol = [|Confluent.Kafka.SecurityProtocol.SaslPlaintext|] };
                Confluent.Kafka.ProducerConfig Plain() => new() { BootstrapServers = "broker-1.partner-data.com:9092", SecurityProtocol = [|Confluent.Kafka.SecurityProtocol.Plaintext|] };
                """) + Builders,
            Snippets.InClass("""
                Confluent.Kafka.ProducerConfig Cloud() => new() { BootstrapServers = "broker-1.partner-data.com:9092", SecurityProtocol = Confluent.Kafka.SecurityProtocol.SaslSsl };
                Confluent.Kafka.ProducerConfig Plain() => new() { BootstrapServers = "broker-1.partner-data.com:9092", SecurityProtocol = Confluent.Kafka.SecurityProtocol.Ssl };
                """) + Builders);

    // FluentFTP's FtpEncryptionMode.None to a remote server named at the client's creation, also through the client's
    // Config; a local server, an unnamed one and an encrypting mode are left alone. Fix: Explicit (AUTH TLS).
    [Fact]
    public Task Reports_plain_ftp_to_a_remote_server_and_fixes_it_to_explicit_tls() =>
        FixVerify.VerifyFixAsync(
            Snippets.InClass("""
                FluentFTP.AsyncFtpClient Ledger(string user, string password)
                {
                    var client = new FluentFTP.AsyncFtpClient("ftp.payroll-partner-ledger.com", user, password);
                    client.Config.EncryptionMode = [|FluentFTP.FtpEncryptionMode.None|];
                    return client;
                }
                FluentFTP.AsyncFtpClient Local(string user, string password)
                {
                    var client = new FluentFTP.AsyncFtpClient("localhost", user, password);
                    client.Config.EncryptionMode = FluentFTP.FtpEncryptionMode.None;
                    return client;
                }
                void Unnamed(FluentFTP.AsyncFtpClient client) => client.Config.EncryptionMode = FluentFTP.FtpEncryptionMode.None;
                """) + Builders,
            Snippets.InClass("""
                FluentFTP.AsyncFtpClient Ledger(string user, string password)
                {
                    var client = new FluentFTP.AsyncFtpClient("ftp.payroll-partner-ledger.com", user, password);
                    client.Config.EncryptionMode = FluentFTP.FtpEncryptionMode.Explicit;
                    return client;
                }
                FluentFTP.AsyncFtpClient Local(string user, string password)
                {
                    var client = new FluentFTP.AsyncFtpClient("localhost", user, password);
                    client.Config.EncryptionMode = FluentFTP.FtpEncryptionMode.None;
                    return client;
                }
                void Unnamed(FluentFTP.AsyncFtpClient client) => client.Config.EncryptionMode = FluentFTP.FtpEncryptionMode.None;
                """) + Builders);

    // MQTT's plain port to a remote broker (also one whose region is interpolated, and a LAN address, as an mqtt:// URL to it
    // is in production code) in a chain without WithTls; a local broker, a chain with WithTls and the TLS port are left alone.
    [Fact]
    public Task Reports_plain_mqtt_to_a_remote_broker() =>
        Verify.VerifyAsync(Snippets.InClass("""
            object Vendor(string password) => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer("eu-west.brokers.partner-devices.com", [|1883|]).WithCredentials("clock", password).Build();
            object Regional(string region) => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer($"{region}.brokers.partner-devices.com", [|1883|]).Build();
            object Local() => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer("localhost", 1883).Build();
            object Lan() => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer("10.42.8.20", [|1883|]).Build();
            object Tls() => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer("eu-west.brokers.partner-devices.com", 1883).WithTls().Build();
            object Secure() => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer("eu-west.brokers.partner-devices.com", 8883).WithTls().Build();
            object Host(string host) => new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host, 1883).Build();
            """) + Builders);

    [Fact]
    public Task Fix_turns_a_builder_switch_on() =>
        FixVerify.VerifyFixAsync(
            Snippets.InClass("""Minio.MinioClient Remote() => new Minio.MinioClient().WithEndpoint("minio.partner-data.com").WithSSL([|false|]).Build();""") + Builders,
            Snippets.InClass("""Minio.MinioClient Remote() => new Minio.MinioClient().WithEndpoint("minio.partner-data.com").WithSSL(true).Build();""") + Builders);

    [Fact]
    public Task Message_names_the_server_and_the_switch_to_turn_on() =>
        Verify.VerifyAsync(
            Snippets.InClass("System.Net.Mail.SmtpClient M() => new(\"smtp.sendgrid.net\", 587) { {|#0:EnableSsl = false|} };"),
            Verify.Diagnostic("SC2001").WithLocation(0).WithArguments("smtp.sendgrid.net", "EnableSsl = true"));

    [Fact]
    public async Task Leaves_test_code_alone()
    {
        var test = new CSharpAnalyzerVerifier<TlsSwitchedOffAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Mail.Tests/SmtpTests.cs", Snippets.InClass("System.Net.Mail.SmtpClient M() => new(\"smtp.sendgrid.net\", 587) { EnableSsl = false };")));
        await test.RunAsync();
    }

    [Fact]
    public Task Fix_turns_tls_on_everywhere() =>
        FixVerify.VerifyFixAsync(
            Snippets.InClass("""
                System.Net.Mail.SmtpClient First() => new("smtp.sendgrid.net", 587) { [|EnableSsl = false|] };
                void Second() { var smtp = new System.Net.Mail.SmtpClient("smtp.mailgun.org", 25); [|smtp.EnableSsl = false|]; }
                void Third(MailKit.Net.Smtp.SmtpClient client) => client.Connect("smtp.sendgrid.net", 587, [|MailKit.Security.SecureSocketOptions.None|]);
                void Fourth(MailKit.Net.Smtp.SmtpClient client) => client.Connect("smtp.contoso.com", 465, [|MailKit.Security.SecureSocketOptions.None|]);
                """) + MailKit,
            Snippets.InClass("""
                System.Net.Mail.SmtpClient First() => new("smtp.sendgrid.net", 587) { EnableSsl = true };
                void Second() { var smtp = new System.Net.Mail.SmtpClient("smtp.mailgun.org", 25); smtp.EnableSsl = true; }
                void Third(MailKit.Net.Smtp.SmtpClient client) => client.Connect("smtp.sendgrid.net", 587, MailKit.Security.SecureSocketOptions.StartTls);
                void Fourth(MailKit.Net.Smtp.SmtpClient client) => client.Connect("smtp.contoso.com", 465, MailKit.Security.SecureSocketOptions.SslOnConnect);
                """) + MailKit);

    [Theory]
    [InlineData("smtp.contoso.com", "smtp.contoso.com")]
    [InlineData("smtp.contoso.com:587", "smtp.contoso.com")]
    [InlineData("tcp://user:pw@Intake.Example.com:10516/path", "intake.example.com")]
    [InlineData("[2001:db8::1]:25", "[2001:db8::1]")]
    [InlineData("Partner relay", null)]
    [InlineData("", null)]
    public void Reads_the_host_of_a_server_setting(string value, string? host) =>
        Assert.Equal(host, TlsSwitches.HostOf(value));
}
