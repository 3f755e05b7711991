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
