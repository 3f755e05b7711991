using System;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Credentials;

/// <summary>
/// Reads a token endpoint's answer (RFC 6749 sections 5.1 and 5.2): a bearer access token and its lifetime, or a
/// <see cref="CredentialException"/> that names the status and the error code, never the body, the token or the secret.
/// </summary>
internal static class TokenEndpointResponse
{
    // A token answer is a few kilobytes; a larger one is not read into memory.
    private const int MaxBodyBytes = 64 * 1024;

    public static async Task<IssuedToken> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var body = response.Content is null ? Array.Empty<byte>() : await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        JsonDocument? document = null;
        try
        {
            try
            {
                document = body.Length == 0 ? null : JsonDocument.Parse(body);
            }
            catch (JsonException)
            {
                document = null;
            }

            var root = document?.RootElement;
            var isObject = root is { ValueKind: JsonValueKind.Object };
            var error = isObject ? StringMember(root!.Value, "error") : null;
            if (status is < 200 or >= 300 || error is not null)
            {
                throw new CredentialException(
                    $"The token endpoint refused the client credentials request (HTTP {status}{(error is null ? "" : ", error '" + Printable(error) + "'")}).");
            }

            if (!isObject)
            {
                throw new CredentialException($"The token endpoint answered {status} without a JSON token response.");
            }

            var accessToken = StringMember(root!.Value, "access_token");
            if (string.IsNullOrEmpty(accessToken))
            {
                throw new CredentialException("The token endpoint's answer has no access_token.");
            }

            if (!string.Equals(StringMember(root.Value, "token_type"), "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw new CredentialException("The token endpoint's answer is not a bearer token (token_type must be 'Bearer').");
            }

            return new IssuedToken(new SecretString(accessToken!), Lifetime(root.Value));
        }
        finally
        {
            document?.Dispose();
        }
    }

    // expires_in is a number of seconds; some servers send it as a string. Absent: unknown (the provider assumes a short one).
    private static TimeSpan? Lifetime(JsonElement root)
    {
        if (!root.TryGetProperty("expires_in", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        long seconds = 0;
        var readable = value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt64(out seconds)
            : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
        if (!readable || seconds <= 0)
        {
            throw new CredentialException("The token endpoint's answer has an expires_in that is not a positive number of seconds.");
        }

        // Past int.MaxValue seconds (68 years) the expiry is as good as never; the client's lifetime limit refuses it anyway.
        return TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue));
    }

    private static string? StringMember(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The error code comes from the server: it goes into the message only when it looks like one (RFC 6749 codes are
    // short ASCII words), never as arbitrary text that could hold something echoed from the request.
    private static string Printable(string error)
    {
        if (error.Length is 0 or > 64)
        {
            return "(unreadable)";
        }

        foreach (var c in error)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.'))
            {
                return "(unreadable)";
            }
        }

        return error;
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new CredentialException($"The token endpoint's answer is larger than {MaxBodyBytes} bytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>An access token as the token endpoint issued it, with its lifetime when the answer stated one.</summary>
internal sealed class IssuedToken
{
    public IssuedToken(SecretString accessToken, TimeSpan? lifetime)
    {
        AccessToken = accessToken;
        Lifetime = lifetime;
    }

    public SecretString AccessToken { get; }

    public TimeSpan? Lifetime { get; }
}
