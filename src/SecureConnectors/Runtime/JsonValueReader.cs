using System.ComponentModel;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>Reads one value (a list item, a map value) the reader is on; errors name <paramref name="field"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonValueReader<T>(ref Utf8JsonReader reader, ResponseField field);
