using System.Linq;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>The dotted paths of response values an operation declares (ResultPath, NextCursorPath, HasMorePath).</summary>
internal static class JsonPaths
{
    /// <summary>Why <paramref name="path"/> is not a dotted path of property names, or null when it is.</summary>
    public static string? Error(string path, bool allowDots = true)
    {
        if (path.Length == 0)
        {
            return "it is empty";
        }

        var segments = path.Split('.');
        if (!allowDots && segments.Length > 1)
        {
            return "it names one property of the item, not a path";
        }

        if (segments.Any(s => s.Length == 0))
        {
            return "it has an empty segment";
        }

        if (segments.Any(s => s.Trim().Length != s.Length))
        {
            return "a segment starts or ends with white space";
        }

        if (segments.Any(s => s.IndexOfAny(new[] { '[', ']' }) >= 0))
        {
            return "it indexes an array; a path names properties only";
        }

        return null;
    }

    /// <summary>The error followed by what to write instead.</summary>
    public static string WithFix(string error) =>
        error + "; write the provider's JSON property names separated by single dots, e.g. \"data\" or \"paging.next.after\"";
}
