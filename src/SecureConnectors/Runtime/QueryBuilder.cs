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

        return AddRaw(Uri.EscapeDataString(name), Uri.EscapeDataString(value));
    }

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
