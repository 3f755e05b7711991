using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Infrastructure;

namespace SecureConnectors.Analyzers.Tests.Package;

/// <summary>
/// What every test of the packed package starts from: a scratch folder under the temp directory, the package packed
/// into a local feed there under a version of its own (never a cached copy of an earlier build), and a private
/// package folder for the consumer's restore.
/// </summary>
public abstract class PackageScratch : IDisposable
{
    protected PackageScratch(string name)
    {
        Work = Directory.CreateTempSubdirectory(name + "-").FullName;
    }

    /// <summary>The scratch folder.</summary>
    protected string Work { get; }

    /// <summary>NUGET_PACKAGES for the consumer: the package under test, never one from the machine's cache.</summary>
    protected Dictionary<string, string> IsolatedPackages => new() { ["NUGET_PACKAGES"] = Path.Combine(Work, "packages") };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // a build server may still hold a file; the folder is under the temp directory
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A nuget.config in <paramref name="folder"/> that restores the package from <paramref name="feed"/>.</summary>
    protected static void WriteFeedConfig(string folder, string feed) =>
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <!-- The runtime library's own dependencies (Microsoft.Extensions.Logging.Abstractions). -->
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

    /// <summary>Packs the package into <c>feed</c> under a version tagged with <paramref name="tag"/> and the time.</summary>
    protected async Task<(string Feed, string Version)> PackAsync(string tag)
    {
        var feed = Directory.CreateDirectory(Path.Combine(Work, "feed")).FullName;
        var version = "0.1.0-" + tag + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        (await DotNetCli.RunAsync(RepositoryPaths.Root, new Dictionary<string, string>(),
            "pack", RepositoryPaths.Combine("src", "SecureConnectors.Package", "SecureConnectors.Package.csproj"),
            "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:ContinuousIntegrationBuild=false", "-nodeReuse:false"))
            .EnsureSuccess("dotnet pack");
        return (feed, version);
    }
}
