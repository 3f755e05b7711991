using System;
using System.ComponentModel;
using System.Text;

namespace SecureConnectors.Runtime;

/// <summary>Collects escaped query parameters; null values are left out. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class QueryBuilder
{
    private readonly StringBuilder text = new();

    /// <summary>True when nothing was added.</summary>
    public bool IsEmpty => text.Length == 0;

    /// <summary>Adds <paramref name="name"/>=<paramref name="value"/>, both escaped; does nothing for a null value.</summary>
    public QueryBuilder Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        return AddRaw(EscapeName(name), Uri.EscapeDataString(value));
    }

    /// <summary>
    /// Adds <paramref name="name"/> once with the values joined by commas, each escaped (so a comma inside a value
    /// cannot split it); nulls are skipped, and nothing is added when no value is left.
    /// </summary>
    public QueryBuilder AddCsv(string name, System.Collections.Generic.IEnumerable<string?>? values)
    {
        if (values is null)
        {
            return this;
        }

        var joined = new StringBuilder();
        foreach (var value in values)
        {
            if (value is null)
            {
                continue;
            }

            if (joined.Length > 0)
            {
                joined.Append(',');
            }

            joined.Append(Uri.EscapeDataString(value));
        }

        return joined.Length == 0 ? this : AddRaw(EscapeName(name), joined.ToString());
    }

    /// <summary>
    /// Escapes a declared name (an attribute value, a property name), keeping '[' and ']' readable as Stripe's and
    /// Rails-style APIs write them (<c>expand[]</c>); servers read both forms the same.
    /// </summary>
    internal static string EscapeName(string name) =>
        Uri.EscapeDataString(name).Replace("%5B", "[").Replace("%5D", "]");

    /// <summary>Adds a parameter whose name and value are already escaped.</summary>
    internal QueryBuilder AddRaw(string escapedName, string escapedValue)
    {
        if (text.Length > 0)
        {
            text.Append('&');
        }

        text.Append(escapedName).Append('=').Append(escapedValue);
        return this;
    }

    /// <summary>A builder with the same parameters, to which each page of a paged operation adds its own.</summary>
    internal QueryBuilder Copy()
    {
        var copy = new QueryBuilder();
        copy.text.Append(text);
        return copy;
    }

    /// <summary>The query without its leading '?'.</summary>
    public override string ToString() => text.ToString();
}
