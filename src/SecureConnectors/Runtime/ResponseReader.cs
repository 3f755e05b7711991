using System.ComponentModel;
using System.Text.Json;

namespace SecureConnectors.Runtime;

/// <summary>
/// Reads one value from a response positioned on its first token, keeping only the fields whose bit is set in
/// <paramref name="fieldMask"/> (bit i: the projection's i-th field). Generated for each projection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T ResponseReader<T>(ref Utf8JsonReader reader, ulong fieldMask);
