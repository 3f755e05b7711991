using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Package;

/// <summary>
/// The package as a user gets it: packed into a local feed, referenced by a fresh console project with one
/// PackageReference, built (warnings in the build output and in a SARIF 2.1 log), fixed with
/// `dotnet format analyzers` (the code-fix machinery the IDEs use), and built again cleanly.
/// </summary>
[Collection(Rules.ConfigFiles.ConfigFilePackageTests.PackageBuilds)]
public sealed class PackageIntegrationTests() : PackageScratch("sc-package")
{
    private static readonly string[] FixedIds = { "SC1001", "SC2001", "SC2002", "SC2003" };
    private static readonly string[] ReportedIds = { "SC1001", "SC1002", "SC2001", "SC2002", "SC2003" };

    [Fact]
    public async Task Package_reports_in_build_and_sarif_and_its_fixes_apply_from_the_command_line()
    {
        var consumer = Directory.CreateDirectory(Path.Combine(Work, "Consumer")).FullName;
        var (feed, version) = await PackAsync("it");

        AssertPackageMetadata(Path.Combine(feed, "SecureConnectors." + version + ".nupkg"));
        PackageSymbols.AssertShipsMatchingPdbsWithSourceLink(
            Path.Combine(feed, "SecureConnectors." + version + ".nupkg"), Path.Combine(feed, "SecureConnectors." + version + ".snupkg"));
        WriteConsumer(consumer, feed, version);
        // A private package folder: the package under test, never a cached copy of an earlier build.
        var isolated = IsolatedPackages;

        var build = (await DotNetCli.RunAsync(consumer, isolated, "build", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:ErrorLog=build.sarif%2Cversion=2.1"))
            .EnsureSuccess("dotnet build of the consumer");
        foreach (var id in ReportedIds)
        {
            Assert.Contains("warning " + id + ":", build.Output);
        }

        // SecureConnectorsManifest=true (in the project): the package's targets write every connector's manifest.
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "bin", "Debug", "net10.0", "Consumer.connectors.json"))))
        {
            var connector = Assert.Single(manifest.RootElement.GetProperty("connectors").EnumerateArray().ToList());
            Assert.Equal("people", connector.GetProperty("connector").GetString());
            Assert.Equal(new[] { "people:read" }, connector.GetProperty("grantedScopes").EnumerateArray().Select(s => s.GetString()));
        }

        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "build.sarif"))))
        {
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString())
                .ToList();
            foreach (var id in ReportedIds)
            {
                Assert.Contains(id, results);
            }

            var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Where(r => ReportedIds.Contains(r.GetProperty("id").GetString()))
                .ToList();
            Assert.All(rules, r => Assert.EndsWith(r.GetProperty("id").GetString() + ".md", r.GetProperty("helpUri").GetString()));
        }

        (await DotNetCli.RunAsync(consumer, isolated, "format", "analyzers", "--diagnostics", "SC1001", "SC2001", "SC2002", "SC2003", "--severity", "info"))
            .EnsureSuccess("dotnet format analyzers");

        var fixedCode = File.ReadAllText(Path.Combine(consumer, "Connector.cs"));
        Assert.Contains("\"https://api.contoso.com/v1/\"", fixedCode);
        Assert.DoesNotContain("ServerCertificateCustomValidationCallback", fixedCode);
        Assert.Contains("SecurityProtocolType.SystemDefault", fixedCode);
        Assert.Contains("SslProtocols = SslProtocols.Tls12", fixedCode);
        Assert.True(fixedCode.Contains("Environment.GetEnvironmentVariable(\"CONNECTOR_PASSWORD\")", StringComparison.Ordinal), fixedCode);
        Assert.True(!fixedCode.Contains("Synthetic#Only-2026", StringComparison.Ordinal), fixedCode);

        var rebuild = (await DotNetCli.RunAsync(consumer, isolated, "build", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false"))
            .EnsureSuccess("dotnet build after the fixes");
        foreach (var id in FixedIds)
        {
            Assert.DoesNotContain(id, rebuild.Output);
        }

        // SC1002 has no fix for a URL that goes nowhere near an HttpClient: it is still reported.
        Assert.Contains("warning SC1002:", rebuild.Output);
    }

    private static void WriteConsumer(string folder, string feed, string version)
    {
        WriteFeedConfig(folder, feed);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <SecureConnectorsManifest>true</SecureConnectorsManifest>
                <NoWarn>$(NoWarn);SYSLIB0014;SYSLIB0039;CS0618</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecureConnectors" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // A declared connector: the build only succeeds if the packaged generator writes its client.
        File.WriteAllText(Path.Combine(folder, "Directory.cs"), """
            using System.Net.Http;
            using System.Threading.Tasks;
            using SecureConnectors;

            [Resource("people")]
            public sealed class Person
            {
                [Field("id")] public string Id { get; init; } = "";
                [Field("name", Scope = "people:read")] public string Name { get; init; } = "";
                [Field("phone", Scope = "people.phone:read", Classification = DataClass.Personal)] public string Phone { get; init; } = "";
            }

            [Projection(typeof(Person))]
            public sealed partial record PersonName(string Id, string Name);

            [Connector("people", BaseUrl = "https://people.example.com/")]
            [Grant("people:read")]
            public partial interface IPeople
            {
                [Get("people/{id}")] Task<PersonName> GetAsync(string id);
            }

            internal static class Directory
            {
                public static IPeople Create(HttpClient http, ICredentialProvider credentials) => new PeopleClient(http, credentials);
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Connector.cs"), """
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Security.Authentication;

            internal static class Connector
            {
                public const string Api = "http://api.contoso.com/v1/";
                public const string Export = "sftp://exports:Synthetic-Only-2026@files.contoso.com/out";

                public static NetworkCredential Credential() => new("svc-connector", "Synthetic#Only-2026");

                public static HttpClient Create()
                {
                    var handler = new HttpClientHandler
                    {
                        ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true,
                        SslProtocols = SslProtocols.Tls11 | SslProtocols.Tls12,
                    };
                    ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls11;
                    return new HttpClient(handler) { BaseAddress = new Uri(Api) };
                }
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            System.Console.WriteLine(SecureConnectors.TransportGuard.IsAllowed(Connector.Create().BaseAddress!, allowLoopbackHttp: false));
            """);
    }

    // What nuget.org and IDEs show outside the repository: a project URL, an icon, and a README whose links work there.
    private static void AssertPackageMetadata(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        using (var nuspec = new StreamReader(zip.GetEntry("SecureConnectors.nuspec")!.Open()))
        {
            var text = nuspec.ReadToEnd();
            Assert.Contains("<projectUrl>https://", text);
            Assert.Contains("<icon>icon.png</icon>", text);
            Assert.Contains("<readme>README.md</readme>", text);
        }

        Assert.NotNull(zip.GetEntry("icon.png"));
        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        var links = System.Text.RegularExpressions.Regex.Matches(readme.ReadToEnd(), @"\]\(([^)]+)\)");
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Matches("^(https://|#)", link.Groups[1].Value));
    }
}
