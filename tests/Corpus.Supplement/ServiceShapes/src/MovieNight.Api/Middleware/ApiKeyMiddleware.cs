using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace MovieNight.Api.Middleware;

/// <summary>Protects /api/admin with an X-Api-Key header (from the "API key authentication in ASP.NET Core" tutorial).</summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private const string ApiKeyHeaderName = "X-Api-Key";  // expect: none

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api/admin"))
        {
            await next(context);
            return;
        }

        if (!context.Request.Headers.TryGetValue(ApiKeyHeaderName, out var extractedApiKey))
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("Api Key was not provided.");
            return;
        }

        var apiKey = configuration.GetValue<string>("AdminApiKey");
        if (!apiKey!.Equals(extractedApiKey))  // expect: timing
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("Unauthorized client.");
            return;
        }

        await next(context);
    }
}
