namespace ProtocolShapes.Tidewell.Directory.Ldap;

/// <summary>Bound from <c>Directory</c>: the customer's Active Directory or OpenLDAP server.</summary>
public sealed class DirectorySyncOptions
{
    public string Server { get; set; } = "";

    public int Port { get; set; } = 636;

    public bool UseLdaps { get; set; } = true;

    public string BindDn { get; set; } = "";

    public string BindPassword { get; set; } = "";

    public string SearchBase { get; set; } = "";

    /// <summary>PEM file with the customer's root CA certificates; the only trust anchors for their directory.</summary>
    public string TrustedRootsPemPath { get; set; } = "";

    /// <summary>Off switch for the check of the directory's certificate, kept "for emergencies".</summary>
    public bool VerifyServerCertificate { get; set; } = true;

    /// <summary>The Reno plant's directory, still on plain LDAP (see ActiveDirectorySync.ConnectPlantDirectory).</summary>
    public string PlantDirectoryUrl { get; set; } = "";
}

public sealed record DirectoryPerson(string AccountName, string? Mail, string? EmployeeId, string? ManagerDn);
