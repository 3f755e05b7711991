using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TestShapes.Quillmere.Payroll.Client;
using TestShapes.Quillmere.Payroll.Http;
using TestShapes.Quillmere.Payroll.Webhooks;

namespace TestShapes.Quillmere.Payroll.Api;

public sealed class BankPartnerWebhookOptions
{
    /// <summary>The shared token the partner's legacy notification service sends in X-BankPartner-Token.</summary>
    public string WebhookToken { get; set; } = "";
}

/// <summary>The payroll API host; the integration tests start it through WebApplicationFactory&lt;Program&gt;.</summary>
public static class ApiHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddQuillmerePayroll();
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName);
        builder.Services.AddOptions<PartnerAccessOptions>().BindConfiguration(PartnerAccessOptions.SectionName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WebhookSignatureVerifier>();
        builder.Services.AddOptions<BankPartnerWebhookOptions>().BindConfiguration("BankPartner:Webhooks");
        builder.Services.AddHttpClient("bank-partner", client => client.BaseAddress = new Uri("https://api.bankpartner.co.uk/v2/"))
            .ConfigurePrimaryHttpMessageHandler(PayrollHttpHandlers.CreateBankPartnerHandler);

        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/webhooks/bank-partner", (WebhookSignatureVerifier verifier) => verifier.GetType().Name);
        app.MapPost("/webhooks/bank-partner/legacy", (HttpRequest request, IOptions<BankPartnerWebhookOptions> options) =>
            request.Headers["X-BankPartner-Token"] == options.Value.WebhookToken  // expect: timing
                ? "accepted"
                : "rejected");
        return app;
    }
}

public partial class Program;
