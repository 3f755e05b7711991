using System;
using System.ComponentModel;
using System.Net;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// Where a provider reports errors inside a 2xx body, as declared with <see cref="ProviderErrorsAttribute"/>. Used by
/// generated code; the check reads only the two declared values and skips everything else unread.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ProviderErrorCheck
{
    private readonly string[] okPath;
    private readonly string[]? codePath;

    /// <summary>Creates the check for the dotted <paramref name="okPath"/> and, optionally, <paramref name="codePath"/>.</summary>
    public ProviderErrorCheck(string okPath, string? codePath)
    {
        this.okPath = Split(okPath ?? throw new ArgumentNullException(nameof(okPath)));
        this.codePath = codePath is null ? null : Split(codePath);
    }

    /// <summary>Throws <see cref="ProviderErrorException"/> when the flag at the ok path is <c>false</c>.</summary>
    internal void ThrowIfReported(ReadOnlySpan<byte> body, HttpStatusCode status, string what)
    {
        if (!JsonValueAt.TryFind(body, okPath, out var flag) || flag.TokenType != JsonTokenType.False)
        {
            return;
        }

        string? code = null;
        if (codePath is not null && JsonValueAt.TryFind(body, codePath, out var codeValue) && codeValue.TokenType == JsonTokenType.String)
        {
            code = codeValue.GetString();
        }

        // The code stays in its property: the message holds no response content.
        throw new ProviderErrorException($"{what}: the provider reported an error in a {(int)status} answer.", code, status);
    }

    private static string[] Split(string path) => path.Split('.');
}
