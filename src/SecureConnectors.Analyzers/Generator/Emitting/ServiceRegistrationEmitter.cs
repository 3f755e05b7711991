using SecureConnectors.Analyzers.Generator.Model;
using SecureConnectors.Analyzers.Generator.Parsing;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes <c>services.AddAcmeHris(...)</c> when the project references Microsoft.Extensions.Http: a typed client
/// from IHttpClientFactory, returned as the <c>IHttpClientBuilder</c> so that resilience handlers plug in. The body is
/// one call of the runtime's <c>ConnectorRegistration.AddClient</c>, which keeps the handler's own redirects off whatever
/// the user configures after it, validates the options through IOptions and removes the factory's request logging:
/// written once in the runtime, not compiled again for every connector.
/// </summary>
internal static class ServiceRegistrationEmitter
{
    private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";
    private const string ConnectorOptions = "global::SecureConnectors.ConnectorOptions";

    public static void Write(SourceWriter w, ConnectorSpec connector, string access, GenerationTarget target)
    {
        var stem = ConnectorParser.BaseName(connector.InterfaceName);
        var client = "global::" + (connector.Namespace is null ? "" : connector.Namespace + ".") + connector.ClientName;
        w.Line($"/// <summary>Registers the client of connector {System.Security.SecurityElement.Escape(GeneratedCode.Literal(connector.ConnectorName))} with IHttpClientFactory.</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"{access} static class {stem}ServiceCollectionExtensions");
        w.Line("/// <summary>The name of the HttpClient and of the options this registration configures.</summary>");
        // The interface's full name: two connectors with the same short name in different namespaces stay apart.
        w.Line($"public const string ClientName = {GeneratedCode.Literal(connector.InterfaceFullName.Replace("global::", ""))};");
        w.Line();
        w.Line("/// <summary>");
        w.Line($"/// Adds <see cref=\"{connector.InterfaceFullName}\"/> as a typed HttpClient. The credential provider (required), the audit");
        w.Line("/// sink and the scope policy (optional) come from the container. The primary handler never follows redirects, even one the");
        w.Line("/// caller configures later: the client follows them itself and never sends the credential to another origin. The options are");
        w.Line("/// validated when first resolved (and at start-up under a host), with an OptionsValidationException that names the option.");
        w.Line("/// </summary>");
        w.Line($"public static {DependencyInjection}.IHttpClientBuilder Add{stem}(this {DependencyInjection}.IServiceCollection services, global::System.Action<{ConnectorOptions}>? configure = null) =>");
        w.Line($"    global::SecureConnectors.Runtime.ConnectorRegistration.AddClient<{connector.InterfaceFullName}, {client}>(");
        w.Line("        services,");
        w.Line("        ClientName,");
        w.Line("        configure,");
        var scopePolicy = target.HasScopePolicy ? " d.ScopePolicy," : "";
        w.Line($"        static (httpClient, d) => new {client}(httpClient, d.Credentials, d.Audit, d.Options,{scopePolicy} d.Roles));");
        w.Close();
    }
}
