using Microsoft.Extensions.Options;
using SecureConnectors;

namespace Tallyroll.PayrollApi;

/// <summary>Ketterly Payroll connection settings, bound from "Ketterly". The defaults are the live API's.</summary>
public sealed class KetterlyOptions
{
    public const string SectionName = "Ketterly";

    public Uri BaseAddress { get; set; } = new("https://api.ketterly-payroll.com/v3/");

    /// <summary>Where CI's and developers' sandbox runs go.</summary>
    public Uri SandboxBaseAddress { get; set; } = new("http://sandbox.ketterly-payroll.com/v3/");  // expect: http

    public string TokenUrl { get; set; } = "https://auth.ketterly-payroll.com/oauth2/token";

    /// <summary>The <c>aud</c> that Ketterly writes into the access tokens it issues to us: compared, never fetched.</summary>
    public string TokenAudience { get; set; } = "http://api.ketterly-payroll.com/";  // expect: none

    public string ClientId { get; set; } = "tallyroll-payroll";

    public SecretString ClientSecret { get; set; } = new("");

    public string ApiKey { get; set; } = "";

    /// <summary>Name of the Key Vault secret that holds the live webhook signing secret.</summary>
    public string WebhookSigningSecretName { get; set; } = "ketterly-webhook-signing-secret";  // expect: none

    /// <summary>Signing secret of the sandbox webhook endpoint, so that webhook tests work without Key Vault.</summary>
    public string SandboxWebhookSigningSecret { get; set; } = "{{synthetic:64:hex}}";  // expect: secret

    /// <summary>Outbound proxy of the production subnet; HTTPS requests tunnel through it with CONNECT.</summary>
    public string EgressProxy { get; set; } = "http://egress.tallyroll-corp.net:3128";  // expect: none

    public string SandboxUser { get; set; } = "tallyroll-ci";

    public SecretString SandboxPassword { get; set; } = new("");
}

internal sealed class KetterlyOptionsValidator : IValidateOptions<KetterlyOptions>
{
    public ValidateOptionsResult Validate(string? name, KetterlyOptions options)
    {
        if (options.BaseAddress.Scheme != Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"Ketterly:BaseAddress {options.BaseAddress} must use https");
        }

        if (options.ApiKey.StartsWith("kp_test_", StringComparison.Ordinal) && options.BaseAddress.Host == "api.ketterly-payroll.com")
        {
            throw new OptionsValidationException(name ?? Options.DefaultName, typeof(KetterlyOptions),
                [$"The sandbox key {options.ApiKey} is configured for the live API"]);  // expect: log
        }

        return ValidateOptionsResult.Success;
    }
}

/// <summary>The typed client of Ketterly's REST API (base address and key header set in Program).</summary>
public sealed class KetterlyClient(HttpClient http)
{
    public Task<HttpResponseMessage> SubmitPayrunAsync(string payGroup, CancellationToken cancellationToken = default) =>
        http.PostAsync($"payruns?pay_group={Uri.EscapeDataString(payGroup)}", content: null, cancellationToken);
}

public static class KetterlyKeys
{
    /// <summary>The key's prefix (kp_live_ or kp_test_) and a mask, for request logs and support screens.</summary>
    public static string Mask(string key) => key.Length < 8 ? "****" : key[..8] + "****";
}

public static class FlagKeys
{
    /// <summary>True for a LaunchDarkly server-side SDK key: "sdk-" and a GUID that is not a documentation filler.</summary>
    public static bool IsServerKey(string key) =>
        key.StartsWith("sdk-", StringComparison.Ordinal)
        && Guid.TryParse(key.AsSpan(4), out var id)
        && id != Guid.Empty;
}
