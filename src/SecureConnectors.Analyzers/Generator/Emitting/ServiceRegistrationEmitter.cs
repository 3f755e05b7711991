using SecureConnectors.Analyzers.Generator.Model;
using SecureConnectors.Analyzers.Generator.Parsing;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes <c>services.AddAcmeHris(...)</c> when the project references Microsoft.Extensions.Http: a typed client
/// from IHttpClientFactory, returned as the <c>IHttpClientBuilder</c> so that resilience handlers plug in.
/// </summary>
internal static class ServiceRegistrationEmitter
{
    private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";

    public static void Write(SourceWriter w, ConnectorSpec connector, string access, bool withScopePolicy)
    {
        var stem = ConnectorParser.BaseName(connector.InterfaceName);
        var client = "global::" + (connector.Namespace is null ? "" : connector.Namespace + ".") + connector.ClientName;
        w.Line($"/// <summary>Registers the client of connector {System.Security.SecurityElement.Escape(GeneratedCode.Literal(connector.ConnectorName))} with IHttpClientFactory.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"{access} static class {stem}ServiceCollectionExtensions");
        w.Line("/// <summary>");
        w.Line($"/// Adds <see cref=\"{connector.InterfaceFullName}\"/> as a typed HttpClient. The credential provider (required), the audit");
        w.Line("/// sink and the scope policy (optional) come from the container. The primary handler does not follow redirects: the client follows them");
        w.Line("/// itself and never sends the credential to another origin.");
        w.Line("/// </summary>");
        w.Line($"public static {DependencyInjection}.IHttpClientBuilder Add{stem}(");
        w.Line($"    this {DependencyInjection}.IServiceCollection services,");
        w.Line("    global::System.Action<global::SecureConnectors.ConnectorOptions>? configure = null)");
        w.Open("");
        w.Open("if (services is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(services));");
        w.Close();
        w.Line();
        w.Line("var options = new global::SecureConnectors.ConnectorOptions();");
        w.Line("configure?.Invoke(options);");
        w.Line($"var builder = {DependencyInjection}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{connector.InterfaceFullName}, {client}>(");
        w.Line("    services,");
        w.Line($"    (httpClient, provider) => new {client}(");
        w.Line("        httpClient,");
        w.Line($"        {DependencyInjection}.ServiceProviderServiceExtensions.GetRequiredService<global::SecureConnectors.ICredentialProvider>(provider),");
        w.Line($"        {DependencyInjection}.ServiceProviderServiceExtensions.GetService<global::SecureConnectors.IConnectorAuditSink>(provider),");
        w.Line(withScopePolicy ? "        options," : "        options));");
        if (withScopePolicy)
        {
            w.Line($"        {DependencyInjection}.ServiceProviderServiceExtensions.GetService<global::SecureConnectors.IScopePolicy>(provider)));");
        }

        w.Line($"return {DependencyInjection}.HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(");
        w.Line("    builder,");
        w.Line("    static () => new global::System.Net.Http.HttpClientHandler { AllowAutoRedirect = false });");
        w.Close();
        w.Close();
    }
}
