using SecureConnectors.Analyzers.Generator.Model;
using SecureConnectors.Analyzers.Generator.Parsing;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes <c>services.AddAcmeHris(...)</c> when the project references Microsoft.Extensions.Http: a typed client
/// from IHttpClientFactory, returned as the <c>IHttpClientBuilder</c> so that resilience handlers plug in. The
/// registration keeps the handler's own redirects off whatever the user configures after it (a handler-builder filter
/// runs after every configuration), validates the options through IOptions, and removes the factory's default
/// request logging, which writes filled paths and query values.
/// </summary>
internal static class ServiceRegistrationEmitter
{
    private const string DependencyInjection = "global::Microsoft.Extensions.DependencyInjection";
    private const string Options = "global::Microsoft.Extensions.Options";
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
        WriteAddMethod(w, connector, stem, client, target);
        w.Line();
        WriteRedirectFilter(w);
        w.Line();
        WriteOptionsValidation(w);
        w.Close();
    }

    private static void WriteAddMethod(SourceWriter w, ConnectorSpec connector, string stem, string client, GenerationTarget target)
    {
        w.Line("/// <summary>");
        w.Line($"/// Adds <see cref=\"{connector.InterfaceFullName}\"/> as a typed HttpClient. The credential provider (required), the audit");
        w.Line("/// sink and the scope policy (optional) come from the container. The primary handler never follows redirects, even one the");
        w.Line("/// caller configures later: the client follows them itself and never sends the credential to another origin. The options are");
        w.Line("/// validated when first resolved (and at start-up under a host), with an OptionsValidationException that names the option.");
        w.Line("/// </summary>");
        w.Line($"public static {DependencyInjection}.IHttpClientBuilder Add{stem}(");
        w.Line($"    this {DependencyInjection}.IServiceCollection services,");
        w.Line($"    global::System.Action<{ConnectorOptions}>? configure = null)");
        w.Open("");
        w.Open("if (services is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(services));");
        w.Close();
        w.Line();
        w.Line("var problems = new ConfigurationProblems();");
        w.Line($"var options = {DependencyInjection}.OptionsServiceCollectionExtensions.AddOptions<{ConnectorOptions}>(services, ClientName);");
        w.Line("options.Configure(o => problems.Configure(o, configure));");
        w.Line($"{DependencyInjection}.ServiceCollectionServiceExtensions.AddSingleton<{Options}.IValidateOptions<{ConnectorOptions}>>(services, new OptionsValidation(problems));");
        if (target.HasValidateOnStart)
        {
            w.Line($"{DependencyInjection}.OptionsBuilderExtensions.ValidateOnStart(options);");
        }

        w.Line($"{DependencyInjection}.Extensions.ServiceCollectionDescriptorExtensions.TryAddEnumerable(");
        w.Line("    services,");
        w.Line($"    {DependencyInjection}.ServiceDescriptor.Singleton<global::Microsoft.Extensions.Http.IHttpMessageHandlerBuilderFilter, RedirectsOffFilter>());");
        w.Line($"var builder = {DependencyInjection}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient<{connector.InterfaceFullName}, {client}>(");
        w.Line("    services,");
        w.Line("    ClientName,");
        w.Line($"    (httpClient, provider) => new {client}(");
        w.Line("        httpClient,");
        w.Line($"        {DependencyInjection}.ServiceProviderServiceExtensions.GetRequiredService<global::SecureConnectors.ICredentialProvider>(provider),");
        w.Line($"        {DependencyInjection}.ServiceProviderServiceExtensions.GetService<global::SecureConnectors.IConnectorAuditSink>(provider),");
        var optionsArgument = $"{DependencyInjection}.ServiceProviderServiceExtensions.GetRequiredService<{Options}.IOptionsMonitor<{ConnectorOptions}>>(provider).Get(ClientName)";
        w.Line($"        {optionsArgument},");
        if (target.HasScopePolicy)
        {
            w.Line($"        {DependencyInjection}.ServiceProviderServiceExtensions.GetService<global::SecureConnectors.IScopePolicy>(provider),");
        }

        w.Line($"        {DependencyInjection}.ServiceProviderServiceExtensions.GetService<global::SecureConnectors.IActorRoleProvider>(provider)));");

        w.Line($"builder = {DependencyInjection}.HttpClientBuilderExtensions.ConfigurePrimaryHttpMessageHandler(");
        w.Line("    builder,");
        w.Line("    static () => new global::System.Net.Http.HttpClientHandler { AllowAutoRedirect = false });");
        if (target.HasRemoveAllLoggers)
        {
            w.Line();
            w.Line("// The factory's default logging writes the request URI: filled paths and query values, often personal data.");
            w.Line($"builder = {DependencyInjection}.HttpClientBuilderExtensions.RemoveAllLoggers(builder);");
        }

        w.Line("return builder;");
        w.Close();
    }

    private static void WriteRedirectFilter(SourceWriter w)
    {
        w.Line("// Runs after every configuration of the client, a later ConfigurePrimaryHttpMessageHandler or ConfigureHttpClientDefaults included.");
        w.Open("private sealed class RedirectsOffFilter : global::Microsoft.Extensions.Http.IHttpMessageHandlerBuilderFilter");
        w.Open("public global::System.Action<global::Microsoft.Extensions.Http.HttpMessageHandlerBuilder> Configure(global::System.Action<global::Microsoft.Extensions.Http.HttpMessageHandlerBuilder> next)");
        w.Open("return builder =>");
        w.Line("next(builder);");
        w.Open("if (builder.Name == ClientName)");
        w.Line("global::SecureConnectors.Runtime.HandlerRedirects.TurnOff(builder.PrimaryHandler);");
        w.Close();
        w.Close(";");
        w.Close();
        w.Close();
    }

    private static void WriteOptionsValidation(SourceWriter w)
    {
        w.Line("// A setter's range check turns into a validation failure, reported where the options are resolved or at start-up.");
        w.Open("private sealed class ConfigurationProblems");
        w.Line("public string? Message { get; private set; }");
        w.Line();
        w.Open($"public void Configure({ConnectorOptions} options, global::System.Action<{ConnectorOptions}>? configure)");
        w.Open("try");
        w.Line("configure?.Invoke(options);");
        w.Close();
        w.Open("catch (global::System.ArgumentException e)");
        w.Line("Message = e.Message;");
        w.Close();
        w.Close();
        w.Close();
        w.Line();
        w.Open($"private sealed class OptionsValidation : {Options}.IValidateOptions<{ConnectorOptions}>");
        w.Line("private readonly ConfigurationProblems problems;");
        w.Line();
        w.Open("public OptionsValidation(ConfigurationProblems problems)");
        w.Line("this.problems = problems;");
        w.Close();
        w.Line();
        w.Open($"public {Options}.ValidateOptionsResult Validate(string? name, {ConnectorOptions} options)");
        w.Open("if (name != ClientName)");
        w.Line($"return {Options}.ValidateOptionsResult.Skip;");
        w.Close();
        w.Line();
        w.Line("var failures = new global::System.Collections.Generic.List<string>(options.Validate());");
        w.Open("if (problems.Message is not null)");
        w.Line("failures.Insert(0, problems.Message);");
        w.Close();
        w.Line();
        w.Line($"return failures.Count == 0 ? {Options}.ValidateOptionsResult.Success : {Options}.ValidateOptionsResult.Fail(failures);");
        w.Close();
        w.Close();
    }
}
