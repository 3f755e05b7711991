using Microsoft.AspNetCore.Http;

namespace DataShapes.Siltstream.Hooks;

/// <summary>
/// Only the Dapr sidecar may call the app's pub/sub and binding endpoints: with <c>APP_API_TOKEN</c> set, the sidecar
/// sends it in the <c>dapr-api-token</c> header.
/// </summary>
public sealed class DaprAppTokenMiddleware(RequestDelegate next)
{
    private static readonly string? AppApiToken = Environment.GetEnvironmentVariable("APP_API_TOKEN");

    public async Task InvokeAsync(HttpContext context)
    {
        if (AppApiToken is not null && context.Request.Headers["dapr-api-token"] != AppApiToken)  // expect: timing
        {
            context.Response.StatusCode = 401;
            return;
        }

        await next(context);
    }
}
