using System.Linq;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// Writes the client of a connector. Each method builds its path and query from its parameters and hands the call to
/// the runtime's <c>ConnectorInvoker</c>, which applies the transport, credential, redirect, size and audit rules
/// the same way for every connector.
/// </summary>
internal static class ConnectorEmitter
{
    private const string Runtime = "global::SecureConnectors.Runtime";
    private const string Values = Runtime + ".ParameterValue";

    // DataClass.Restricted: fields an actor reads only with one of ConnectorOptions.RestrictedDataRoles.
    private const int RestrictedClassification = 3;

    public static string Emit(ConnectorSpec connector, GenerationTarget target)
    {
        var w = GeneratedCode.Begin(connector.Namespace);
        var access = connector.IsPublic ? "public" : "internal";

        w.Line("/// <summary>");
        w.Line($"/// The generated client of connector {System.Security.SecurityElement.Escape(GeneratedCode.Literal(connector.ConnectorName))}: HTTPS only, credentials from");
        w.Line("/// <see cref=\"global::SecureConnectors.ICredentialProvider\"/>, only the projected fields asked for and read, one audit event per call.");
        w.Line("/// </summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"{access} sealed class {connector.ClientName} : {connector.InterfaceFullName}");

        w.Line($"private static readonly {Runtime}.ConnectorDefinition Connector = new {Runtime}.ConnectorDefinition(");
        w.Line($"    {GeneratedCode.Literal(connector.ConnectorName)},");
        w.Line($"    {GeneratedCode.Literal(connector.BaseUrl)},");
        w.Line($"    {GeneratedCode.Literal(connector.FieldsParameter)},");
        w.Line($"    {GeneratedCode.Literal(connector.AuthHeader)},");
        w.Line($"    {StringArray(connector.GrantedScopes)},");
        var secondHosts = connector.Operations.Select(o => o.BaseUrl).Where(u => u is not null).Distinct().ToList();
        var providerErrorCheck = connector.ProviderErrors is { } providerErrors
            ? $"new {Runtime}.ProviderErrorCheck({GeneratedCode.Literal(providerErrors.OkPath)}, {GeneratedCode.Literal(providerErrors.CodePath)})"
            : null;
        var definitionTail = new System.Collections.Generic.List<string> { StringArray(connector.ScopeCoverage) };
        if (providerErrorCheck is not null || !connector.Regions.IsEmpty || secondHosts.Count > 0)
        {
            definitionTail.Add(providerErrorCheck ?? "providerErrors: null");
        }

        if (!connector.Regions.IsEmpty)
        {
            definitionTail.Add($"regions: {StringArray(connector.Regions.SelectMany(r => new[] { r.Name, r.BaseUrl }).ToEquatableArray())}");
        }

        if (secondHosts.Count > 0)
        {
            definitionTail.Add($"operationBaseUrls: {StringArray(secondHosts.Select(u => u!).ToEquatableArray())}");
        }

        WriteArguments(w, definitionTail);

        foreach (var operation in connector.Operations)
        {
            w.Line();
            w.Line($"private static readonly {Runtime}.OperationDefinition {OperationField(operation)} = new {Runtime}.OperationDefinition(");
            w.Line("    Connector,");
            w.Line($"    {GeneratedCode.Literal(operation.Name)},");
            w.Line($"    {GeneratedCode.Literal(operation.HttpMethod)},");
            w.Line($"    {GeneratedCode.Literal(operation.Route)},");
            w.Line($"    {StringArray(operation.DeclaredScopes)},");
            w.Line(operation.ProjectionFullName is null
                ? "    global::System.Array.Empty<string>(),"
                : $"    {operation.ProjectionFullName}.JsonFieldNames,");
            w.Line(operation.ProjectionFullName is null
                ? "    global::System.Array.Empty<string?>(),"
                : $"    {operation.ProjectionFullName}.JsonFieldScopes,");
            var fieldPaths = operation.ProjectionFullName is null ? "global::System.Array.Empty<string>()" : $"{operation.ProjectionFullName}.JsonFieldPaths";
            var operationTail = new System.Collections.Generic.List<string> { fieldPaths };
            if (!operation.Headers.IsEmpty)
            {
                operationTail.Add($"new string[] {{ {string.Join(", ", operation.Headers.SelectMany(h => new[] { h.Name, h.Value }).Select(GeneratedCode.Literal))} }}");
            }

            if (operation.BaseUrl is not null)
            {
                operationTail.Add($"baseUrl: {GeneratedCode.Literal(operation.BaseUrl)}");
            }

            if (!operation.Roles.IsEmpty)
            {
                operationTail.Add($"roles: {StringArray(operation.Roles)}");
            }

            var restricted = operation.Fields.Select((field, index) => (field, index)).Where(f => f.field.Classification == RestrictedClassification).ToList();
            if (restricted.Count > 0)
            {
                operationTail.Add($"restrictedFields: new int[] {{ {string.Join(", ", restricted.Select(f => f.index.ToString(System.Globalization.CultureInfo.InvariantCulture)))} }}");
            }

            WriteArguments(w, operationTail);
            OperationShapeEmitter.WriteFields(w, operation);
        }

        w.Line();
        w.Line($"private readonly {Runtime}.ConnectorInvoker invoker;");
        w.Line();
        WriteConstructor(w, connector, target.HasScopePolicy);
        foreach (var operation in connector.Operations)
        {
            w.Line();
            WriteOperation(w, connector, operation);
        }

        foreach (var member in connector.UnbuildableMembers)
        {
            w.Line();
            UnbuildableMemberEmitter.Write(w, connector, member);
        }

        w.Close();
        w.Line();
        WriteManifest(w, connector, access);
        if (BodyWriterEmitter.IsNeeded(connector))
        {
            w.Line();
            BodyWriterEmitter.Write(w, connector);
        }

        if (target.HasHttpClientFactory)
        {
            w.Line();
            ServiceRegistrationEmitter.Write(w, connector, access, target);
        }

        return GeneratedCode.End(w, connector.Namespace);
    }

    private static void WriteManifest(SourceWriter w, ConnectorSpec connector, string access)
    {
        var connectorName = System.Security.SecurityElement.Escape(GeneratedCode.Literal(connector.ConnectorName));
        w.Line($"/// <summary>The scope manifest of connector {connectorName}: grants, operations and the fields each projection reads (docs/manifest.md).</summary>");
        w.Line(GeneratedCode.Attribute);
        w.Open($"{access} static class {Parsing.ConnectorParser.BaseName(connector.InterfaceName)}Manifest");
        w.Line("/// <summary>The manifest as JSON, every list sorted so that it is the same on every build.</summary>");
        // A verbatim literal keeps the JSON readable in the generated file; the lines inside it are not indented.
        w.Line("public const string Json = @\"" + ManifestJson.ForConnector(connector).Replace("\"", "\"\"") + "\";");
        w.Close();
    }

    private static void WriteConstructor(SourceWriter w, ConnectorSpec connector, bool withScopePolicy)
    {
        w.Line("/// <summary>");
        w.Line("/// Creates the client. The HttpClient's BaseAddress, when set, stands in for the declared base URL only on the declared host or one in");
        w.Line("/// <see cref=\"global::SecureConnectors.ConnectorOptions.AllowedHosts\"/>. Its handler must not follow redirects itself: the client follows");
        w.Line("/// them, keeping the credential on its origin, and refuses a response that the handler reached by following one on its own.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"httpClient\">Sends the requests; build its handler with <c>AllowAutoRedirect = false</c> (the AddXxx registration does).</param>");
        w.Line("/// <param name=\"credentials\">Supplies a short-lived credential for each call.</param>");
        w.Line("/// <param name=\"audit\">Receives one event per call; null records nothing.</param>");
        w.Line("/// <param name=\"options\">Run-time settings; null uses the defaults.</param>");
        if (withScopePolicy)
        {
            w.Line("/// <param name=\"scopePolicy\">Narrows the granted scopes per tenant; null uses the compile-time grant.</param>");
        }

        w.Line("/// <param name=\"roles\">The roles of each call's actor, for [Roles] operations and restricted fields; null: the actor holds none.</param>");

        w.Line($"public {connector.ClientName}(");
        w.Line("    global::System.Net.Http.HttpClient httpClient,");
        w.Line("    global::SecureConnectors.ICredentialProvider credentials,");
        w.Line("    global::SecureConnectors.IConnectorAuditSink? audit = null,");
        if (withScopePolicy)
        {
            w.Line("    global::SecureConnectors.ConnectorOptions? options = null,");
            w.Line("    global::SecureConnectors.IScopePolicy? scopePolicy = null,");
        }
        else
        {
            w.Line("    global::SecureConnectors.ConnectorOptions? options = null,");
        }

        w.Line("    global::SecureConnectors.IActorRoleProvider? roles = null)");
        w.Open("");
        w.Line($"this.invoker = new {Runtime}.ConnectorInvoker(Connector, httpClient, credentials, audit, options{(withScopePolicy ? ", scopePolicy" : "")}, roles);");
        w.Close();
    }

    private static void WriteOperation(SourceWriter w, ConnectorSpec connector, OperationSpec operation)
    {
        var writers = BodyWriterEmitter.FullClassName(connector);
        var parameters = string.Join(", ", operation.Parameters.Select(p =>
            $"{p.TypeFullName} {GeneratedCode.Identifier(p.Name)}{(p.DefaultValueText is null ? "" : " = " + p.DefaultValueText)}"));
        w.Line($"/// <summary>{System.Security.SecurityElement.Escape(operation.HttpMethod + " " + operation.Route)}</summary>");
        w.Open($"public {operation.ReturnTypeFullName} {GeneratedCode.Identifier(operation.Name)}({parameters})");

        var headerParameters = operation.Parameters.Where(p => p.Role == ParameterRole.Header).ToList();
        var routeParameters = operation.RouteSegments.Where(segment => segment.IsParameter).Select(segment => operation.Parameters.First(p => p.Name == segment.Text)).ToList();
        if (headerParameters.Count > 0 || routeParameters.Any(p => p.Kind == ValueKind.Enum))
        {
            // A refused route or header value ("..", a line break, an unnamed enum value) never reaches the provider,
            // but it is still a call: audit it once.
            w.Line("string __path;");
            if (headerParameters.Count > 0)
            {
                w.Line("string?[] __headers;");
            }

            w.Open("try");
            w.Line($"__path = {PathExpression(operation, writers, refusedBy: null)};");
            if (headerParameters.Count > 0)
            {
                var pairs = headerParameters.Select(p =>
                    $"{GeneratedCode.Literal(p.HeaderName)}, {Values}.HeaderValue({GeneratedCode.Identifier(p.Name)}, {GeneratedCode.Literal(p.Name)})");
                w.Line($"__headers = new string?[] {{ {string.Join(", ", pairs)} }};");
            }

            w.Close();
            w.Open("catch (global::System.ArgumentException __refused)");
            w.Line($"throw this.invoker.Refuse({OperationField(operation)}, __refused);");
            w.Close();
        }
        else
        {
            // Only the escaping of a route value can refuse the call here; the invoker does it and audits the refusal,
            // which keeps a try/catch (costly to compile, one per operation) out of the generated code.
            w.Line($"var __path = {PathExpression(operation, writers, refusedBy: OperationField(operation))};");
        }

        var queryParameters = operation.Parameters.Where(p => p.Role == ParameterRole.Query).ToList();
        if (queryParameters.Count == 0)
        {
            w.Line($"{Runtime}.QueryBuilder? __query = null;");
        }
        else
        {
            w.Line($"var __query = new {Runtime}.QueryBuilder();");
            foreach (var parameter in queryParameters)
            {
                RequestValueEmitter.WriteQuery(w, parameter, writers);
            }
        }

        var (bodyStatement, mediaType) = BodyWriterEmitter.BodyStatement(connector, operation);
        w.Line(bodyStatement);
        var cancellation = operation.Parameters.FirstOrDefault(p => p.Role == ParameterRole.CancellationToken);
        var token = cancellation is null ? "global::System.Threading.CancellationToken.None" : GeneratedCode.Identifier(cancellation.Name);
        var call = OperationShapeEmitter.Call(operation, OperationField(operation), token, mediaType.Length == 0 ? null : mediaType.Substring(2), withHeaders: headerParameters.Count > 0);
        w.Line($"return {call};");
        w.Close();
    }

    // With refusedBy (the operation's field), the invoker escapes each route value and refuses the call itself;
    // without, the escaping throws and the caller's handler refuses it.
    private static string PathExpression(OperationSpec operation, string writers, string? refusedBy)
    {
        if (operation.RouteSegments.IsEmpty)
        {
            return "\"\"";
        }

        return string.Join(" + ", operation.RouteSegments.Select(segment =>
        {
            if (!segment.IsParameter)
            {
                return GeneratedCode.Literal(segment.Text);
            }

            var parameter = operation.Parameters.First(p => p.Name == segment.Text);
            var text = RequestValueEmitter.ParameterText(parameter, writers);
            if (refusedBy is not null)
            {
                var checkedBy = segment.IsCatchAll ? "RouteCatchAll" : "RouteSegment";
                return $"this.invoker.{checkedBy}({refusedBy}, {text}, {GeneratedCode.Literal(parameter.Name)})";
            }

            var escape = segment.IsCatchAll ? "EscapeCatchAll" : "EscapeRouteSegment";
            return $"{Values}.{escape}({text}, {GeneratedCode.Literal(parameter.Name)})";
        }));
    }

    // The last arguments of a definition, one per line, the last one closing the call.
    private static void WriteArguments(SourceWriter w, System.Collections.Generic.List<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            w.Line($"    {arguments[i]}{(i == arguments.Count - 1 ? ");" : ",")}");
        }
    }

    internal static string OperationField(OperationSpec operation) => operation.Name + "Operation";

    private static string StringArray(EquatableArray<string> values) =>
        values.IsEmpty ? "global::System.Array.Empty<string>()" : $"new string[] {{ {string.Join(", ", values.Select(GeneratedCode.Literal))} }}";
}
