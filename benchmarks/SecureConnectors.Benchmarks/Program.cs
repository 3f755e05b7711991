using System;
using System.IO;
using System.Linq;
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

// `--analyzer-times [files] [repeats] [analyzer name part]` and `--edit-cost [files] [edits] [whole|connectors]`: see AnalyzerCost.
if (args.Length >= 1 && args[0] == "--analyzer-times")
{
    AnalyzerCost.Report(args.Length > 1 ? int.Parse(args[1]) : 2000, args.Length > 2 ? int.Parse(args[2]) : 3, args.Length > 3 ? args[3] : null);
    return;
}

// `--marginal-cpu [files] [rounds] [analyzer dll]...`: see MarginalAnalyzerCpu.
if (args.Length >= 1 && args[0] == "--marginal-cpu")
{
    MarginalAnalyzerCpu.Report(args.Length > 1 ? int.Parse(args[1]) : 500, args.Length > 2 ? int.Parse(args[2]) : 5, args.Skip(3).ToList());
    return;
}

if (args.Length >= 1 && args[0] == "--sc1001-candidates")
{
    AnalyzerCost.ReportCandidates();
    return;
}

// `--generated-cost [files] [rounds]`: see GeneratedCodeCost.
if (args.Length >= 1 && args[0] == "--generated-cost")
{
    GeneratedCodeCost.Report(args.Length > 1 ? int.Parse(args[1]) : 300, args.Length > 2 ? int.Parse(args[2]) : 3);
    return;
}

if (args.Length >= 1 && args[0] == "--edit-cost")
{
    AnalyzerCost.ReportEditCost(args.Length > 1 ? int.Parse(args[1]) : 2000, args.Length > 2 ? int.Parse(args[2]) : 20, args.Length > 3 && args[3] is "whole" or "connectors", args.Length > 3 && args[3] == "connectors");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
