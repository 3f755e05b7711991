using System;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Whether a connection string names a remote server: the hosts of a URI's authority
/// (<c>mongodb://user:pw@routes-0.internal:27017,routes-1.internal/</c>) or of an ADO.NET server keyword
/// (<c>Server=tcp:sql.contoso.com,1433</c>, <c>Host=db1.contoso.com,db2.contoso.com</c>, <c>Data Source=...</c>) or
/// before a StackExchange.Redis configuration's first option (<c>cache.contoso.com:6380,ssl=false</c>), or an Azure
/// Storage account's endpoints (<c>AccountName=ledgerraw</c>: <c>ledgerraw.core.windows.net</c>),
/// judged as <see cref="HostClassifier"/> judges a URL's host. <c>localhost</c>, <c>(localdb)\MSSQLLocalDB</c>,
/// <c>.</c> and a container's one-label service name (<c>sqlserver</c>) are not remote: configuration files point
/// at such development servers most of the time, and no remote server is at stake there.
/// </summary>
internal static class ConnectionStringHosts
{
    private static readonly char[] AuthorityEnds = { '/', '?', '#' };

    private static readonly string[] ServerKeys = { "server", "datasource", "host", "hostname", "address", "addr", "networkaddress" };

    public static bool NamesRemoteHost(string text) => FirstRemoteHost(text) is not null;

    /// <summary>
    /// Whether every server the connection string names is this machine: it names <c>localhost</c>, a loopback address or
    /// <c>(localdb)</c>, no remote host, and has no hole (an interpolated part could name any server).
    /// </summary>
    public static bool NamesOnlyThisMachine(string text, char hole)
    {
        if (text.IndexOf(hole) >= 0 || NamesRemoteHost(text))
        {
            return false;
        }

        foreach (var local in LocalServerNames)
        {
            if (text.IndexOf(local, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LocalServerNames = { "localhost", "127.0.0.1", "[::1]", "(localdb)" };

    /// <summary>The first remote host the connection string names, lower-cased; null when it names none.</summary>
    public static string? FirstRemoteHost(string text)
    {
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            return AuthorityRemoteHost(text, scheme + 3);
        }

        // StackExchange.Redis: "cache.contoso.com:6380,password=...,ssl=false", the hosts before the first option.
        var firstComma = text.IndexOf(',');
        if (text.IndexOf(';') < 0 && firstComma > 0 && text.IndexOf('=', 0, firstComma) < 0)
        {
            return ListRemoteHost(text.Substring(0, firstComma));
        }

        return ServerKeyRemoteHost(text) ?? StorageAccountHost(text);
    }

    // Azure Storage: "DefaultEndpointsProtocol=http;AccountName=ledgerraw;AccountKey=...": the account's endpoints under
    // core.windows.net (or its EndpointSuffix). The emulator's devstoreaccount1 is on this machine.
    private static string? StorageAccountHost(string text)
    {
        string? account = null;
        var suffix = "core.windows.net";
        var suffixWritten = false;
        foreach (var setting in text.Split(';'))
        {
            var equals = setting.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = setting.Substring(0, equals).Trim();
            var value = setting.Substring(equals + 1).Trim();
            if (key.EndsWith("Endpoint", StringComparison.OrdinalIgnoreCase))
            {
                return null; // BlobEndpoint=...: the endpoints written out are what is reached, each judged as a URL
            }

            if (key.Equals("AccountName", StringComparison.OrdinalIgnoreCase))
            {
                account = value;
            }
            else if (key.Equals("EndpointSuffix", StringComparison.OrdinalIgnoreCase) && value.Length > 0)
            {
                suffix = value;
                suffixWritten = true;
            }
        }

        // $"...;AccountName={accountName};...;EndpointSuffix=core.windows.net": an interpolated account is still one of the
        // suffix's accounts, remote whatever its name (the emulator is reached through endpoints written out, which return
        // above). Only with the suffix written out: without it the text may be the first piece of a longer string.
        if (account is not null && account.IndexOf(PlainTextUrl.Hole) >= 0 && suffixWritten && suffix.IndexOf(PlainTextUrl.Hole) < 0)
        {
            return "{…}." + suffix.ToLowerInvariant();
        }

        // An account name is 3-24 letters and digits: anything else is not a name.
        return account is { Length: >= 3 and <= 24 } && IsLettersAndDigits(account) && !account.Equals("devstoreaccount1", StringComparison.OrdinalIgnoreCase)
            ? (account + "." + suffix).ToLowerInvariant()
            : null;
    }

    private static bool IsLettersAndDigits(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    // scheme://[user[:password]@]host[:port][,host[:port]...][/path][?query]
    private static string? AuthorityRemoteHost(string text, int start)
    {
        var end = text.IndexOfAny(AuthorityEnds, start);
        if (end < 0)
        {
            end = text.Length;
        }

        var at = text.LastIndexOf('@', end - 1, end - start);
        return ListRemoteHost(text.Substring(at >= 0 ? at + 1 : start, end - (at >= 0 ? at + 1 : start)));
    }

    private static string? ServerKeyRemoteHost(string text)
    {
        foreach (var setting in text.Split(';'))
        {
            var equals = setting.IndexOf('=');
            if (equals > 0 && Array.IndexOf(ServerKeys, setting.Substring(0, equals).Replace(" ", "").Trim().ToLowerInvariant()) >= 0
                && ListRemoteHost(setting.Substring(equals + 1)) is { } host)
            {
                return host;
            }
        }

        return null;
    }

    // "tcp:sql.contoso.com,1433", "db1:5432,db2:5432", "sql\INSTANCE": ports, instance names and protocol prefixes aside.
    private static string? ListRemoteHost(string list)
    {
        foreach (var entry in list.Split(','))
        {
            var host = entry.Trim().Trim('\'', '"');
            var colon = host.IndexOf(':');
            if (colon > 0 && !host.StartsWith("[", StringComparison.Ordinal) && IsProtocolPrefix(host.Substring(0, colon)))
            {
                host = host.Substring(colon + 1);
            }

            host = StripPortAndInstance(host).ToLowerInvariant();
            if (host.Length > 0 && IsHostName(host) && HostClassifier.IsRemoteHost(host))
            {
                return host;
            }
        }

        return null;
    }

    private static bool IsProtocolPrefix(string prefix) => prefix.Equals("tcp", StringComparison.OrdinalIgnoreCase)
        || prefix.Equals("np", StringComparison.OrdinalIgnoreCase)
        || prefix.Equals("lpc", StringComparison.OrdinalIgnoreCase);

    private static string StripPortAndInstance(string host)
    {
        var backslash = host.IndexOf('\\');
        if (backslash >= 0)
        {
            host = host.Substring(0, backslash);
        }

        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            var close = host.IndexOf(']');
            return close > 0 ? host.Substring(0, close + 1) : host;
        }

        var colon = host.IndexOf(':');
        return colon >= 0 ? host.Substring(0, colon) : host;
    }

    // SQL Server writes its port after a comma ("sql01,1433"): an entry of digits alone is a port, not a host in
    // integer form; "." is the local server. IPv4 addresses are judged as hosts, since they have dots.
    private static bool IsHostName(string host)
    {
        if (host.IndexOf('.') > 0 && host.IndexOf('.') < host.Length - 1)
        {
            return true;
        }

        foreach (var c in host)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
