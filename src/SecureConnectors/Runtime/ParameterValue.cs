using System;
using System.ComponentModel;
using System.Globalization;

namespace SecureConnectors.Runtime;

/// <summary>
/// Formats route and query values the same way on every machine (invariant culture, round-trip dates) and escapes
/// route segments. Used by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParameterValue
{
    /// <summary>The string itself.</summary>
    public static string? Format(string? value) => value;

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Invariant digits.</summary>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Invariant digits.</summary>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Invariant round-trip text.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Invariant text.</summary>
    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 'D' form (hyphens, no braces).</summary>
    public static string Format(Guid value) => value.ToString("D");

    /// <summary>ISO 8601 round-trip form.</summary>
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 round-trip form.</summary>
    public static string Format(DateTime value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A per-call header value: null leaves the header out; control characters are refused before anything is sent.</summary>
    public static string? HeaderValue(string? value, string parameterName)
    {
        if (value is not null)
        {
            RequestHeaders.EnsureSendable(value, parameterName);
        }

        return value;
    }

    /// <summary>The address as it was given.</summary>
    public static string? Format(Uri? value) => value?.OriginalString;

    /// <summary>
    /// Escapes a catch-all route value (<c>{**path}</c>) segment by segment, keeping the '/' between segments. An empty
    /// value is allowed (a repository root); null, and an empty, '.' or '..' segment inside it, are refused: they would
    /// climb or drop a segment and reach another resource than the route names.
    /// </summary>
    public static string EscapeCatchAll(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, "A route value cannot be null.");
        }

        if (value.Length == 0)
        {
            return "";
        }

        var segments = value.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                throw new ArgumentException("A path value cannot have an empty, '.' or '..' segment.", parameterName);
            }

            segments[i] = Uri.EscapeDataString(segment);
        }

        return string.Join("/", segments);
    }

    /// <summary>
    /// Escapes a value for one route segment. Null, empty, "." and ".." are refused: they would drop or climb a
    /// segment and reach another resource than the route names.
    /// </summary>
    public static string EscapeRouteSegment(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, "A route value cannot be null.");
        }

        if (value.Length == 0 || value == "." || value == "..")
        {
            throw new ArgumentException("A route value cannot be empty, '.' or '..'.", parameterName);
        }

        return Uri.EscapeDataString(value);
    }
}
