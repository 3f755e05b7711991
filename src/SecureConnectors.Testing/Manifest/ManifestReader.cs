using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SecureConnectors.Testing.Manifest;

/// <summary>
/// Reads a scope manifest (docs/manifest.md): a connector's own <c>XxxManifest.Json</c> or an assembly's
/// <c>&lt;Assembly&gt;.connectors.json</c>. Tolerant by design: unknown properties are ignored, so that a later schema
/// version that adds properties still loads; <c>hosts</c> is used when present, else <c>host</c>; the base URLs of
/// <c>regions</c> count as declared hosts and base paths.
/// </summary>
internal static class ManifestReader
{
    public static IReadOnlyList<DeclaredConnector> Read(string manifestJson)
    {
        if (manifestJson is null)
        {
            throw new ArgumentNullException(nameof(manifestJson));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(manifestJson);
        }
        catch (JsonException e)
        {
            throw new ArgumentException("The manifest is not JSON; pass a connector's XxxManifest.Json or an assembly's .connectors.json file.", nameof(manifestJson), e);
        }

        using (document)
        {
            var root = document.RootElement;
            var connectors = new List<DeclaredConnector>();
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("connectors", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    connectors.Add(ReadConnector(item));
                }
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("connector", out _))
            {
                connectors.Add(ReadConnector(root));
            }

            if (connectors.Count == 0)
            {
                throw new ArgumentException("The manifest declares no connector; pass a connector's XxxManifest.Json or an assembly's .connectors.json file.", nameof(manifestJson));
            }

            return connectors;
        }
    }

    private static DeclaredConnector ReadConnector(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("A connector of the manifest is not an object.");
        }

        var name = String(element, "connector") ?? throw new ArgumentException("A connector of the manifest has no 'connector' name.");
        var baseUrls = new List<Uri>();
        AddUrl(baseUrls, String(element, "baseUrl"));
        if (element.TryGetProperty("regions", out var regions))
        {
            foreach (var region in Items(regions))
            {
                AddUrl(baseUrls, region.ValueKind == JsonValueKind.String ? region.GetString() : String(region, "baseUrl") ?? String(region, "url"));
            }
        }

        var hosts = new List<string>();
        if (element.TryGetProperty("hosts", out var declaredHosts) && declaredHosts.ValueKind == JsonValueKind.Array)
        {
            foreach (var host in declaredHosts.EnumerateArray())
            {
                AddHost(hosts, host.ValueKind == JsonValueKind.String ? host.GetString() : String(host, "host"));
            }
        }
        else
        {
            AddHost(hosts, String(element, "host"));
        }

        foreach (var url in baseUrls)
        {
            AddHost(hosts, url.Host);
        }

        var coverage = new List<string>();
        if (element.TryGetProperty("scopeCoverage", out var pairs) && pairs.ValueKind == JsonValueKind.Array)
        {
            foreach (var pair in pairs.EnumerateArray())
            {
                if (String(pair, "scope") is { } scope && String(pair, "covers") is { } covers)
                {
                    coverage.Add(scope);
                    coverage.Add(covers);
                }
            }
        }

        var connector = new DeclaredConnector(name, hosts, baseUrls, coverage, String(element, "fieldsParameter"), String(element, "authHeader"));
        if (element.TryGetProperty("projections", out var projections) && projections.ValueKind == JsonValueKind.Array)
        {
            foreach (var projection in projections.EnumerateArray())
            {
                connector.Projections.Add(ReadProjection(projection));
            }
        }

        if (element.TryGetProperty("operations", out var operations) && operations.ValueKind == JsonValueKind.Array)
        {
            foreach (var operation in operations.EnumerateArray())
            {
                connector.Operations.Add(ReadOperation(connector, operation));
            }
        }

        // Most specific first: "employees/me" before "employees/{id}", a catch-all last.
        var ordered = connector.Operations.OrderBy(o => o.Template.Specificity).ToList();
        connector.Operations.Clear();
        connector.Operations.AddRange(ordered);
        return connector;
    }

    private static DeclaredOperation ReadOperation(DeclaredConnector connector, JsonElement element)
    {
        var name = String(element, "name") ?? throw new ArgumentException($"An operation of connector '{connector.Name}' has no name.");
        var operation = new DeclaredOperation(
            connector,
            name,
            (String(element, "method") ?? "GET").ToUpperInvariant(),
            String(element, "route") ?? "",
            Strings(element, "requires"),
            String(element, "projection"),
            element.TryGetProperty("returnsList", out var list) && list.ValueKind == JsonValueKind.True,
            String(element, "resultPath"),
            String(element, "paging"));
        foreach (var projection in connector.Projections)
        {
            if (string.Equals(projection.Type, operation.ProjectionType, StringComparison.Ordinal))
            {
                operation.Projection = projection;
            }
        }

        return operation;
    }

    private static DeclaredProjection ReadProjection(JsonElement element)
    {
        var fields = new List<DeclaredField>();
        if (element.TryGetProperty("fields", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var field in list.EnumerateArray())
            {
                if (String(field, "path") is { Length: > 0 } path)
                {
                    fields.Add(new DeclaredField(path, String(field, "sent"), String(field, "scope")));
                }
            }
        }

        return new DeclaredProjection(String(element, "type") ?? "", String(element, "resource") ?? "", fields);
    }

    // An array, or the values of an object keyed by name ({"eu": {"baseUrl": ...}}): either shape a schema may choose.
    private static IEnumerable<JsonElement> Items(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                yield return property.Value;
            }
        }
    }

    private static void AddUrl(List<Uri> urls, string? text)
    {
        if (text is { Length: > 0 } && Uri.TryCreate(text, UriKind.Absolute, out var url))
        {
            urls.Add(url);
        }
    }

    private static void AddHost(List<string> hosts, string? host)
    {
        if (host is { Length: > 0 } && !hosts.Exists(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase)))
        {
            hosts.Add(host);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string name)
    {
        var values = new List<string>();
        if (element.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var value in list.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    values.Add(text);
                }
            }
        }

        return values;
    }
}
