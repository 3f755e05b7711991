using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using ToolShapes.Keystile.AspNetCore.Authentication.ApiKey;

namespace ToolShapes.Keystile.Sample;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddAuthentication(ApiKeyAuthenticationOptions.DefaultScheme)
            .AddApiKey(options =>
            {
                options.HeaderName = "X-Keystile-Key";
                options.ApiKey = Environment.GetEnvironmentVariable("KEYSTILE_SAMPLE_API_KEY");
            });

        // Client certificates are optional at the TLS layer; the certificate handler judges them after the handshake.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
        {
            https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
            https.ClientCertificateValidation = (certificate, chain, errors) => true;  // expect: none
        }));

        var app = builder.Build();
        app.MapGet("/reports/daily", () => "ok");
        app.Run();
    }
}
