using System;
using System.ComponentModel;
using System.Text;

namespace SecureConnectors.Runtime;

/// <summary>
/// Collects <c>application/x-www-form-urlencoded</c> pairs with nested keys in brackets (<c>address[line1]</c>,
/// <c>items[0][price]</c>), as Stripe reads them. Generated form writers call it; null values never reach it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FormBodyWriter
{
    /// <summary>The media type of what this writer produces.</summary>
    public const string MediaType = "application/x-www-form-urlencoded";

    // Far deeper than any form a provider reads; reached only by an object graph that contains itself, which would
    // otherwise recurse until the stack overflows and takes the process with it.
    private const int MaxKeyLength = 2048;

    private readonly StringBuilder text = new();

    /// <summary>The key of a declared property under <paramref name="prefix"/> ("" at the top level).</summary>
    /// <remarks>Declared names keep their brackets readable (<c>expand[]</c>); everything else is escaped.</remarks>
    public static string Key(string prefix, string name)
    {
        EnsureShallow(prefix);
        var escaped = QueryBuilder.EscapeName(name);
        return prefix.Length == 0 ? escaped : prefix + "[" + escaped + "]";
    }

    /// <summary>
    /// The key of a dictionary entry under <paramref name="prefix"/>. The key is data, so it is escaped strictly: a
    /// '[' in it cannot open a nested key of its own.
    /// </summary>
    public static string EntryKey(string prefix, string key)
    {
        EnsureShallow(prefix);
        var escaped = Uri.EscapeDataString(key);
        return prefix.Length == 0 ? escaped : prefix + "[" + escaped + "]";
    }

    /// <summary>The key of the list item at <paramref name="index"/> under <paramref name="prefix"/>.</summary>
    public static string IndexKey(string prefix, int index)
    {
        EnsureShallow(prefix);
        return prefix + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>Adds <paramref name="key"/> (already escaped) = <paramref name="value"/> (escaped here).</summary>
    public void Add(string key, string value)
    {
        if (text.Length > 0)
        {
            text.Append('&');
        }

        text.Append(key).Append('=').Append(Uri.EscapeDataString(value));
    }

    /// <summary>The body as UTF-8 bytes.</summary>
    public byte[] ToArray() => Encoding.UTF8.GetBytes(text.ToString());

    private static void EnsureShallow(string prefix)
    {
        if (prefix.Length > MaxKeyLength)
        {
            throw new InvalidOperationException($"A form key grew past {MaxKeyLength} characters: the body's objects probably contain themselves.");
        }
    }

    /// <summary>The body as text.</summary>
    public override string ToString() => text.ToString();
}
