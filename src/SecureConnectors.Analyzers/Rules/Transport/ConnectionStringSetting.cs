namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>A validation-disabling setting found in a connection string: its key as written and where its value word is.</summary>
internal readonly struct ConnectionStringSetting
{
    public ConnectionStringSetting(string key, int valueIndex, int valueLength, bool isTrustServerCertificate)
    {
        Key = key;
        ValueIndex = valueIndex;
        ValueLength = valueLength;
        IsTrustServerCertificate = isTrustServerCertificate;
    }

    public string Key { get; }

    public int ValueIndex { get; }

    public int ValueLength { get; }

    /// <summary>SQL Server's and Npgsql's keyword, which keeps its meaning in test code too.</summary>
    public bool IsTrustServerCertificate { get; }
}
