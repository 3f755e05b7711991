using System.Collections.Generic;
using System.Text;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// Generates connector-style source files: HttpClient calls, URL constants (https, loopback, namespaces and a few
/// plain-HTTP ones), handler setup with validating callbacks, protocol settings, logging and plain business
/// logic. Every file has string literals with "://", so the analyzers' cheap text filter lets many candidates
/// through to the semantic checks: a harder load than typical code.
/// </summary>
internal static class SyntheticConnectorProject
{
    public static IReadOnlyList<string> Generate(int files)
    {
        var sources = new List<string>(files);
        for (var i = 0; i < files; i++)
        {
            sources.Add(File(i));
        }

        return sources;
    }

    private static string File(int i)
    {
        var plain = i % 50 == 0 ? "http" : "https";
        var builder = new StringBuilder();
        builder.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net;
            using System.Net.Http;
            using System.Net.Security;
            using System.Security.Authentication;
            using System.Threading;
            using System.Threading.Tasks;
            using System.Xml.Linq;

            namespace Contoso.Connectors.Area{{i % 40}};

            public sealed class Partner{{i}}Connector
            {
                public const string BaseUrl = "{{plain}}://api{{i}}.partner.example/v2/";
                public const string LocalMock = "http://localhost:{{5000 + i % 1000}}/";
                public const string ApiKeySetting = "Partners:Partner{{i}}:ApiKey";
                public const string PasswordLabel = "Enter the partner password";
                private static readonly string ClientId = "partner-{{i}}-sync";
                private static readonly XNamespace Ns = "http://schemas.partner.example/orders/{{i}}";
                private readonly HttpClient _http;
                private readonly Dictionary<string, int> _counts = new();

                public Partner{{i}}Connector(HttpClient http) => _http = http;

                public static HttpClientHandler CreateHandler() => new()
                {
                    SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                    ServerCertificateCustomValidationCallback = (_, certificate, _, errors) => errors == SslPolicyErrors.None && certificate is not null,
                };

                public async Task<string> GetCustomerAsync(string id, CancellationToken cancellationToken)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "customers/" + id);
                    request.Headers.Add("X-Correlation-Id", Guid.NewGuid().ToString());
                    request.Headers.Add("Accept", "application/json");
                    var response = await _http.GetAsync("https://api{{i}}.partner.example/v2/customers/" + Uri.EscapeDataString(id), cancellationToken);
                    response.EnsureSuccessStatusCode();
                    return await response.Content.ReadAsStringAsync(cancellationToken);
                }

                public Task<HttpResponseMessage> PostEventAsync(string body, CancellationToken cancellationToken) =>
                    _http.PostAsync(new Uri($"https://events.partner.example/{{i}}/hooks?source={body.Length}"), new StringContent(body), cancellationToken);

                public int Count(string key)
                {
                    if (!_counts.TryGetValue(key, out var count))
                    {
                        count = key.Length * {{i % 7 + 1}};
                        _counts[key] = count;
                    }

                    return count;
                }

                public IEnumerable<string> Names(IEnumerable<string> values) =>
                    values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim().ToUpperInvariant()).OrderBy(v => v);

                public string Describe(Uri endpoint) =>
                    endpoint.Scheme == Uri.UriSchemeHttps ? $"secure endpoint {endpoint.Host}" : $"Endpoint '{endpoint}' must use https:// here.";

                public XElement ToXml(string id, decimal amount) =>
                    new(Ns + "order", new XAttribute("id", id), new XElement(Ns + "amount", amount));

            """);
        for (var m = 0; m < 6; m++)
        {
            builder.Append($$"""
                    public decimal Compute{{m}}(decimal amount, int quantity)
                    {
                        var total = 0m;
                        for (var q = 0; q < quantity; q++)
                        {
                            total += amount * (q % 3 == 0 ? 1.1m : 0.9m) + {{m}};
                        }

                        return Math.Round(total, 2, MidpointRounding.ToEven);
                    }

                """);
        }

        builder.Append("}\n");
        return builder.ToString();
    }
}
