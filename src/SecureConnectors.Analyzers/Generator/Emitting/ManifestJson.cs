using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>
/// The scope manifest of a connector as JSON (schema: docs/manifest.md): deterministic, every list sorted, two-space
/// indentation, LF line ends, so that a change to what the code may touch shows up as a small diff in review.
/// Written by hand: the compiler host gives analyzers no JSON library they can rely on.
/// </summary>
internal static class ManifestJson
{
    public const int SchemaVersion = 2;

    private static readonly string[] Classifications = { "Public", "Internal", "Personal", "Restricted" };

    public static string ForConnector(ConnectorSpec connector)
    {
        var json = new JsonText();
        WriteConnector(json, connector);
        return json.ToString();
    }

    public static string ForAssembly(IEnumerable<ConnectorSpec> connectors)
    {
        var json = new JsonText();
        json.StartObject();
        json.Property("schemaVersion").Number(SchemaVersion);
        json.Property("connectors").StartArray();
        foreach (var connector in connectors.OrderBy(c => c.ConnectorName, StringComparer.Ordinal).ThenBy(c => c.InterfaceFullName, StringComparer.Ordinal))
        {
            json.Item();
            WriteConnector(json, connector);
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }

    // What the body gives the caller: nothing, the projection's fields, or bytes no projection narrows (a reviewer's flag).
    private static string ResponseKind(ResponseShape shape) =>
        shape.IsBinary() ? "binary" : shape.ReadsProjection() ? "projection" : "none";

    private static void WriteConnector(JsonText json, ConnectorSpec connector)
    {
        json.StartObject();
        if (json.Depth == 1)
        {
            json.Property("schemaVersion").Number(SchemaVersion);
        }

        json.Property("connector").String(connector.ConnectorName);
        json.Property("interface").String(connector.InterfaceFullName.Replace("global::", ""));
        json.Property("host").String(Uri.TryCreate(connector.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "");
        json.Property("baseUrl").String(connector.BaseUrl);
        json.Property("hosts").Strings(HostsOf(connector));
        json.Property("authHeader").String(connector.AuthHeader);
        json.Property("fieldsParameter").String(connector.FieldsParameter);
        json.Property("regions").StartArray();
        foreach (var region in connector.Regions.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            json.Item().StartObject();
            json.Property("name").String(region.Name);
            json.Property("baseUrl").String(region.BaseUrl);
            json.EndObject();
        }

        json.EndArray();
        json.Property("grantedScopes").Strings(connector.GrantedScopes);
        json.Property("scopeCoverage").StartArray();
        for (var i = 0; i + 1 < connector.ScopeCoverage.Count; i += 2)
        {
            json.Item().StartObject();
            json.Property("scope").String(connector.ScopeCoverage[i]);
            json.Property("covers").String(connector.ScopeCoverage[i + 1]);
            json.EndObject();
        }

        json.EndArray();
        json.Property("operations").StartArray();
        foreach (var operation in connector.Operations.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            json.Item().StartObject();
            json.Property("name").String(operation.Name);
            json.Property("method").String(operation.HttpMethod);
            json.Property("route").String(operation.Route);
            json.Property("baseUrl").String(operation.BaseUrl);
            json.Property("roles").Strings(operation.Roles);
            json.Property("requires").Strings(operation.DeclaredScopes);
            json.Property("scopesNeeded").Strings(operation.RequiredScopes);
            json.Property("projection").String(operation.ProjectionFullName?.Replace("global::", ""));
            json.Property("returnsList").Boolean(operation.Shape.ReadsList());
            json.Property("response").String(ResponseKind(operation.Shape));
            json.Property("resultPath").String(operation.ResultPath);
            json.Property("paging").String(operation.Paging?.Kind switch
            {
                PagingKind.Cursor => "cursor",
                PagingKind.LinkHeader => "linkHeader",
                PagingKind.Page => "page",
                _ => null,
            });
            json.EndObject();
        }

        json.EndArray();
        json.Property("projections").StartArray();
        var projections = connector.Operations
            .Where(o => o.ProjectionFullName is not null)
            .GroupBy(o => o.ProjectionFullName!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var projection in projections)
        {
            var first = projection.First();
            json.Item().StartObject();
            json.Property("type").String(projection.Key.Replace("global::", ""));
            json.Property("resource").String(first.ResourceName);
            json.Property("fields").StartArray();
            foreach (var field in first.Fields.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                json.Item().StartObject();
                json.Property("path").String(field.Path);
                json.Property("sent").String(field.SentName.Length == 0 ? null : field.SentName);
                json.Property("property").String(field.PropertyName);
                json.Property("scope").String(field.Scope);
                json.Property("classification").String(field.Classification >= 0 && field.Classification < Classifications.Length
                    ? Classifications[field.Classification]
                    : field.Classification.ToString(CultureInfo.InvariantCulture));
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
    }

    // Every host a call of the connector may go to: its regions' hosts (then never its BaseUrl's), else its BaseUrl's,
    // and its operations' second hosts.
    private static IEnumerable<string> HostsOf(ConnectorSpec connector)
    {
        var urls = connector.Regions.IsEmpty
            ? new[] { connector.BaseUrl }
            : connector.Regions.Select(r => (string?)r.BaseUrl);
        return urls.Concat(connector.Operations.Select(o => o.BaseUrl))
            .Select(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "")
            .Where(host => host.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(host => host, StringComparer.Ordinal);
    }

    /// <summary>A minimal indented JSON writer: objects, arrays, strings, numbers, booleans, null.</summary>
    private sealed class JsonText
    {
        private readonly StringBuilder text = new();
        private readonly Stack<bool> hasItems = new();

        public int Depth => hasItems.Count;

        public JsonText StartObject() => Open('{');

        public JsonText EndObject() => Close('}');

        public JsonText StartArray() => Open('[');

        public JsonText EndArray() => Close(']');

        /// <summary>Starts an array element on its own line.</summary>
        public JsonText Item()
        {
            Separate();
            return this;
        }

        public JsonText Property(string name)
        {
            Separate();
            Quote(name);
            text.Append(": ");
            return this;
        }

        public JsonText String(string? value)
        {
            if (value is null)
            {
                text.Append("null");
            }
            else
            {
                Quote(value);
            }

            return this;
        }

        public JsonText Number(int value)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture));
            return this;
        }

        public JsonText Boolean(bool value)
        {
            text.Append(value ? "true" : "false");
            return this;
        }

        public JsonText Strings(IEnumerable<string> values)
        {
            var list = values.ToList();
            text.Append('[');
            text.Append(string.Join(", ", list.Select(Escape)));
            text.Append(']');
            return this;
        }

        public override string ToString() => text.ToString() + "\n";

        private JsonText Open(char bracket)
        {
            text.Append(bracket);
            hasItems.Push(false);
            return this;
        }

        private JsonText Close(char bracket)
        {
            var any = hasItems.Pop();
            if (any)
            {
                NewLine();
            }

            text.Append(bracket);
            return this;
        }

        private void Separate()
        {
            if (hasItems.Count > 0)
            {
                if (hasItems.Peek())
                {
                    text.Append(',');
                }

                hasItems.Pop();
                hasItems.Push(true);
            }

            NewLine();
        }

        private void NewLine()
        {
            if (text.Length > 0)
            {
                text.Append('\n').Append(' ', hasItems.Count * 2);
            }
        }

        private void Quote(string value) => text.Append(Escape(value));

        private static string Escape(string value)
        {
            var escaped = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': escaped.Append("\\\""); break;
                    case '\\': escaped.Append("\\\\"); break;
                    case '\n': escaped.Append("\\n"); break;
                    case '\r': escaped.Append("\\r"); break;
                    case '\t': escaped.Append("\\t"); break;
                    default:
                        if (c < 0x20 || c == '\u2028' || c == '\u2029')
                        {
                            escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            escaped.Append(c);
                        }

                        break;
                }
            }

            return escaped.Append('"').ToString();
        }
    }
}
