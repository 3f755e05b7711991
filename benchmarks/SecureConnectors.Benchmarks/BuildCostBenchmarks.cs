using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Benchmarks;

/// <summary>
/// What the package adds to a real `dotnet build` of a 2,000-file connector project: the same project built
/// with and without the SecureConnectors analyzers (all of them), with the SDK's own default analyzers on in
/// both, the compiler server and MSBuild nodes warm, and `--no-incremental` so every iteration compiles
/// everything. The ratio is the figure to report; the absolute times depend on the machine.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 0, iterationCount: 3, invocationCount: 1)]
public class BuildCostBenchmarks
{
    private string _project = "";
    private string _analyzers = "";

    [Params(2000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("sc-build-cost-").FullName;
        _project = WriteProject(folder, Files);
        _analyzers = typeof(PlainHttpUrlAnalyzer).Assembly.Location;
        Run("restore", _project, "-nologo", "-v", "q");
    }

    /// <summary>
    /// Writes the synthetic project: <paramref name="files"/> connector-style files plus one file of declared connectors
    /// (generator, SC3xxx, SC4xxx) per ten. Also used by <c>--write-synthetic</c> for ReportAnalyzer measurements.
    /// </summary>
    public static string WriteProject(string folder, int files)
    {
        var sources = SyntheticConnectorProject.Generate(files);
        for (var i = 0; i < sources.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"Partner{i}Connector.cs"), sources[i]);
        }

        for (var i = 0; i < files / 10; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"Partner{i}Declared.cs"), SyntheticDeclarations.File(i));
        }

        var project = Path.Combine(folder, "SyntheticConnectors.csproj");
        var runtime = typeof(ConnectorAttribute).Assembly.Location;
        File.WriteAllText(project, $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{{runtime}}" />
              </ItemGroup>
              <ItemGroup Condition="'$(SecureConnectorsAnalyzers)' != ''">
                <Analyzer Include="$(SecureConnectorsAnalyzers)" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }

    [Benchmark(Baseline = true)]
    public void BuildWithoutSecureConnectors() => Build(withAnalyzers: false);

    [Benchmark]
    public void BuildWithSecureConnectors() => Build(withAnalyzers: true);

    private void Build(bool withAnalyzers) =>
        Run("build", _project, "--no-restore", "--no-incremental", "-nologo", "-v", "q", "-p:SecureConnectorsAnalyzers=" + (withAnalyzers ? _analyzers : ""));

    private static void Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{output.Result}\n{errors.Result}");
        }
    }
}
