namespace TestShapes.Quillmere.Payroll.Http;

/// <summary>Credentials never leave this process over plain text; loopback is allowed for local development.</summary>
public static class HttpsOnlyGuard
{
    public static void EnsureHttps(Uri address)
    {
        if (address.Scheme == Uri.UriSchemeHttps || address.IsLoopback)
        {
            return;
        }

        throw new ArgumentException($"Refusing to send credentials over {address.Scheme} to {address.Host}.", nameof(address));
    }

    public static bool IsPlainText(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("ws://", StringComparison.OrdinalIgnoreCase);  // expect: none
}
