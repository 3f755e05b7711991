namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>Wraps class members in a compilation unit with the usings the transport tests need.</summary>
internal static class Snippets
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Net.Sockets;
        using System.Net.WebSockets;
        using System.Security.Authentication;
        using System.Security.Cryptography.X509Certificates;
        using System.Threading;
        using System.Threading.Tasks;
        using System.Xml.Linq;
        using System.Xml.Serialization;

        """;

    public static string InClass(string members) => Usings + "class C\n{\n" + members + "\n}\n";
}
