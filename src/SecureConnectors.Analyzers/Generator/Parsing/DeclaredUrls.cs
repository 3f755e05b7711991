using System;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// The checks of a base URL that is called exactly as declared (a second host, a region): absolute https, no
/// user-info, query or fragment. The connector's own BaseUrl also accepts http (loopback development), checked where
/// it is read.
/// </summary>
internal static class DeclaredUrls
{
    /// <summary>What is wrong with <paramref name="url"/> as an https base address, or null when nothing is.</summary>
    public static string? HttpsError(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "BaseUrl is missing";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "https")
        {
            return $"BaseUrl '{url}' is not an absolute https URL";
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return "BaseUrl carries user-info, a query or a fragment; credentials come from the credential provider and queries from [Query] parameters";
        }

        return null;
    }

    /// <summary>The host of a URL that passed <see cref="HttpsError"/>, or "".</summary>
    public static string HostOf(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "";
}
