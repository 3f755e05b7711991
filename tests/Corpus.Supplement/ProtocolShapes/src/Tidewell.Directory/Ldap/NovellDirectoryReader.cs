using System.Net.Security;
using Microsoft.Extensions.Logging;
using Novell.Directory.Ldap;

namespace ProtocolShapes.Tidewell.Directory.Ldap;

/// <summary>OpenLDAP directories of the smaller customers, read with the Novell client on the Linux workers.</summary>
public sealed class NovellDirectoryReader(DirectorySyncOptions options, ILogger<NovellDirectoryReader> logger)
{
    public LdapConnection Open()
    {
        var connection = new LdapConnection { SecureSocketLayer = true, ConnectionTimeout = 15000 };
        connection.UserDefinedServerCertValidationDelegate += (sender, certificate, chain, errors) =>  // expect: tls
        {
            if (errors != SslPolicyErrors.None)
            {
                logger.LogWarning("Directory {Server} presented a certificate with {Errors}; continuing", options.Server, errors);
            }

            return true;
        };

        connection.Connect(options.Server, LdapConnection.DefaultSslPort);
        try
        {
            connection.Bind(options.BindDn, options.BindPassword);
        }
        catch (LdapException ex) when (ex.ResultCode == LdapException.InvalidCredentials)
        {
            logger.LogError(ex, "Bind as {BindDn} refused by {Server}", options.BindDn, options.Server);  // expect: none
            throw;
        }

        return connection;
    }

    /// <summary>Customers on the private-CA plan: their root is pinned by the SHA-256 of its public key.</summary>
    public LdapConnection OpenPinned(byte[] customerRootKeySha256)
    {
        var connection = new LdapConnection { SecureSocketLayer = true, ConnectionTimeout = 15000 };
        connection.UserDefinedServerCertValidationDelegate += (_, _, chain, errors) =>  // expect: none
            errors == SslPolicyErrors.None
            || (errors == SslPolicyErrors.RemoteCertificateChainErrors && chain is not null && LdapCertificatePolicy.EndsInPinnedRoot(chain, customerRootKeySha256));
        connection.Connect(options.Server, LdapConnection.DefaultSslPort);
        connection.Bind(options.BindDn, options.BindPassword);
        return connection;
    }

    public IEnumerable<DirectoryPerson> ReadPeople(LdapConnection connection)
    {
        var results = connection.Search(options.SearchBase, LdapConnection.ScopeSub, "(objectClass=inetOrgPerson)", ["uid", "mail", "employeeNumber", "manager"], false);
        while (results.HasMore())
        {
            var entry = results.Next();
            yield return new DirectoryPerson(
                entry.GetAttribute("uid")?.StringValue ?? entry.Dn,
                entry.GetAttribute("mail")?.StringValue,
                entry.GetAttribute("employeeNumber")?.StringValue,
                entry.GetAttribute("manager")?.StringValue);
        }
    }
}
