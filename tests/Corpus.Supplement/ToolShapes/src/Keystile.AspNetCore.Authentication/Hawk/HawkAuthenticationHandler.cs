using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ToolShapes.Keystile.AspNetCore.Authentication.Hawk;

public sealed class HawkCredential
{
    public string Key { get; set; } = "";

    public string Algorithm { get; set; } = "sha256";
}

public sealed class HawkAuthenticationOptions : AuthenticationSchemeOptions
{
    public const string DefaultScheme = "Hawk";

    /// <summary>Credentials by Hawk id.</summary>
    public Dictionary<string, HawkCredential> Credentials { get; set; } = new(StringComparer.Ordinal);

    public int TimestampSkewSeconds { get; set; } = 60;
}

/// <summary>
/// Hawk-style HMAC request authentication: <c>Authorization: Hawk id="…", ts="…", nonce="…", hash="…", mac="…"</c>, the MAC
/// an HMAC-SHA256 over the normalized request string (timestamp, nonce, path and query, host, payload hash).
/// </summary>
public sealed class HawkAuthenticationHandler(IOptionsMonitor<HawkAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<HawkAuthenticationOptions>(options, logger, encoder)
{
    private static readonly ConcurrentDictionary<string, DateTimeOffset> SeenNonces = new();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Hawk ", StringComparison.Ordinal))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var attributes = Parse(header["Hawk ".Length..]);
        if (!attributes.TryGetValue("id", out var id) || !Options.Credentials.TryGetValue(id, out var credential))
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown Hawk id"));
        }

        if (!string.Equals(credential.Algorithm, "sha256", StringComparison.OrdinalIgnoreCase))  // expect: none
        {
            return Task.FromResult(AuthenticateResult.Fail("Unsupported Hawk algorithm"));
        }

        var ts = long.Parse(attributes["ts"], CultureInfo.InvariantCulture);
        var now = TimeProvider.GetUtcNow();
        if (Math.Abs(now.ToUnixTimeSeconds() - ts) > Options.TimestampSkewSeconds)
        {
            Logger.LogInformation("Stale Hawk timestamp {Timestamp} from {Id}", ts, id);
            return Task.FromResult(AuthenticateResult.Fail("Stale timestamp"));
        }

        if (!SeenNonces.TryAdd(id + ":" + attributes["nonce"], now))
        {
            return Task.FromResult(AuthenticateResult.Fail("Replayed nonce"));
        }

        var payloadHash = Request.Headers["X-Content-SHA256"].ToString();
        if (attributes.TryGetValue("hash", out var claimedHash) && payloadHash != claimedHash)  // expect: none
        {
            return Task.FromResult(AuthenticateResult.Fail("Payload hash mismatch"));
        }

        var normalized = string.Join('\n', "hawk.1.header", attributes["ts"], attributes["nonce"], Request.GetEncodedPathAndQuery(), Request.Headers["Host"].ToString(), claimedHash ?? "", "");
        using var hmac = new HMACSHA256(Convert.FromBase64String(credential.Key));
        var expectedMac = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(normalized)));
        if (expectedMac.Length != attributes["mac"].Length)
        {
            return Task.FromResult(AuthenticateResult.Fail("Bad mac"));
        }

        if (expectedMac != attributes["mac"])  // expect: timing
        {
            Logger.LogInformation("Bad Hawk mac from {Id}", id);
            return Task.FromResult(AuthenticateResult.Fail("Bad mac"));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), null, Scheme.Name)));
    }

    /// <summary>Checks a bewit (a pre-signed GET link) with a fixed-time comparison.</summary>
    public static bool BewitMatches(byte[] key, string resource, long expiry, string bewitMac)
    {
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"hawk.1.bewit\n{expiry}\n{resource}\n"));
        Span<byte> presented = stackalloc byte[32];
        return Convert.TryFromBase64String(bewitMac, presented, out var written)
            && written == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, presented[..written]);  // expect: none
    }

    private static Dictionary<string, string> Parse(string parameters) =>
        parameters.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('"'), StringComparer.Ordinal);
}
