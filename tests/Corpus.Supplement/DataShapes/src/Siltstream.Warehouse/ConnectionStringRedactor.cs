using System.Data.Common;

namespace DataShapes.Siltstream.Warehouse;

/// <summary>Masks the secret settings of a connection string before it is logged or shown.</summary>
public static class ConnectionStringRedactor
{
    private static readonly string[] SecretKeywords = ["Password", "Pwd", "AccountKey", "SharedAccessKey", "SharedAccessSignature"];  // expect: none

    public static string Redact(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var keyword in SecretKeywords)
        {
            if (builder.ContainsKey(keyword))
            {
                builder[keyword] = "***";
            }
        }

        return builder.ConnectionString;
    }
}
