using System;
using System.Text;
using SecureConnectors.Analyzers.Rules.Transport;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Robustness;

/// <summary>
/// The readers of connection strings and URLs see every string literal and configuration value of a build, half-typed
/// ones included: random text made of their separators and key words must never make them throw.
/// </summary>
public sealed class ConnectionStringReaderFuzzTests
{
    private static readonly string[] Pieces =
    {
        ";", "&", "?", ",", "=", "==", ":", "://", "@", "/", "\\", "[", "]", "'", "\"", " ", "\t", ".", "-", "_", "%",
        "Server", "Host", "Data Source", "tcp:", "Encrypt", "false", "True", "no", "Optional", "SSL Mode", "SslMode",
        "Disable", "None", "tls", "ssl", "TrustServerCertificate", "Trust Server Certificate", "yes", "tlsInsecure",
        "tlsAllowInvalidCertificates", "SslVerify", "mongodb", "amqp", "localhost", "(localdb)", "contoso.com", "db1",
        "1433", "::1", "png", "url", "\u0001", "\uD800", "é", "TlsVersion", "TLS Version", "sslProtocols", "|", "Tls11",
        "TLS 1.0", "TLSv1.2", "Default",
    };

    private static readonly string[] Keys =
    {
        "Server", "Host", "Data Source", "Encrypt", "SSL Mode", "SslMode", "tls", "ssl", "TrustServerCertificate",
        "Trust Server Certificate", "tlsInsecure", "tlsAllowInvalidCertificates", "SslVerify", "mongodb://db1.contoso.com/?tls", "",
        "TlsVersion", "Tls-Version", "sslProtocols",
    };

    private static readonly string[] Values =
    {
        "false", "True", "no", "yes", "Optional", "Disable", "None", "'true'", "\"false\"", "tcp:sql.contoso.com,1433", "localhost",
        "db1.contoso.com", "(localdb)\\x", "", " ", "=", "[::1]:5432", "TLS 1.0, TLS 1.2", "Tls|Tls12", "Tls11,", "Default",
    };

    private static readonly string[] Separators = { ";", "&", "?", ",", "", " ; " };

    [Fact]
    public void Random_text_never_makes_a_reader_throw()
    {
        var random = new Random(20261202);
        var found = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Mostly setting-shaped (key, '=', value, separator), with random pieces between, so that readers also
            // get past their first checks.
            var text = new StringBuilder();
            var length = random.Next(0, 10);
            for (var p = 0; p < length; p++)
            {
                if (random.Next(3) == 0)
                {
                    text.Append(Pieces[random.Next(Pieces.Length)]);
                    continue;
                }

                text.Append(Keys[random.Next(Keys.Length)]).Append('=').Append(Values[random.Next(Values.Length)]).Append(Separators[random.Next(Separators.Length)]);
            }

            var value = text.ToString();
            if (ConnectionStringTrust.TryFind(value, out var trust))
            {
                found++;
                Assert.InRange(trust.ValueIndex + trust.ValueLength, 0, value.Length);
            }

            if (PlainConnectionSettings.TryFind(value, out var plain, out var secure))
            {
                found++;
                Assert.InRange(plain.ValueIndex + plain.ValueLength, 0, value.Length);
                Assert.NotEmpty(secure);
            }

            if (ObsoleteConnectionProtocols.TryFind(value, out var obsolete))
            {
                found++;
                Assert.InRange(obsolete.KeyIndex, 0, obsolete.ValueIndex);
                Assert.InRange(obsolete.ValueIndex + obsolete.ValueLength, 0, value.Length);
            }

            _ = TlsSwitches.HostOf(value);
            _ = ConnectionStringHosts.FirstRemoteHost(value);
            _ = MediaLinks.NamesMediaFile(value);
            _ = TopLevelDomains.IsUnderUnknownTopLevelDomain(value);
            _ = PlainTextUrl.TryParse(value, out _);
        }

        Assert.True(found > 100, "the random text should hold settings the readers find, found " + found);
    }
}
