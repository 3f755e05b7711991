using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TestShapes.Quillmere.Payroll.Api;

public sealed class PartnerAccessOptions
{
    public const string SectionName = "PartnerAccess";

    /// <summary>Keys issued to integration partners (bound from configuration, one per partner).</summary>
    public List<string> PartnerApiKeys { get; set; } = [];

    /// <summary>SHA-256 (hex) of keys revoked before their expiry.</summary>
    public HashSet<string> RevokedKeyHashes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The support team's break-glass token for the /partner/admin endpoints.</summary>
    public string AdminToken { get; set; } = "";
}

internal static partial class PartnerKeyLog
{
    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Rejected partner key {PresentedApiKey} on {Path}")]
    public static partial void RejectedKey(ILogger logger, string presentedApiKey, string path);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Warning, Message = "Revoked partner key ending {KeySuffix} used on {Path}")]
    public static partial void RevokedKey(ILogger logger, string keySuffix, string path);
}

/// <summary>Authenticates partner calls by the X-Quillmere-Partner-Key header.</summary>
public sealed class PartnerKeyMiddleware(RequestDelegate next, IOptions<PartnerAccessOptions> options, ILogger<PartnerKeyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (!context.Request.Path.StartsWithSegments("/partner"))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/partner/admin"))
        {
            var presentedAdminToken = context.Request.Headers["X-Quillmere-Admin-Token"].ToString();
            if (presentedAdminToken != options.Value.AdminToken)  // expect: timing
            {
                logger.LogWarning("Admin token {PresentedAdminToken} refused on {Path}", presentedAdminToken, path);  // expect: log
                context.Response.StatusCode = 401;
                return;
            }

            await next(context);
            return;
        }

        var presentedApiKey = context.Request.Headers["X-Quillmere-Partner-Key"].ToString();
        if (presentedApiKey.Length == 0)
        {
            context.Response.StatusCode = 401;
            return;
        }

        if (options.Value.RevokedKeyHashes.Contains(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presentedApiKey)))))  // expect: none
        {
            PartnerKeyLog.RevokedKey(logger, presentedApiKey[^4..], path);  // expect: none
            context.Response.StatusCode = 401;
            return;
        }

        if (!options.Value.PartnerApiKeys.Contains(presentedApiKey))  // expect: timing
        {
            PartnerKeyLog.RejectedKey(logger, presentedApiKey, path);  // expect: log
            context.Response.StatusCode = 401;
            return;
        }

        await next(context);
    }
}
