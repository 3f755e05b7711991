using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Whether the type around a node writes the address of a server on another machine: a URL
/// (<c>https://staging.partner-ledger.com/v2</c>) or a host name with a port or under a known top-level domain
/// (<c>cache.gateway.internal:6380</c>, <c>mq.partner-ledger.com</c>; a file name such as <c>server.pfx</c> is neither),
/// whose host is not this machine, a container's service or host alias, a placeholder or a test-data domain
/// (<c>test.com</c>, <c>contoso.com</c>). Asked in test code about a callback that accepts every certificate: a test that
/// names no such server talks to one it started itself. Plain token scan; asked only for reported callbacks.
/// </summary>
internal static class RemoteServerNames
{
    private const int LongestAddress = 2048;

    public static bool AnyAround(SyntaxNode node)
    {
        SyntaxNode scope = node.FirstAncestorOrSelf<TypeDeclarationSyntax>() ?? node.SyntaxTree.GetRoot();
        foreach (var token in scope.DescendantTokens())
        {
            if ((token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.InterpolatedStringTextToken)) && NamesRemoteServer(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesRemoteServer(string text)
    {
        text = text.Trim();
        if (text.Length < 4 || text.Length > LongestAddress || text.IndexOf(' ') >= 0)
        {
            return false;
        }

        var url = text.IndexOf("://", System.StringComparison.Ordinal) >= 0;
        if (!url && !IsHostName(text))
        {
            return false;
        }

        return TlsSwitches.HostOf(text) is { Length: > 0 } host
            && HostClassifier.IsRemoteHost(host, documentationHostsAreRemote: true)
            && (url || text.IndexOf(':') > 0 || !TopLevelDomains.IsUnderUnknownTopLevelDomain(host))
            && !PlaceholderHosts.IsTestDataDomain(host);
    }

    // partner-ledger.com, mq.partner-ledger.com:5671: labels of letters, digits and dashes, a dot between them.
    private static bool IsHostName(string text)
    {
        var dot = false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dot = true;
            }
            else if (c == ':')
            {
                break;
            }
            else if (!(char.IsLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return dot;
    }
}
