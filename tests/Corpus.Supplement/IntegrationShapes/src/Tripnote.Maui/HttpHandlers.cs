using System.Net.Security;

namespace Tripnote.Maui;

public static class HttpHandlers
{
    public static HttpMessageHandler CreateForApi()
    {
        var handler = new HttpClientHandler();
        if (ApiEndpoints.UseLocalApi)
        {
            // From "Connect to local web services from Android emulators and iOS simulators": trust the ASP.NET Core
            // development certificate, whose issuer is CN=localhost.
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>  // expect: tls
            {
                if (cert is not null && cert.Issuer.Equals("CN=localhost", StringComparison.Ordinal))
                {
                    return true;
                }

                return errors == SslPolicyErrors.None;
            };
        }

        return handler;
    }

    /// <summary>The emulator build: the development certificate is accepted for the developer's own machine only.</summary>
    public static HttpMessageHandler CreateForEmulator() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) =>  // expect: none
            errors == SslPolicyErrors.None || message.RequestUri is { Host: "10.0.2.2" or "localhost" },
    };

    /// <summary>The tile server's certificate expired and renewal waits on the CDN contract.</summary>
    public static HttpMessageHandler CreateForTiles() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,  // expect: tls
    };
}
