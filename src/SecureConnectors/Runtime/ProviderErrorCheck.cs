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
    private readonly string[]?[] targets;

    /// <summary>Creates the check for the dotted <paramref name="okPath"/> and, optionally, <paramref name="codePath"/>.</summary>
    public ProviderErrorCheck(string okPath, string? codePath)
    {
        targets = new[]
        {
            JsonPathWalker.Split(okPath ?? throw new ArgumentNullException(nameof(okPath))),
            codePath is null ? null : JsonPathWalker.Split(codePath),
        };
    }

    /// <summary>Throws <see cref="ProviderErrorException"/> when the flag at the ok path is <c>false</c>.</summary>
    internal void ThrowIfReported(ReadOnlySpan<byte> body, HttpStatusCode status, string what)
    {
        var reported = false;
        string? code = null;
        try
        {
            // One pass for both values; everything else is skipped unread.
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read())
            {
                return;
            }

            JsonPathWalker.Walk(ref reader, targets, (int target, ref Utf8JsonReader value) =>
            {
                if (target == 0)
                {
                    reported = value.TokenType == JsonTokenType.False;
                }
                else if (value.TokenType == JsonTokenType.String)
                {
                    code = value.GetString();
                }

                value.Skip();
            });
        }
        catch (JsonException)
        {
            // A malformed body is the reader's to report, as an invalid response.
            return;
        }

        if (reported)
        {
            // The code stays in its property: the message holds no response content.
            throw new ProviderErrorException($"{what}: the provider reported an error in a {(int)status} answer.", code, status);
        }
    }
}
