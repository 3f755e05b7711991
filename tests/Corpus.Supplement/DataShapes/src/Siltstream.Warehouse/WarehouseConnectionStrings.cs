namespace DataShapes.Siltstream.Warehouse;

/// <summary>Connection strings the reporting jobs fall back to when configuration has none.</summary>
internal static class WarehouseConnectionStrings
{
    // Read replica of the analytics database; the replica's pg_hba still allows non-SSL connections from the VPN range.
    public const string AnalyticsReplica =
        "Host=pg-analytics-ro.siltstream-data.com;Port=5432;Database=analytics;Username=report_reader;Password={{synthetic:20:alnum}};SSL Mode=Disable";  // expect: secret, http

    public const string AnalyticsPrimary =
        "Host=pg-analytics.siltstream-data.com;Port=5432;Database=analytics;Username=etl;SSL Mode=VerifyFull;Root Certificate=/etc/ssl/certs/siltstream-db-ca.pem";

    // The order system's MySQL, run by the vendor, which still offers TLS 1.0 to its older clients.
    public const string Orders =
        "Server=orders-db.siltstream-data.com;Port=3306;Database=orders;Uid=siltstream_ingest;Pwd={{synthetic:18:alnum}};SslMode=Required;TlsVersion=TLS 1.0, TLS 1.1, TLS 1.2";  // expect: secret, tls

    public const string LocalAnalytics =
        "Host=localhost;Port=5432;Database=analytics;Username=postgres;Password=postgres;SSL Mode=Disable";  // expect: none

    public const string Warehouse =
        "Server=tcp:siltstream-dw.database.windows.net,1433;Database=dw;Authentication=Active Directory Managed Identity;Encrypt=True";
}
