using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TestShapes.Quillmere.Payroll.Http;

namespace TestShapes.Quillmere.Payroll.Client;

public sealed class PayrollApiClientOptions
{
    public const string SectionName = "Payroll";

    public const string ProductionBaseUrl = "https://api.quillmere.com/v3/";

    /// <summary>The sandbox still answers on the old listener for customers that pinned it in 2022.</summary>
    public const string SandboxBaseUrl = "http://sandbox.api.quillmere.com/v3/";  // expect: http

    public const string ApiKeyHeaderName = "X-Quillmere-Api-Key";  // expect: none

    public string BaseUrl { get; set; } = ProductionBaseUrl;

    public string ApiKey { get; set; } = "";

    public bool AllowInvalidCertificates { get; set; }
}

/// <summary>Rejects plain-text base addresses (loopback aside) and malformed keys at start-up.</summary>
public sealed class PayrollApiClientOptionsValidator : IValidateOptions<PayrollApiClientOptions>
{
    public ValidateOptionsResult Validate(string? name, PayrollApiClientOptions options)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUri))
        {
            return ValidateOptionsResult.Fail("Payroll:BaseUrl must be an absolute URL.");
        }

        if (HttpsOnlyGuard.IsPlainText(options.BaseUrl) && !baseUri.IsLoopback)
        {
            return ValidateOptionsResult.Fail($"Payroll:BaseUrl must use https ({baseUri.Host}).");
        }

        if (options.ApiKey.Length > 0 && !options.ApiKey.StartsWith("qm_live_", StringComparison.Ordinal) && !options.ApiKey.StartsWith("qm_sbx_", StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail($"Payroll:ApiKey has an unknown prefix ({options.ApiKey.Length} characters).");
        }

        return ValidateOptionsResult.Success;
    }
}

public static class PayrollServiceCollectionExtensions
{
    public static IServiceCollection AddQuillmerePayroll(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<PayrollApiClientOptions>, PayrollApiClientOptionsValidator>();
        services.AddOptions<PayrollApiClientOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.BaseUrl = configuration["Payroll:BaseUrl"] ?? PayrollApiClientOptions.ProductionBaseUrl;
                options.ApiKey = configuration["Payroll:ApiKey"] ?? "qm_live_{{synthetic:32:alnum}}";  // expect: secret
                options.AllowInvalidCertificates = configuration.GetValue<bool>("Payroll:AllowInvalidCertificates");
            })
            .ValidateOnStart();
        services.AddHttpClient<PayrollApiClient>()
            .ConfigurePrimaryHttpMessageHandler(provider => PayrollHttpHandlers.CreatePayrollApiHandler(provider.GetRequiredService<IOptions<PayrollApiClientOptions>>().Value));
        return services;
    }
}
