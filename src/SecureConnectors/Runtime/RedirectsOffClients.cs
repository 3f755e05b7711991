using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;

namespace SecureConnectors.Runtime;

/// <summary>
/// The named HttpClients whose primary handler must never follow redirects, whatever is configured after their
/// registration (a later ConfigurePrimaryHttpMessageHandler or ConfigureHttpClientDefaults included): one handler filter
/// per container serves the generated <c>AddXxx</c> clients and the token endpoint of <c>AddClientCredentials</c>.
/// </summary>
internal sealed class RedirectsOffClients
{
    private readonly ConcurrentDictionary<string, bool> names = new(StringComparer.Ordinal);

    /// <summary>Adds <paramref name="clientName"/> to the container's set, registering the set and its filter once.</summary>
    public static void Add(IServiceCollection services, string clientName)
    {
        services.TryAddSingleton(new RedirectsOffClients());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, Filter>());
        In(services).names[clientName] = true;
    }

    private bool Contains(string? clientName) => clientName is not null && names.ContainsKey(clientName);

    // The instance registered by the first Add; every later Add puts its name in the same set.
    private static RedirectsOffClients In(IServiceCollection services)
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

    private sealed class Filter : IHttpMessageHandlerBuilderFilter
    {
        private readonly RedirectsOffClients clients;

        public Filter(RedirectsOffClients clients)
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
}
