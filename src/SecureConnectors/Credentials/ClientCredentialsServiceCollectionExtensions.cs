using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SecureConnectors.Runtime;

namespace SecureConnectors;

/// <summary>
/// Registers <see cref="ClientCredentialsProvider"/> as the container's <see cref="ICredentialProvider"/>, which every
/// generated <c>AddXxx</c> client takes. In namespace <c>SecureConnectors</c> with the library's other types, so that one
/// <c>using SecureConnectors;</c> brings it.
/// </summary>
public static class ClientCredentialsServiceCollectionExtensions
{
    /// <summary>The name of the token endpoint's HttpClient and of the options this registration configures.</summary>
    public const string ClientName = "SecureConnectors.ClientCredentials";

    /// <summary>
    /// Adds a singleton <see cref="ClientCredentialsProvider"/> as the <see cref="ICredentialProvider"/>, sending token
    /// requests through the named HttpClient <see cref="ClientName"/>, whose handler never follows redirects and whose
    /// default request logging is removed. The options are validated when the provider is first resolved (and at
    /// start-up under a host), with an <see cref="OptionsValidationException"/> that names the option but never the secret.
    /// A <see cref="TimeProvider"/> in the container is used as the provider's clock.
    /// </summary>
    /// <returns>The token endpoint's HttpClient builder (for a proxy, a client certificate or a resilience handler).</returns>
    public static IHttpClientBuilder AddClientCredentials(this IServiceCollection services, Action<ClientCredentialsOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var options = services.AddOptions<ClientCredentialsOptions>(ClientName).Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClientCredentialsOptions>, OptionsValidation>());
        options.ValidateOnStart();

        // A 307 from the token endpoint would otherwise re-post a form that may hold the client secret.
        RedirectsOffClients.Add(services, ClientName);
        var builder = services.AddHttpClient(ClientName)
            .ConfigurePrimaryHttpMessageHandler(static () => new HttpClientHandler { AllowAutoRedirect = false })

            // The factory's default logging writes request URIs; a token endpoint's is harmless, but its client is ours to keep quiet.
            .RemoveAllLoggers();

        services.AddSingleton<ICredentialProvider>(static provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new ClientCredentialsProvider(
                () => factory.CreateClient(ClientName),
                provider.GetRequiredService<IOptionsMonitor<ClientCredentialsOptions>>().Get(ClientName),
                provider.GetService<TimeProvider>());
        });
        return builder;
    }

    private sealed class OptionsValidation : IValidateOptions<ClientCredentialsOptions>
    {
        public ValidateOptionsResult Validate(string? name, ClientCredentialsOptions options)
        {
            if (name != ClientName)
            {
                return ValidateOptionsResult.Skip;
            }

            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
