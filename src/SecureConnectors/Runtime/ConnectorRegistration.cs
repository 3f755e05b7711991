using System;
using System.ComponentModel;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SecureConnectors.Runtime;

/// <summary>
/// The body of every generated <c>services.AddXxx(...)</c>: a typed client from IHttpClientFactory whose handler never
/// follows redirects (whatever is configured after it), whose options are validated when resolved and at start-up, and
/// whose factory logging (which writes filled paths and query values) is removed. Here once rather than generated per
/// connector: the generated copy was a fifth of each client file, compiled again in every build.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ConnectorRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed HttpClient named <paramref name="clientName"/>, created by
    /// <paramref name="create"/> from the HttpClient and the dependencies resolved from the container.
    /// </summary>
    /// <returns>The client's builder, so that resilience handlers and other configuration plug in.</returns>
    public static IHttpClientBuilder AddClient<TClient, TImplementation>(
        IServiceCollection services,
        string clientName,
        Action<ConnectorOptions>? configure,
        Func<HttpClient, ConnectorDependencies, TImplementation> create)
        where TClient : class
        where TImplementation : class, TClient
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (clientName is null)
        {
            throw new ArgumentNullException(nameof(clientName));
        }

        if (create is null)
        {
            throw new ArgumentNullException(nameof(create));
        }

        var problems = new ConfigurationProblems();
        var options = services.AddOptions<ConnectorOptions>(clientName);
        options.Configure(o => problems.Configure(o, configure));
        services.AddSingleton<IValidateOptions<ConnectorOptions>>(new OptionsValidation(clientName, problems));
        options.ValidateOnStart();
        RedirectsOffClients.Add(services, clientName);

        var builder = services.AddHttpClient<TClient, TImplementation>(clientName, (httpClient, provider) => create(httpClient, Resolve(provider, clientName)));
        return builder
            .ConfigurePrimaryHttpMessageHandler(static () => new HttpClientHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();
    }

    private static ConnectorDependencies Resolve(IServiceProvider provider, string clientName) => new(
        provider.GetRequiredService<ICredentialProvider>(),
        provider.GetService<IConnectorAuditSink>(),
        provider.GetRequiredService<IOptionsMonitor<ConnectorOptions>>().Get(clientName),
#if NET
        provider.GetService<IScopePolicy>(),
#endif
        provider.GetService<IActorRoleProvider>());

    // A setter's range check turns into a validation failure, reported where the options are resolved or at start-up.
    private sealed class ConfigurationProblems
    {
        public string? Message { get; private set; }

        public void Configure(ConnectorOptions options, Action<ConnectorOptions>? configure)
        {
            try
            {
                configure?.Invoke(options);
            }
            catch (ArgumentException e)
            {
                Message = e.Message;
            }
        }
    }

    private sealed class OptionsValidation : IValidateOptions<ConnectorOptions>
    {
        private readonly string clientName;
        private readonly ConfigurationProblems problems;

        public OptionsValidation(string clientName, ConfigurationProblems problems)
        {
            this.clientName = clientName;
            this.problems = problems;
        }

        public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
        {
            if (name != clientName)
            {
                return ValidateOptionsResult.Skip;
            }

            var failures = new System.Collections.Generic.List<string>(options.Validate());
            if (problems.Message is not null)
            {
                failures.Insert(0, problems.Message);
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
