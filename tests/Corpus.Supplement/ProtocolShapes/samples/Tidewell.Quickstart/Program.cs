// Tidewell Connect quickstart: drop a file on an SFTP server, listen to clock punches, mail a notification.
// `docker compose up` first: atmoz/sftp on 2222 (user foo, password pass), Mosquitto on 1883, smtp4dev on 1025.
using System.DirectoryServices.Protocols;
using System.Net;
using MQTTnet;
using MQTTnet.Client;
using Renci.SshNet;

namespace ProtocolShapes.Tidewell.Quickstart;

public static class Program
{
    // Replace with your directory; ldaps:// on 636 in production.
    private const string DirectoryUrl = "ldap://ldap.example.com:389";  // expect: none

    public static async Task Main(string[] args)
    {
        using (var sftp = new SftpClient("localhost", 2222, "foo", "pass"))  // expect: none
        {
            sftp.Connect();
            using var file = File.OpenRead(args.Length > 0 ? args[0] : "payroll-sample.csv");
            sftp.UploadFile(file, "/upload/payroll-sample.csv");
        }

        var local = new MqttClientOptionsBuilder()
            .WithClientId("tidewell-quickstart")
            .WithConnectionUri("mqtt://localhost:1883")
            .WithCredentials("quickstart", "<your-broker-password>")  // expect: none
            .Build();
        using var mqtt = new MqttFactory().CreateMqttClient();
        await mqtt.ConnectAsync(local);
        await mqtt.PublishStringAsync("clocks/demo/punches", "{\"badge\":\"B-0001\"}");

        // In production, use your broker's TLS listener and read the password from the environment.
        var production = new MqttClientOptionsBuilder()
            .WithClientId("tidewell-quickstart")
            .WithConnectionUri("mqtts://broker.example.com:8883")
            .WithCredentials("your-client-id", Environment.GetEnvironmentVariable("BROKER_PASSWORD"))
            .Build();
        Console.WriteLine($"Production broker: {production.Server}:{production.Port}");

        using var smtp = new System.Net.Mail.SmtpClient("localhost", 1025);
        await smtp.SendMailAsync("quickstart@example.com", "you@example.com", "Tidewell quickstart", "It works.");

        using var relay = new System.Net.Mail.SmtpClient("smtp.example.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("you@example.com", "<your-smtp-password>"),  // expect: none
        };

        var directory = new Uri(DirectoryUrl);
        using var ldap = new LdapConnection(new LdapDirectoryIdentifier(directory.Host, directory.Port), new NetworkCredential("cn=reader,dc=example,dc=com", Environment.GetEnvironmentVariable("LDAP_PASSWORD")), AuthType.Basic);
        ldap.SessionOptions.ProtocolVersion = 3;
        Console.WriteLine($"Directory configured for {directory.Host}; set LDAP_PASSWORD and call Bind() to try it.");
    }
}
