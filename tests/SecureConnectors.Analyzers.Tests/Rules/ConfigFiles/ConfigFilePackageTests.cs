using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using SecureConnectors.Analyzers.Tests.Package;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>
/// The package's build files add a project's configuration files to AdditionalFiles, so SC1003 reads them with no
/// setup: packed into a local feed, referenced by a fresh project, built with a SARIF log. Copies under bin/ and
/// obj/, files the project already lists and SecureConnectorsConfigFileExcludes are not added (again);
/// SecureConnectorsScanConfigFiles=false adds nothing.
/// </summary>
[Collection(PackageBuilds)]
public sealed class ConfigFilePackageTests() : PackageScratch("sc-config-package")
{
    /// <summary>
    /// The package tests pack the same projects with different versions (restore rewrites their assets files):
    /// they run one after the other, never at the same time.
    /// </summary>
    public const string PackageBuilds = "Package builds";

    [Fact]
    public async Task Packed_package_reads_configuration_files_unless_switched_off()
    {
        var consumer = Directory.CreateDirectory(Path.Combine(Work, "Consumer")).FullName;
        var (feed, version) = await PackAsync("cfg");
        WriteConsumer(consumer, feed, version);
        var isolated = IsolatedPackages;

        (await DotNetCli.RunAsync(consumer, isolated, "build", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:ErrorLog=build.sarif%2Cversion=2.1"))
            .EnsureSuccess("dotnet build of the consumer");

        using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumer, "build.sarif"))))
        {
            var reported = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Where(r => r.GetProperty("ruleId").GetString() == "SC1003")
                .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!)
                .Select(uri => Path.GetRelativePath(consumer, new Uri(uri).LocalPath).Replace('\\', '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();

            // Once each (appsettings.json is also listed by the project itself), and nothing from bin/ or obj/.
            Assert.Equal(new[] { "Properties/launchSettings.json", "appsettings.Development.json", "appsettings.json", "web.config" }, reported);
        }

        // nuget.config is a *.config too (a clear-text package source password would be reported); it has none.
        Assert.Equal(
            new[] { "Properties/launchSettings.json", "appsettings.Development.json", "appsettings.json", "nuget.config", "web.config" },
            await AdditionalFilesAsync(consumer, isolated));
        Assert.Equal(new[] { "appsettings.json" }, await AdditionalFilesAsync(consumer, isolated, "-p:SecureConnectorsScanConfigFiles=false"));
        Assert.Equal(
            new[] { "appsettings.Development.json", "appsettings.json", "nuget.config", "web.config" },
            await AdditionalFilesAsync(consumer, isolated, "-p:SecureConnectorsConfigFileExcludes=Properties/**"));
    }

    // The project's AdditionalFiles as MSBuild evaluates them, relative to the project folder.
    private static async Task<List<string>> AdditionalFilesAsync(string consumer, IReadOnlyDictionary<string, string> environment, params string[] properties)
    {
        var evaluation = (await DotNetCli.RunAsync(consumer, environment, new[] { "msbuild", "Consumer.csproj", "-getItem:AdditionalFiles", "-nologo" }.Concat(properties).ToArray()))
            .EnsureSuccess("dotnet msbuild -getItem");
        using var items = JsonDocument.Parse(evaluation.Output.Substring(evaluation.Output.IndexOf('{')));
        return items.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => Path.GetRelativePath(consumer, item.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
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
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SecureConnectors" Version="{version}" />
                <AdditionalFiles Include="appsettings.json" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"consumer\");\n");

        // Token-shaped values made at run time (Fake): none is written in the repository.
        var apiKey = Fake.Token("sk_" + "live_", 24, seed: 41);
        var secret = Fake.Chars(32, Fake.Alnum, seed: 42);
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), $$"""{ "Logging": { "LogLevel": { "Default": "Information" } }, "Stripe": { "ApiKey": "{{apiKey}}" } }""");
        File.WriteAllText(Path.Combine(folder, "appsettings.Development.json"), $$"""{ "Payroll": { "ClientSecret": "{{secret}}" } }""");
        Directory.CreateDirectory(Path.Combine(folder, "Properties"));
        File.WriteAllText(Path.Combine(folder, "Properties", "launchSettings.json"), $$"""
            { "profiles": { "Consumer": { "commandName": "Project", "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "PAYROLL_API_TOKEN": "{{secret}}" } } } }
            """);
        File.WriteAllText(Path.Combine(folder, "web.config"), $$"""<configuration><appSettings><add key="LedgerApiKey" value="{{secret}}" /></appSettings></configuration>""");

        // Copies in build output and intermediate folders are not the project's files.
        foreach (var copy in new[] { Path.Combine("bin", "Debug", "net10.0"), Path.Combine("obj", "Debug") })
        {
            Directory.CreateDirectory(Path.Combine(folder, copy));
            File.WriteAllText(Path.Combine(folder, copy, "appsettings.json"), $$"""{ "Stripe": { "ApiKey": "{{apiKey}}" } }""");
        }
    }
}
