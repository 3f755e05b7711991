using System;
using System.Collections.Immutable;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Hosts that may be reached over plain HTTP, from the .editorconfig option
/// <c>secure_connectors.allowed_http_hosts</c>: comma-separated host names, or suffixes written with a leading dot.
/// </summary>
internal sealed class AllowedHosts
{
    public const string OptionKey = "secure_connectors.allowed_http_hosts";

    /// <summary>The project-wide MSBuild alternative, made visible by build/SecureConnectors.props.</summary>
    public const string MSBuildProperty = "SecureConnectorsAllowedHttpHosts";

    public static readonly AllowedHosts None = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    private readonly ImmutableArray<string> _hosts;
    private readonly ImmutableArray<string> _suffixes;

    private AllowedHosts(ImmutableArray<string> hosts, ImmutableArray<string> suffixes)
    {
        _hosts = hosts;
        _suffixes = suffixes;
    }

    public static AllowedHosts Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return None;
        }

        var hosts = ImmutableArray.CreateBuilder<string>();
        var suffixes = ImmutableArray.CreateBuilder<string>();
        foreach (var raw in value!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = raw.Trim().ToLowerInvariant();
            if (entry.StartsWith("*.", StringComparison.Ordinal))
            {
                entry = entry.Substring(1);
            }

            if (entry.Length == 0 || entry == ".")
            {
                continue;
            }

            (entry[0] == '.' ? suffixes : hosts).Add(entry);
        }

        return new AllowedHosts(hosts.ToImmutable(), suffixes.ToImmutable());
    }

    public bool Contains(string host)
    {
        foreach (var allowed in _hosts)
        {
            if (string.Equals(allowed, host, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var suffix in _suffixes)
        {
            if (host.EndsWith(suffix, StringComparison.Ordinal) || host == suffix.Substring(1))
            {
                return true;
            }
        }

        return false;
    }
}
