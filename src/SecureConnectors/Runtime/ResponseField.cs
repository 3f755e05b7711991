using System.ComponentModel;

namespace SecureConnectors.Runtime;

/// <summary>
/// Where a generated reader reads one value: the projection, its property and the value's path relative to the
/// object being read. One static instance per projected value, so a read error names its place without allocating
/// on the success path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ResponseField
{
    private ResponseField? item;

    /// <summary>Describes one projected value.</summary>
    public ResponseField(string projection, string property, string path)
    {
        Projection = projection;
        Property = property;
        Path = path;
    }

    /// <summary>The projection's type name.</summary>
    public string Projection { get; }

    /// <summary>The projection's property.</summary>
    public string Property { get; }

    /// <summary>The path of the value relative to the object the projection reads (dotted).</summary>
    public string Path { get; }

    /// <summary>The same field seen from inside one of its list items or map values: its path is relative to the item.</summary>
    public ResponseField Item => item ??= new ResponseField(Projection, Property, "");

    /// <summary>A read error at this field; <paramref name="reason"/> says why and never holds the value.</summary>
    public InvalidResponseException Error(string reason) => new(reason, Projection, Property, Path);
}
