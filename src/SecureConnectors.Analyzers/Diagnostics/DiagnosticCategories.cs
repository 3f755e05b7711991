namespace SecureConnectors.Analyzers.Diagnostics;

/// <summary>Categories by rule family; the first digit of an ID names its family.</summary>
internal static class DiagnosticCategories
{
    public const string Secrets = "Secrets";       // SC1xxx
    public const string Transport = "Transport";   // SC2xxx
    public const string Scopes = "Scopes";         // SC3xxx
    public const string Connector = "Connector";   // SC4xxx
    public const string Audit = "Audit";           // SC5xxx
}
