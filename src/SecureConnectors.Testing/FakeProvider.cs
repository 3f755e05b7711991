using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Testing.Answering;
using SecureConnectors.Testing.Manifest;

namespace SecureConnectors.Testing;

/// <summary>
/// An in-memory provider for tests: an <see cref="HttpMessageHandler"/> (no network) that answers the operations a
/// connector's generated manifest declares, with the data given to <see cref="AddResource"/>, as a provider that
/// enforces its token's scopes would. Give it to the client under test as <c>new HttpClient(fake)</c>; every request is
/// kept in <see cref="Requests"/> for <see cref="ConnectorAssert"/>.
/// </summary>
/// <remarks>
/// Answers, in this order: a host the manifest does not declare, 404; no credential header, 401; a method and path
/// that match no declared route (relative to the base path of the declared base URL), 404; an operation's
/// <c>requires</c> scope, or a requested field's scope, that <see cref="Grant"/> did not cover, 403. Otherwise a GET
/// returns the object whose <c>id</c> is the route's <c>{id}</c> (404 when there is none), the whole list for an
/// operation that returns a list, or the first object for one without <c>{id}</c>; POST answers 201 and PUT or PATCH
/// 200 with the JSON body sent (an empty object for another body), DELETE 204. Writes do not change the data.
/// An answer carries only the fields the request asked for in the fields parameter (all stored ones when it asked
/// none) and never a field whose scope is not granted.
/// </remarks>
public sealed partial class FakeProvider : HttpMessageHandler
{
    private readonly IReadOnlyList<DeclaredConnector> connectors;
    private readonly ResourceStore store = new();
    private readonly object gate = new();
    private readonly List<string> granted = new();
    private readonly List<RecordedRequest> requests = new();

    /// <summary>
    /// A provider for the connectors of <paramref name="manifestJson"/>: a connector's <c>XxxManifest.Json</c>, or an
    /// assembly's <c>&lt;Assembly&gt;.connectors.json</c> (every connector in it). Properties of later schema versions are
    /// ignored. Throws <see cref="ArgumentException"/> when the text is not a manifest.
    /// </summary>
    public FakeProvider(string manifestJson)
    {
        connectors = ManifestReader.Read(manifestJson);
    }

    /// <summary>
    /// The header that carries the credential, for every connector. Null (the default): each connector's manifest
    /// <c>authHeader</c> when the manifest says one, else <c>Authorization</c>; set it to the connector's <c>AuthHeader</c>
    /// (<c>X-Api-Key</c>) when the manifest does not say it.
    /// </summary>
    public string? CredentialHeader { get; set; }

    /// <summary>
    /// The query parameter that asks for fields, for every connector. Null (the default): each connector's manifest
    /// <c>fieldsParameter</c> when the manifest says one, else <c>fields</c>; set it to the connector's
    /// <c>FieldsParameter</c> (<c>$select</c>) when the manifest does not say it.
    /// </summary>
    public string? FieldsParameter { get; set; }

    /// <summary>
    /// For operations with page paging: the query parameter of the page number (default <c>page</c>). Any page after the
    /// first is empty, so a paged enumeration ends after the whole list.
    /// </summary>
    public string PageParameter { get; set; } = "page";

