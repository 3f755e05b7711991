namespace SecureConnectors.Analyzers.Generator.Incrementality;

/// <summary>
/// 64-bit FNV-1a: the same input gives the same value in every process (unlike <c>string.GetHashCode</c>), and an
/// accidental collision between two versions of a file is as unlikely as the hash is wide.
/// </summary>
internal struct StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private ulong value;

    public readonly ulong Value => value;

    public static StableHash Create() => new() { value = Offset };

    public void Add(int number)
    {
        for (var shift = 0; shift < 32; shift += 8)
        {
            value = (value ^ (byte)(number >> shift)) * Prime;
        }
    }

    public void Add(string text)
    {
        Add(text.Length);
        foreach (var c in text)
        {
            value = (value ^ (byte)c) * Prime;
            value = (value ^ (byte)(c >> 8)) * Prime;
        }
    }
}
