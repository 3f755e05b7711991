using System;
using System.Collections.Generic;

namespace SecureConnectors.Testing.Manifest;

/// <summary>A projection of the manifest: the resource it reads and the fields it reads, with their scopes.</summary>
internal sealed class DeclaredProjection
{
    public DeclaredProjection(string type, string resource, IReadOnlyList<DeclaredField> fields)
    {
        Type = type;
        Resource = resource;
        Fields = fields;
    }

    public string Type { get; }

    public string Resource { get; }

    public IReadOnlyList<DeclaredField> Fields { get; }

    /// <summary>The fields sent as <paramref name="sent"/> in the fields parameter (nested fields share their object's name).</summary>
    public IEnumerable<DeclaredField> FieldsSentAs(string sent)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Sent, sent, StringComparison.Ordinal))
            {
                yield return field;
            }
        }
    }
}

/// <summary>A field a projection reads: its path in the resource, the name sent for it, the scope it needs.</summary>
internal sealed class DeclaredField
{
    public DeclaredField(string path, string? sent, string? scope)
    {
        Path = path;
        Sent = sent;
        Scope = scope;
        var end = path.IndexOfAny(new[] { '.', '[' });
        TopLevelProperty = end < 0 ? path : path.Substring(0, end);
    }

    /// <summary>Dotted from the resource object, list items as <c>[]</c>: <c>owner.login</c>, <c>labels[].name</c>.</summary>
    public string Path { get; }

    /// <summary>The name sent in the fields parameter; null when the field is read without being asked for.</summary>
    public string? Sent { get; }

    public string? Scope { get; }

    /// <summary>The property of the resource object that holds the field (<c>owner</c> for <c>owner.login</c>).</summary>
    public string TopLevelProperty { get; }
}
