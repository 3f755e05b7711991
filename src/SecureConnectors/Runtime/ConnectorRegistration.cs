using System;
using System.ComponentModel;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, RedirectsOffFilter>());
        services.TryAddSingleton(new RedirectsOffClients());
        RedirectsOffClientsIn(services).Add(clientName);

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

    // The instance registered by the first AddClient call; every later call adds its name to the same set.
    private static RedirectsOffClients RedirectsOffClientsIn(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(RedirectsOffClients) && descriptor.ImplementationInstance is RedirectsOffClients clients)
            {
                return clients;
            }
        }

        throw new InvalidOperationException("The redirect filter's client list was replaced in the service collection.");
    }

    // The names of the clients whose primary handler must never follow redirects.
    private sealed class RedirectsOffClients
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> names = new(StringComparer.Ordinal);

        public void Add(string clientName) => names[clientName] = true;

        public bool Contains(string? clientName) => clientName is not null && names.ContainsKey(clientName);
    }

    // Runs after every configuration of a client, a later ConfigurePrimaryHttpMessageHandler or ConfigureHttpClientDefaults included.
    private sealed class RedirectsOffFilter : IHttpMessageHandlerBuilderFilter
    {
        private readonly RedirectsOffClients clients;

        public RedirectsOffFilter(RedirectsOffClients clients)
        {
            this.clients = clients;
        }

        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            next(builder);
            if (clients.Contains(builder.Name))
            {
                HandlerRedirects.TurnOff(builder.PrimaryHandler);
            }
        };
    }

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