    /// <summary>Every request received, in arrival order; a snapshot, safe to read while calls are running.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return requests.ToArray();
            }
        }
    }

    /// <summary>Every host the manifest declares, for any connector.</summary>
    public IReadOnlyList<string> DeclaredHosts => connectors.SelectMany(c => c.Hosts).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    internal IReadOnlyList<DeclaredConnector> Connectors => connectors;

    /// <summary>
    /// Loads objects of <paramref name="resource"/> (the name in <c>[Resource("...")]</c>): <paramref name="json"/> is a
    /// JSON array of objects, each with a string or number <c>id</c>. Adds to what was loaded before.
    /// </summary>
    public FakeProvider AddResource(string resource, string json)
    {
        if (resource is null)
        {
            throw new ArgumentNullException(nameof(resource));
        }

        store.Add(resource, json ?? throw new ArgumentNullException(nameof(json)));
        return this;
    }

    /// <summary>
    /// What the test's credential may do: adds <paramref name="scopes"/> to the granted ones (none at first). A granted
    /// scope covers what the connector's manifest says it covers, and <c>x:write</c> covers <c>x:read</c>.
    /// </summary>
    public FakeProvider Grant(params string[] scopes)
    {
        if (scopes is null)
        {
            throw new ArgumentNullException(nameof(scopes));
        }

        lock (gate)
        {
            granted.AddRange(scopes.Where(s => !string.IsNullOrEmpty(s)));
        }

        return this;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var uri = request.RequestUri is { IsAbsoluteUri: true } absolute
            ? absolute
            : throw new InvalidOperationException("The request has no absolute URI: give the HttpClient a BaseAddress, or let the generated client use its BaseUrl.");
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
        var method = request.Method.Method.ToUpperInvariant();

        // Several connectors may share a host (another base path): the one whose route matches answers.
        var onHost = connectors.Where(c => c.DeclaresHost(uri.Host)).ToList();
        var match = onHost.Select(c => Match(c, method, uri)).FirstOrDefault(m => m is not null);
        var connector = match?.Operation.Connector ?? onHost.FirstOrDefault();

        // On an undeclared host the connector is unknown: any connector's credential header or fields parameter counts.
        var candidates = connector is null ? connectors : new[] { connector };
        var credentialHeaders = candidates.Select(CredentialHeaderOf).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var credential = credentialHeaders.Select(header => CredentialOf(request, header)).FirstOrDefault(value => value is not null);
        var requestedFields = RequestedFields(uri, candidates.Select(FieldsParameterOf).Distinct(StringComparer.Ordinal).ToList());
        var outcome = connector is null ? Answer.Status(HttpStatusCode.NotFound, $"The host '{uri.Host}' is not declared in the manifest.")
            : credential is null ? Answer.Status(HttpStatusCode.Unauthorized, $"No credential in the '{credentialHeaders[0]}' header.", match?.Operation)
            : match is null ? Answer.Status(HttpStatusCode.NotFound, $"No operation of '{connector.Name}' is declared for {method} {uri.AbsolutePath}.")
            : AnswerOperation(match.Operation, uri, match.RouteValues, body, requestedFields);

        lock (gate)
        {
            requests.Add(new RecordedRequest(
                method, uri, HeadersOf(request, connectors.Select(CredentialHeaderOf).ToList()), body, credential, connector?.Name,
                outcome.Operation?.Name, outcome.Operation?.Route, requestedFields, connector is not null, (int)outcome.StatusCode));
        }

        var response = new HttpResponseMessage(outcome.StatusCode) { RequestMessage = request };
        if (outcome.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Headers.WwwAuthenticate.ParseAdd("Bearer");
        }

        if (outcome.Json is not null)
        {
            response.Content = new StringContent(outcome.Json, Encoding.UTF8, "application/json");
        }

        return response;
    }

    // The declared operation for the method and the path relative to a base path of the host; null when none matches.
    private static RouteMatch? Match(DeclaredConnector connector, string method, Uri uri)
    {
        var path = uri.AbsolutePath;
        foreach (var basePath in connector.BasePathsFor(uri.Host))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = path.Substring(basePath.Length);
            foreach (var operation in connector.Operations)
            {
                if (operation.Method == method && operation.Template.Match(relative) is { } routeValues)
                {
                    return new RouteMatch(operation, routeValues);
                }
            }
        }

        return null;
    }

    private string CredentialHeaderOf(DeclaredConnector connector) => CredentialHeader ?? connector.AuthHeader ?? "Authorization";

    private string FieldsParameterOf(DeclaredConnector connector) => FieldsParameter ?? connector.FieldsParameter ?? "fields";

    private static string? CredentialOf(HttpRequestMessage request, string header)
    {
        if (!request.Headers.TryGetValues(header, out var values))
        {
            return null;
        }

        // Authorization needs a scheme and a value: "Bearer" alone authenticates nothing.
        var value = string.Join(",", values).Trim();
        var needsParameter = string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase);
        return value.Length == 0 || (needsParameter && value.IndexOf(' ') < 0) ? null : value;
    }

    // No credential value reaches the record's headers: every connector's credential header is redacted on every
    // request (a key sent in the wrong connector's header is still a key), and Authorization whatever the connectors use.
    private static IReadOnlyList<KeyValuePair<string, string>> HeadersOf(HttpRequestMessage request, List<string> credentialHeaders)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var all = request.Content is null ? request.Headers : request.Headers.Concat(request.Content.Headers);
        foreach (var header in all)
        {
            var redact = string.Equals(header.Key, "Authorization", StringComparison.OrdinalIgnoreCase)
                || credentialHeaders.Exists(name => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase));
            foreach (var value in header.Value)
            {
                headers.Add(new KeyValuePair<string, string>(header.Key, redact ? "***" : value));
            }
        }

        return headers;
    }

    // The names in every occurrence of the fields parameter, each unescaped (the client escapes each name, then joins them with ',').
    private static IReadOnlyList<string>? RequestedFields(Uri uri, List<string> fieldsParameters)
    {
        List<string>? fields = null;
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            var equals = pair.IndexOf('=');
            if (equals < 0 || !fieldsParameters.Contains(Uri.UnescapeDataString(pair.Substring(0, equals))))
            {
                continue;
            }

            fields ??= new List<string>();
            foreach (var name in pair.Substring(equals + 1).Split(','))
            {
                if (name.Length > 0)
                {
                    fields.Add(Uri.UnescapeDataString(name));
                }
            }
        }

        return fields;
    }

    private static IEnumerable<KeyValuePair<string, string>> QueryPairs(Uri uri)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }

            var equals = pair.IndexOf('=');
            yield return equals < 0
                ? new KeyValuePair<string, string>(Uri.UnescapeDataString(pair), "")
                : new KeyValuePair<string, string>(Uri.UnescapeDataString(pair.Substring(0, equals)), Uri.UnescapeDataString(pair.Substring(equals + 1)));
        }
    }

    private sealed class RouteMatch
    {
        public RouteMatch(DeclaredOperation operation, IReadOnlyDictionary<string, string> routeValues)
        {
            Operation = operation;
            RouteValues = routeValues;
        }

        public DeclaredOperation Operation { get; }

        public IReadOnlyDictionary<string, string> RouteValues { get; }
    }
}
