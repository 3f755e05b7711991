using System;
using System.Collections.Generic;

namespace SecureConnectors.Testing.Manifest;

/// <summary>One connector of a manifest, as much of it as the fake needs: where it may be called and what it declares.</summary>
internal sealed class DeclaredConnector
{
    public DeclaredConnector(
        string name,
        IReadOnlyList<string> hosts,
        IReadOnlyList<Uri> baseUrls,
        IReadOnlyList<string> scopeCoverage,
        string? fieldsParameter,
        string? authHeader)
    {
        Name = name;
        Hosts = hosts;
        BaseUrls = baseUrls;
        ScopeCoverage = scopeCoverage;
        FieldsParameter = fieldsParameter;
        AuthHeader = authHeader;
    }

    public string Name { get; }

    /// <summary>Every host the manifest declares for the connector (<c>hosts</c>, else <c>host</c>, plus those of its base URLs).</summary>
    public IReadOnlyList<string> Hosts { get; }

    /// <summary><c>baseUrl</c> and every region's base URL: their paths are where routes start on their host.</summary>
    public IReadOnlyList<Uri> BaseUrls { get; }

    /// <summary>Declared <c>[ScopeCovers]</c> pairs flattened as scope, covered, scope, covered, ...</summary>
    public IReadOnlyList<string> ScopeCoverage { get; }

    /// <summary>The manifest's <c>fieldsParameter</c>, when a manifest version says it.</summary>
    public string? FieldsParameter { get; }

    /// <summary>The manifest's <c>authHeader</c>, when a manifest version says it.</summary>
    public string? AuthHeader { get; }

    public List<DeclaredOperation> Operations { get; } = new();

    public List<DeclaredProjection> Projections { get; } = new();

    public bool DeclaresHost(string host)
    {
        foreach (var declared in Hosts)
        {
            if (string.Equals(declared, host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The base paths routes start from on <paramref name="host"/>, longest first: those of the base URLs on that host,
    /// else of every base URL (a host listed in <c>hosts</c> without a URL of its own), else the root.
    /// </summary>
    public IReadOnlyList<string> BasePathsFor(string host)
    {
        var onHost = new List<string>();
        var all = new List<string>();
        foreach (var url in BaseUrls)
        {
            var path = url.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? url.AbsolutePath : url.AbsolutePath + "/";
            all.Add(path);
            if (string.Equals(url.Host, host, StringComparison.OrdinalIgnoreCase))
            {
                onHost.Add(path);
            }
        }

        var paths = onHost.Count > 0 ? onHost : all;
        if (paths.Count == 0)
        {
            paths.Add("/");
        }

        paths.Sort((a, b) => b.Length.CompareTo(a.Length));
        return paths;
    }
}
