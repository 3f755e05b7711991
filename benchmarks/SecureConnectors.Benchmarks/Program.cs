using System;
using System.IO;
using BenchmarkDotNet.Running;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Benchmarks;

// `--write-synthetic <folder> [files]` writes the build-cost project without running benchmarks, for
// `dotnet build <folder> -v:d -p:ReportAnalyzer=true -p:SecureConnectorsAnalyzers=<analyzer dll>`.
if (args.Length >= 2 && args[0] == "--write-synthetic")
{
    var folder = Directory.CreateDirectory(args[1]).FullName;
    var project = BuildCostBenchmarks.WriteProject(folder, args.Length > 2 ? int.Parse(args[2]) : 2000);
    Console.WriteLine(project);
    Console.WriteLine(typeof(PlainHttpUrlAnalyzer).Assembly.Location);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
