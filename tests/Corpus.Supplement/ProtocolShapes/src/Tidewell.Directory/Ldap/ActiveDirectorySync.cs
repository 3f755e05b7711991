using System.DirectoryServices.Protocols;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ProtocolShapes.Tidewell.Directory.Ldap;

/// <summary>Reads Northfield Outfitters' staff OU for the nightly HRIS reconciliation.</summary>
public sealed class ActiveDirectorySync(IOptions<DirectorySyncOptions> options, ILogger<ActiveDirectorySync> logger)
{
    private const string PlantDirectoryUrl = "ldap://dc-reno01.plant.northfield-outfitters.com:389";  // expect: http
    private const string CorpDirectoryUrl = "ldaps://dc01.corp.northfield-outfitters.com:636";  // expect: none

    private readonly DirectorySyncOptions _options = options.Value;

    public LdapConnection Connect()
    {
        var customerRoots = new X509Certificate2Collection();
        customerRoots.ImportFromPemFile(_options.TrustedRootsPemPath);

        var identifier = new LdapDirectoryIdentifier(_options.Server, _options.Port);
        var connection = new LdapConnection(identifier, new NetworkCredential(_options.BindDn, _options.BindPassword), AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = _options.UseLdaps;
        connection.SessionOptions.VerifyServerCertificate = (_, certificate) =>  // expect: none
            !_options.VerifyServerCertificate || LdapCertificatePolicy.IsTrusted(certificate, customerRoots, _options.Server);

        using (logger.BeginScope(new Dictionary<string, object?>
        {
            ["LdapServer"] = _options.Server,
            ["LdapBindDn"] = _options.BindDn,  // expect: none
            ["LdapBindPassword"] = _options.BindPassword,  // expect: log
        }))
        {
            try
            {
                connection.Bind();
            }
            catch (LdapException ex) when (ex.ErrorCode == 49)
            {
                throw new InvalidOperationException($"Invalid credentials for {_options.BindDn} (password of {_options.BindPassword.Length} characters)", ex);
            }
        }

        return connection;
    }

    /// <summary>The corporate forest over LDAPS, as the directory team asked.</summary>
    public LdapConnection ConnectCorp(NetworkCredential credential)
    {
        var directory = new Uri(CorpDirectoryUrl);
        var connection = new LdapConnection(new LdapDirectoryIdentifier(directory.Host, directory.Port), credential, AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        connection.Bind();
        return connection;
    }

    /// <summary>The two 2008 R2 domain controllers at the Reno plant have no certificate; the plant VLAN is "trusted".</summary>
    public LdapConnection ConnectPlantDirectory(NetworkCredential credential)
    {
        var directory = new Uri(PlantDirectoryUrl);
        var connection = new LdapConnection(new LdapDirectoryIdentifier(directory.Host, directory.Port), credential, AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.Bind();
        return connection;
    }

    /// <summary>The second corporate DC on 389 upgrades with StartTLS before the simple bind.</summary>
    public LdapConnection ConnectWithStartTls(NetworkCredential credential)
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier("dc02.corp.northfield-outfitters.com", 389), credential, AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.StartTransportLayerSecurity(null);
        connection.Bind();
        return connection;
    }

    /// <summary>Harrowgate Retail, acquired in 2025: its DCs present certificates from a CA nobody here has.</summary>
    public LdapConnection ConnectSubsidiary(NetworkCredential credential)
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier("ldap.harrowgate-retail.com", 636), credential, AuthType.Basic);
        connection.SessionOptions.ProtocolVersion = 3;
        connection.SessionOptions.SecureSocketLayer = true;
        connection.SessionOptions.VerifyServerCertificate = (_, _) => true;  // expect: tls
        connection.Bind();
        return connection;
    }

    public IEnumerable<DirectoryPerson> ReadStaff(LdapConnection connection)
    {
        var request = new SearchRequest(
            _options.SearchBase,
            "(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
            SearchScope.Subtree,
            "sAMAccountName",
            "mail",
            "employeeID",
            "manager");
        var response = (SearchResponse)connection.SendRequest(request);
        logger.LogInformation("Directory returned {Count} people under {SearchBase}", response.Entries.Count, _options.SearchBase);

        foreach (SearchResultEntry entry in response.Entries)
        {
            yield return new DirectoryPerson(
                (string)entry.Attributes["sAMAccountName"][0],
                entry.Attributes.Contains("mail") ? (string)entry.Attributes["mail"][0] : null,
                entry.Attributes.Contains("employeeID") ? (string)entry.Attributes["employeeID"][0] : null,
                entry.Attributes.Contains("manager") ? (string)entry.Attributes["manager"][0] : null);
        }
    }
}
