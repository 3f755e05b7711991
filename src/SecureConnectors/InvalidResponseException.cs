using System.ComponentModel;
using System.Globalization;

namespace SecureConnectors;

/// <summary>
/// A 2xx response that could not be read: malformed, of another shape, too large, or a value that does not fit its
/// property. Says where (<see cref="Path"/>, <see cref="Projection"/>, <see cref="Property"/>) and why, never the value:
/// responses hold personal data and exception messages end up in logs.
/// </summary>
/// <remarks>
/// Readers throw it with the path relative to the object they read; each enclosing reader (a nested object, a list
/// item, a result path) prepends its own segment with <see cref="PrependPath(string)"/> or
/// <see cref="PrependIndex(int)"/> and rethrows, so the caller sees the path from the response root.
/// </remarks>
public sealed class InvalidResponseException : ConnectorException
{
    private string? operation;

    /// <summary>Creates the exception for a response that cannot be read as a whole (not JSON, too large).</summary>
    public InvalidResponseException(string reason)
        : this(reason, null, null, "")
    {
    }

    /// <summary>Creates the exception for a value of a projection's property.</summary>
    /// <param name="reason">Why, without the value: "null for non-nullable string", "expected a number".</param>
    /// <param name="projection">The type name of the innermost projection being read.</param>
    /// <param name="property">The property of that projection.</param>
    /// <param name="path">The value's path relative to the object being read ("" for that object itself).</param>
    public InvalidResponseException(string reason, string? projection, string? property, string path)
        : base(reason)
    {
        Reason = reason;
        Projection = projection;
        Property = property;
        Path = path ?? "";
    }

    /// <summary>Why the value could not be read; never holds the value.</summary>
    public string Reason { get; }

    /// <summary>The type name of the innermost projection being read, when the failure is in one of its properties.</summary>
    public string? Projection { get; }

    /// <summary>The property of <see cref="Projection"/> being read.</summary>
    public string? Property { get; }

    /// <summary>Where in the response: dotted from the root, list indexes in brackets (<c>data[3].address.city</c>).</summary>
    public string Path { get; private set; }

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var where = Path.Length == 0 ? "the response" : $"'{Path}'";
            var property = Projection is null ? "" : $" ({Projection}.{Property})";
            var text = Projection is null && Path.Length == 0 ? Reason : $"{where}{property}: {Reason}";
            return operation is null ? text : $"{operation}: {text}";
        }
    }

    /// <summary>Puts a property name (or a dotted path) in front of <see cref="Path"/>: the object the value sits in.</summary>
    /// <returns>This exception, to rethrow with <c>throw;</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public InvalidResponseException PrependPath(string segment)
    {
        if (!string.IsNullOrEmpty(segment))
        {
            Path = Path.Length == 0 ? segment : Path[0] == '[' ? segment + Path : segment + "." + Path;
        }

        return this;
    }

    /// <summary>Puts a list index in front of <see cref="Path"/>: the item the value sits in.</summary>
    /// <returns>This exception, to rethrow with <c>throw;</c>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public InvalidResponseException PrependIndex(int index)
    {
        var item = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        Path = Path.Length == 0 || Path[0] == '[' ? item + Path : item + "." + Path;
        return this;
    }

    /// <summary>Puts <paramref name="segment"/> and a list index in front of <see cref="Path"/>: <c>labels[3].name</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public InvalidResponseException PrependItem(string segment, int index) => PrependIndex(index).PrependPath(segment);

    // The call ("Connector.Operation") the response belongs to; set once by the response reader.
    internal InvalidResponseException ForOperation(string what)
    {
        operation ??= what;
        return this;
    }
}
