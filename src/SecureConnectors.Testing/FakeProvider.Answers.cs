using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using SecureConnectors.Scopes;
using SecureConnectors.Testing.Answering;
using SecureConnectors.Testing.Manifest;

namespace SecureConnectors.Testing;

// How a request that matched a declared operation is answered: scopes, then the read or write answer.
public sealed partial class FakeProvider
{
    private Answer AnswerOperation(DeclaredOperation operation, Uri uri, IReadOnlyDictionary<string, string> routeValues, string? body, IReadOnlyList<string>? requestedFields)
    {
        HashSet<string> covered;
        lock (gate)
        {
            covered = ScopeCoverage.Closure(granted, operation.Connector.ScopeCoverage);
        }

        foreach (var scope in operation.Requires)
        {
            if (!ScopeCoverage.Covers(covered, scope))
            {
                return Answer.Status(HttpStatusCode.Forbidden, $"{operation.Name} needs scope '{scope}', which is not granted.", operation);
            }
        }

        var access = new FieldAccess(operation, requestedFields, covered);
        if (access.DeniedField is { } denied)
        {
            return Answer.Status(HttpStatusCode.Forbidden, $"Field '{denied}' needs scope '{access.DeniedScope}', which is not granted.", operation);
        }

        switch (operation.Method)
        {
            case "GET":
                return AnswerRead(operation, uri, routeValues, access);
            case "DELETE":
                return new Answer(HttpStatusCode.NoContent, null, operation);
            default:
                var echo = EchoOf(body);
                return new Answer(
                    operation.Method == "POST" ? HttpStatusCode.Created : HttpStatusCode.OK, AnswerWriter.Object(echo, access.Keeps, operation.ResultPath), operation);
        }
    }

    private Answer AnswerRead(DeclaredOperation operation, Uri uri, IReadOnlyDictionary<string, string> routeValues, FieldAccess access)
    {
        var items = store.Items(operation.Resource);
        if (operation.ReturnsList)
        {
            return new Answer(HttpStatusCode.OK, AnswerWriter.List(PageOf(operation, uri, items), access.Keeps, operation.ResultPath), operation);
        }

        JsonElement? found = null;
        if (routeValues.TryGetValue("id", out var id))
        {
            found = items.Where(item => string.Equals(ResourceStore.IdOf(item), id, StringComparison.Ordinal)).Cast<JsonElement?>().FirstOrDefault();
        }
        else if (items.Count > 0)
        {
            found = items[0];
        }

        return found is { } item
            ? new Answer(HttpStatusCode.OK, AnswerWriter.Object(item, access.Keeps, operation.ResultPath), operation)
            : Answer.Status(HttpStatusCode.NotFound, $"No '{operation.Resource}' object answers {operation.Name}.", operation);
    }

    // One page holds the whole list. Page paging: any page after the first is empty. Cursor paging: a query value that is
    // an item's id (Stripe's starting_after, a cursor taken from the last item) starts after that item.
    private IEnumerable<JsonElement> PageOf(DeclaredOperation operation, Uri uri, IReadOnlyList<JsonElement> items)
    {
        var query = QueryPairs(uri).ToList();
        if (operation.Paging == "page")
        {
            var number = query.Where(p => p.Key == PageParameter).Select(p => p.Value).FirstOrDefault();
            return number is null || number == "1" ? items : Array.Empty<JsonElement>();
        }

        if (operation.Paging == "cursor")
        {
            for (var i = 0; i < items.Count; i++)
            {
                var id = ResourceStore.IdOf(items[i]);
                if (query.Any(p => p.Key != FieldsParameterOf(operation.Connector) && p.Value == id))
                {
                    return items.Skip(i + 1);
                }
            }
        }

        return items;
    }

    private static JsonElement EchoOf(string? body)
    {
        if (!string.IsNullOrEmpty(body))
        {
            try
            {
                using var document = JsonDocument.Parse(body!);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // A form or text body: the answer is an empty object.
            }
        }

        using var empty = JsonDocument.Parse("{}");
        return empty.RootElement.Clone();
    }

    /// <summary>What the fake answers: a status, a JSON body or none, and the operation it matched.</summary>
    private sealed class Answer
    {
        public Answer(HttpStatusCode statusCode, string? json, DeclaredOperation? operation)
        {
            StatusCode = statusCode;
            Json = json;
            Operation = operation;
        }

        public HttpStatusCode StatusCode { get; }

        public string? Json { get; }

        public DeclaredOperation? Operation { get; }

        public static Answer Status(HttpStatusCode status, string message, DeclaredOperation? operation = null) =>
            new(status, AnswerWriter.Error(message), operation);
    }
}
