using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace SecureConnectors.Credentials;

/// <summary>
/// The client credentials token request (RFC 6749 section 4.4.2): a form POST with <c>grant_type</c>, the call's
/// scopes and the audience; the client authenticated with HTTP Basic (section 2.3.1) or, when asked, in the form.
/// </summary>
internal static class TokenEndpointRequest
{
    public static HttpRequestMessage Build(
        Uri endpoint, string clientId, SecretString clientSecret, string? audience, IReadOnlyList<string> scopes, string scopeSeparator, bool credentialsInBody)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };

        // No scope field when the call needs none: the server then applies the client's default (section 3.3).
        if (scopes.Count > 0)
        {
            form.Add(new("scope", string.Join(scopeSeparator, scopes)));
        }

        if (audience is not null)
        {
            form.Add(new("audience", audience));
        }

        var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (credentialsInBody)
        {
            form.Add(new("client_id", clientId));
            form.Add(new("client_secret", clientSecret.Reveal()));
        }
        else
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicValue(clientId, clientSecret));
        }

        request.Content = new FormUrlEncodedContent(form);
        return request;
    }

    /// <summary>
    /// Section 2.3.1: the id and the secret are each form-urlencoded before they are joined with ':' and base64-encoded,
    /// so a ':' or a non-ASCII character in either survives (servers decode them the same way).
    /// </summary>
    internal static string BasicValue(string clientId, SecretString clientSecret) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(FormEncode(clientId) + ":" + FormEncode(clientSecret.Reveal())));

    // application/x-www-form-urlencoded (Appendix B): percent-encoded UTF-8, a space as '+'.
    private static string FormEncode(string value) => Uri.EscapeDataString(value).Replace("%20", "+");
}
