using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AcmeHris;

/// <summary>
/// A stand-in for Acme HRIS on 127.0.0.1: it serves full employee records, personal and restricted fields included,
/// whatever the client asks for, the way many real providers do. It records the field list each request asked for.
/// </summary>
internal sealed class FakeHrisProvider : IAsyncDisposable
{
    private static readonly object[] Employees =
    {
        Record("e-1001", "Ada Lovelace", "Engineering", "ada@acme.example", "12 Example Row, London", "1815-12-10", "AB-00-00-01", 185000m, "GB00-SYNTHETIC-0001"),
        Record("e-1002", "Grace Hopper", "Engineering", "grace@acme.example", "1 Sample Street, Arlington", "1906-12-09", "AB-00-00-02", 192000m, "US00-SYNTHETIC-0002"),
        Record("e-1003", "Mary Jackson", "Research", "mary@acme.example", "7 Demo Avenue, Hampton", "1921-04-09", "AB-00-00-03", 171000m, "US00-SYNTHETIC-0003"),
    };

    private readonly WebApplication app;

    private FakeHrisProvider(WebApplication app)
    {
        this.app = app;
    }

    public ConcurrentQueue<string> RequestedFieldLists { get; } = new();

    /// <summary>The client id the fake's token endpoint accepts, and its secret: made up per run, never in code.</summary>
    public static string ClientId => "acme-sample";

    public static string ClientSecret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    /// <summary>The scope parameter of every token request, in order.</summary>
    public ConcurrentQueue<string> TokenScopes { get; } = new();

    /// <summary>Each payroll request as "region METHOD path?fields".</summary>
    public ConcurrentQueue<string> PayrollRequests { get; } = new();

    public Uri TokenEndpoint => new(app.Urls.First() + "/oauth/token");

    public Uri Root => new(app.Urls.First() + "/");

    public Uri BaseAddress => new(app.Urls.First() + "/v2/");

    /// <summary>Every field the provider serves: what a client without projections would receive and keep.</summary>
    public static string[] ServedFields { get; } = ((System.Collections.Generic.Dictionary<string, object>)Employees[0]).Keys.ToArray();

    public static async Task<FakeHrisProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeHrisProvider(app);
        app.MapGet("/v2/employees", (HttpContext context, string? department) =>
        {
            provider.Remember(context);
            var matching = Employees.Cast<System.Collections.Generic.Dictionary<string, object>>()
                .Where(e => department is null || (string)e["department"] == department);
            return Results.Json(matching);
        });
        app.MapGet("/v2/employees/{id}", (HttpContext context, string id) =>
        {
            provider.Remember(context);
            var employee = Employees.Cast<System.Collections.Generic.Dictionary<string, object>>().FirstOrDefault(e => (string)e["id"] == id);
            return employee is null ? Results.NotFound() : Results.Json(employee);
        });
        app.MapPost("/oauth/token", async (HttpContext context) =>
        {
            // RFC 6749 4.4: HTTP Basic client authentication, form body with grant_type and the scopes asked for.
            var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));
            var form = await context.Request.ReadFormAsync();
            if (context.Request.Headers.Authorization.ToString() != expected || form["grant_type"] != "client_credentials")
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            }

            provider.TokenScopes.Enqueue(form["scope"].ToString());
            var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
            return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = 900 });
        });
        app.MapGet("/{region}/v1/payslips/{id}", (HttpContext context, string region, string id) =>
        {
            provider.PayrollRequests.Enqueue($"{region} GET /v1/payslips/{id}?fields={context.Request.Query["fields"]}");
            return Results.Json(new { id, employeeId = "e-1001", period = "2026-11", gross = 15416.67m, bankAccount = "GB00-SYNTHETIC-0001" });
        });
        app.MapPost("/{region}/v1/payslips/{id}/void", (string region, string id) =>
        {
            provider.PayrollRequests.Enqueue($"{region} POST /v1/payslips/{id}/void");
            return Results.NoContent();
        });
        await app.StartAsync();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Remember(HttpContext context) => RequestedFieldLists.Enqueue(context.Request.Query["fields"].ToString());

    private static object Record(string id, string name, string department, string email, string address, string birthDate, string nationalId, decimal salary, string bankAccount) =>
        new System.Collections.Generic.Dictionary<string, object>
        {
            ["id"] = id,
            ["displayName"] = name,
            ["department"] = department,
            ["workEmail"] = email,
            ["homeAddress"] = address,
            ["birthDate"] = birthDate,
            ["nationalId"] = nationalId,
            ["salary"] = salary,
            ["bankAccount"] = bankAccount,
            ["hireDate"] = "2020-01-06T09:00:00+00:00",
            ["manager"] = new { id = "e-0001", displayName = "Charles Babbage" },
            ["emergencyContacts"] = new[] { new { name = "Synthetic Contact", phone = "+00 0000 000000" } },
        };
}
