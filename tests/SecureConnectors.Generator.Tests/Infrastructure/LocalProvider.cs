using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SecureConnectors.Generator.Tests.Infrastructure;

/// <summary>A real HTTP server on 127.0.0.1 (Kestrel) that records every request and answers as the test says.</summary>
internal sealed class LocalProvider : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalProvider(WebApplication app, Func<HttpContext, Task> respond)
    {
        this.app = app;
        Respond = respond;
    }

    public Func<HttpContext, Task> Respond { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The server's root, for example http://127.0.0.1:51234/.</summary>
    public Uri Root => new(app.Urls.First() + "/");

    public static async Task<LocalProvider> StartAsync(Func<HttpContext, Task>? respond = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new LocalProvider(app, respond ?? (context => Json(context, "{}")));
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            provider.Requests.Enqueue(new RecordedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body));
            await provider.Respond(context);
        });
        await app.StartAsync();
        return provider;
    }

    public static Task Json(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

internal sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
