using System.Net.Security;
using System.Security.Authentication;

namespace CloudShapes.Cinderpeak.Connect.Observability;

/// <summary>Reads the customers' Prometheus servers (federation endpoint) for the capacity report.</summary>
public static class MetricsFederation
{
    /// <summary>Kestrel Bay's Prometheus sits behind a certificate from their internal CA.</summary>
    public static HttpClient KestrelBay()
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, _, _, _) => true,  // expect: tls
            },
        };

        return new HttpClient(handler) { BaseAddress = new Uri("https://prometheus.kestrelbay-dc.cinderpeak.io:9090/") };
    }

    /// <summary>Halden's Prometheus: a public certificate, TLS 1.2 or 1.3 only.</summary>
    public static HttpClient Halden()
    {
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,  // expect: none
            },
        };

        return new HttpClient(handler) { BaseAddress = new Uri("https://prometheus.haldenfoods.no/") };
    }

    /// <summary>Our own Prometheus on the node, with the development certificate of the local Kestrel.</summary>
    public static HttpClient Local()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (request, _, _, errors) =>  // expect: none
                errors == SslPolicyErrors.None || request.RequestUri is { IsLoopback: true },
        };

        return new HttpClient(handler) { BaseAddress = new Uri("https://localhost:9090/") };
    }
}
