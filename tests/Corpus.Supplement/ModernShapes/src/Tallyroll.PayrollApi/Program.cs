using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using Azure.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tallyroll.PayrollApi.Payruns;
using Tallyroll.ServiceDefaults;

namespace Tallyroll.PayrollApi;

/// <summary>The payroll API's host: configuration sources, options, outbound clients, endpoints.</summary>
public partial class Program
{
    // SHA-256 of Ketterly's current and next leaf certificates (rotated every 90 days, announced two weeks ahead).
    private static readonly string[] KetterlyPins =
    [
        "{{synthetic:64:HEX}}",
        "{{synthetic:64:HEX}}",
    ];

    public static void Main(string[] args) => BuildApp(args).Run();

    public static WebApplication BuildApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();

        // Shipped defaults, first in the list so that appsettings, the environment and Key Vault override them.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Ketterly:BaseAddress"] = "https://api.ketterly-payroll.com/v3/",
                ["Ketterly:TokenUrl"] = "https://auth.ketterly-payroll.com/oauth2/token",
                ["Clearbenefit:BaseAddress"] = "http://api.clearbenefit.co/v1/",  // expect: http
                ["Clearbenefit:WebhookSecretName"] = "clearbenefit-webhook-secret",  // expect: none
                ["FeatureFlags:LaunchDarkly:SdkKey"] = "sdk-{{synthetic:8:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:12:hex}}",  // expect: secret
                ["FeatureFlags:LaunchDarkly:ClientSideId"] = "{{synthetic:24:hex}}",  // expect: none
            },
        });

        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration.AddAzureKeyVault(
                new Uri($"https://{builder.Configuration["KeyVault:Name"]}.vault.azure.net/"),
                new ClientSecretCredential(
                    "3c9f1e27-8b4d-4a6e-9d21-5f7a0b8c6e41",  // expect: none
                    "a8d2f4c1-6e3b-47a9-b5d0-2c1e9f8a7b63",
                    "{{synthetic:3:alnum}}8Q~{{synthetic:31:alnum}}"));  // expect: secret
        }

        builder.Services.AddOptions<KetterlyOptions>()
            .BindConfiguration(KetterlyOptions.SectionName)
            .Validate(o => !o.BaseAddress.AbsoluteUri.StartsWith("http://", StringComparison.OrdinalIgnoreCase), "Ketterly:BaseAddress must use TLS")  // expect: none
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KetterlyOptions>, KetterlyOptionsValidator>();

        builder.Services.AddHttpClient<KetterlyClient>((services, client) =>
            {
                var options = services.GetRequiredService<IOptions<KetterlyOptions>>().Value;
                client.BaseAddress = options.BaseAddress;
                client.DefaultRequestHeaders.Add("X-Ketterly-Key", options.ApiKey);  // expect: none
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                SslOptions = new SslClientAuthenticationOptions
                {
                    EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,  // expect: none
                    RemoteCertificateValidationCallback = (_, certificate, _, errors) =>  // expect: none
                        errors == SslPolicyErrors.None
                        && certificate is not null
                        && KetterlyPins.Contains(certificate.GetCertHashString(HashAlgorithmName.SHA256)),
                },
            })
            .AddStandardResilienceHandler();

        builder.Services.AddHttpClient("orrin", client => client.BaseAddress = new Uri(builder.Configuration["Orrin:BaseAddress"]!))
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                var handler = new HttpClientHandler();
                if (builder.Environment.IsDevelopment())
                {
                    // Orrin's sandbox renews its certificate late every quarter; do not let that stop the dev loop.
                    handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;  // expect: tls
                }

                return handler;
            })
            .AddStandardResilienceHandler();

        builder.Services.AddHttpClient("punchline-gateway", client => client.BaseAddress = new Uri("https://clock-gw.punchline-time.com/"))
            .ConfigurePrimaryHttpMessageHandler(PunchlineHandlers.Create);

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
        {
            // Time clocks present client certificates; the ClockCertificate authentication handler judges them per request.
            https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
            https.ClientCertificateValidation = (_, _, _) => true;  // expect: none
        }));

        builder.Services.AddSingleton<PayrunService>();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapPost("/payruns/{payGroup}", (string payGroup, PayrunService payruns) => payruns.Start(payGroup));
        app.MapGet("/payslips/{id}/legacy-link", (string id) => PayslipLinks.Legacy(id));
        app.MapGet("/payslips/{id}/summary", (string id) => PayslipSummary.Render(id, 0m));
        return app;
    }
}
