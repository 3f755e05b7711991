using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors;

namespace AotCheck;

public sealed class CustomerCreate
{
    public string? Email { get; init; }
    public Address? Address { get; init; }
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }
    public IReadOnlyList<LineItem>? Items { get; init; }
    public Tier? Tier { get; init; }
}

public sealed record Address(string? Line1, string? City);

public sealed record LineItem(string Price, int Quantity);

public enum Tier { [EnumMember(Value = "gold_plus")] GoldPlus, Basic }

public sealed class ContactPatch
{
    public string? FirstName { get; init; }
    public DateTimeOffset? LastContactedAt { get; init; }
    public Tier? Tier { get; init; }
    [JsonPropertyName("e-mail")] public string? Email { get; init; }
    public IReadOnlyList<int>? Tags { get; init; }
}

[Connector("aot-check", BaseUrl = "https://api.aot-check.example/", Naming = NamingPolicy.SnakeCase)]
[Grant("customers:write")]
public partial interface IAotCheck
{
    [Post("v1/customers")]
    [Requires("customers:write")]
    Task CreateCustomerAsync([Body(BodyFormat.Form)] CustomerCreate customer, CancellationToken cancellationToken = default);

    [Patch("contacts/{id}")]
    Task UpdateContactAsync(string id, [Body] ContactPatch patch, [Query("expand[]")] IEnumerable<string>? expand = null);
}

/// <summary>Publishes natively, sends one form and one JSON body to an in-process handler, and checks what was sent.</summary>
public static class Program
{
    public static async Task<int> Main()
    {
        var handler = new RecordingHandler();
        var client = new AotCheckClient(new HttpClient(handler), new FixedCredentials());

        await client.CreateCustomerAsync(new CustomerCreate
        {
            Email = "jenny@example.com",
            Address = new Address("510 Townsend St", null),
            Metadata = new Dictionary<string, string> { ["order_id"] = "6735" },
            Items = new[] { new LineItem("price_1", 2) },
            Tier = Tier.GoldPlus,
        });
        await client.UpdateContactAsync("c-1", new ContactPatch
        {
            FirstName = "Ada",
            LastContactedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
            Tier = Tier.Basic,
            Email = "ada@example.test",
            Tags = new[] { 1, 2 },
        }, new[] { "owner" });

        var expected = new[]
        {
            "POST https://api.aot-check.example/v1/customers application/x-www-form-urlencoded "
                + "email=jenny%40example.com&address[line1]=510%20Townsend%20St&metadata[order_id]=6735&items[0][price]=price_1&items[0][quantity]=2&tier=gold_plus",
            "PATCH https://api.aot-check.example/contacts/c-1?expand[]=owner application/json "
                + "{\"first_name\":\"Ada\",\"last_contacted_at\":\"2024-05-06T07:08:09+00:00\",\"tier\":\"Basic\",\"e-mail\":\"ada@example.test\",\"tags\":[1,2]}",
        };
        var ok = true;
        for (var i = 0; i < expected.Length; i++)
        {
            var actual = i < handler.Sent.Count ? handler.Sent[i] : "(nothing)";
            Console.WriteLine(actual);
            if (actual != expected[i])
            {
                Console.Error.WriteLine("expected: " + expected[i]);
                ok = false;
            }
        }

#if AOT_NEGATIVE_CHECK
        // Proves the check can fail: reflection-based serialization must stop the publish with IL2026/IL3050.
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new ContactPatch()));
#endif
        Console.WriteLine(ok ? "AOT check: ok" : "AOT check: FAILED");
        return ok ? 0 : 1;
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<string> Sent { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Sent.Add($"{request.Method} {request.RequestUri!.OriginalString} {request.Content?.Headers.ContentType?.MediaType} {body}");
            return new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
        }
    }

    private sealed class FixedCredentials : ICredentialProvider
    {
        public ValueTask<ConnectorCredential> GetCredentialAsync(CredentialRequest request, CancellationToken cancellationToken) =>
            new(ConnectorCredential.Bearer(new SecretString("not-a-real-token-0000"), DateTimeOffset.UtcNow.AddMinutes(5)));
    }
}
