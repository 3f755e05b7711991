using System;
using System.Collections.Generic;

namespace SecureConnectors;

/// <summary>
/// Where and how <see cref="ClientCredentialsProvider"/> asks for tokens (OAuth 2.0 client credentials, RFC 6749
/// section 4.4). The provider copies these values when it is built; later changes do not reach it.
/// </summary>
public sealed class ClientCredentialsOptions
{
    /// <summary>
    /// The authorization server's token endpoint. Required: absolute, https (plain http only to loopback with
    /// <see cref="AllowLoopbackHttp"/>), without user-info.
    /// </summary>
    public Uri TokenEndpoint { get; set; } = null!;

    /// <summary>The client identifier. Required.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The client secret. Required; read from a vault or configuration, never written in code.</summary>
    public SecretString ClientSecret { get; set; } = new("");

    /// <summary>Sent as the form field <c>audience</c> when set (Auth0 and others name the API a token is for this way).</summary>
    public string? Audience { get; set; }

    /// <summary>Joins the call's scopes in the <c>scope</c> field: a space (RFC 6749 section 3.3) unless the server wants another.</summary>
    public string ScopeSeparator { get; set; } = " ";

    /// <summary>Allows a plain http token endpoint on a loopback address (a local test server). Off by default; never allows remote http.</summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>
    /// Sends <c>client_id</c> and <c>client_secret</c> as form fields instead of HTTP Basic authentication. Off by default:
    /// RFC 6749 section 2.3.1 prefers Basic, and a body is what a handler that follows a 307 sends on.
    /// </summary>
    public bool SendClientCredentialsInBody { get; set; }

    /// <summary>The problems that make these options unusable, one sentence each; never the secret. Empty when usable.</summary>
    internal IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TokenEndpoint is null || !TokenEndpoint.IsAbsoluteUri)
        {
            problems.Add("ClientCredentialsOptions.TokenEndpoint must be an absolute URI.");
        }
        else
        {
            if (TokenEndpoint.UserInfo.Length > 0)
            {
                problems.Add("ClientCredentialsOptions.TokenEndpoint must not carry user-info: set ClientId and ClientSecret.");
            }

            if (!TransportGuard.IsAllowed(TokenEndpoint, AllowLoopbackHttp))
            {
                problems.Add("ClientCredentialsOptions.TokenEndpoint must be https (plain http only to loopback, with AllowLoopbackHttp).");
            }
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            problems.Add("ClientCredentialsOptions.ClientId must not be empty.");
        }

        if (ClientSecret is null || ClientSecret.IsEmpty)
        {
            problems.Add("ClientCredentialsOptions.ClientSecret must not be empty.");
        }

        if (string.IsNullOrEmpty(ScopeSeparator))
        {
            problems.Add("ClientCredentialsOptions.ScopeSeparator must not be empty.");
        }

        return problems;
    }
}
