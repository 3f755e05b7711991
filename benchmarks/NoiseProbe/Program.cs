using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// NoiseProbe <folder of .cs files> <SecureConnectors.Analyzers.dll> <file listing extra reference paths> <findings.tsv>
//
// Public SDK code copied without its own assemblies does not build, and csc reports no analyzer diagnostic for a
// compilation with errors; so the probe builds one compilation of every file itself, with the runtime's assemblies
// and the listed references, and asks the analyzers directly. Sink rules that need the SDK's own types are
// under-counted that way; literal rules (SC1001, SC2001) see what a real build sees.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: NoiseProbe <source folder> <analyzer dll> <references file> <findings.tsv>");
    return 2;
}

var sourceRoot = Path.GetFullPath(args[0]);
var references = File.ReadAllLines(args[2]).Where(line => line.Length > 0 && File.Exists(line));
var defines = (Environment.GetEnvironmentVariable("PROBE_DEFINES") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: defines);

var trees = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
    .OrderBy(path => path, StringComparer.Ordinal)
    .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, Path.GetRelativePath(sourceRoot, path), Encoding.UTF8))
    .ToList();
var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

// The configuration files the package's build targets hand SC1003 as AdditionalFiles (appsettings*.json,
// launchSettings.json, *.config), found the same way under the sample's folder.
var configFiles = Directory.EnumerateFiles(sourceRoot, "*", SearchOption.AllDirectories)
    .Where(IsConfigFile)
    .OrderBy(path => path, StringComparer.Ordinal)
    .Select(path => (AdditionalText)new ProbeText(Path.GetRelativePath(sourceRoot, path), File.ReadAllText(path)))
    .ToImmutableArray();

var package = Assembly.LoadFrom(Path.GetFullPath(args[1]));
var analyzers = Instances<DiagnosticAnalyzer>(package).ToImmutableArray();
// The analyzers' own rule for test paths (a test/tests/*.Tests folder, a *Tests.cs file), read from the DLL under
// test so that the probe splits files exactly as the rules do.
var isTestPathMethod = package.GetType("SecureConnectors.Analyzers.Rules.Secrets.TestCode")?.GetMethod("IsTestPath", BindingFlags.Public | BindingFlags.Static)
    ?? throw new InvalidOperationException("the analyzer assembly has no TestCode.IsTestPath");
bool IsTestPath(string path) => (bool)isTestPathMethod.Invoke(null, new object?[] { path })!;

// A folder whose own C# files use a test framework belongs to a test project, also one named without ".Tests"
// (KeePassRPCTest/): in a real build that project references the framework, which the analyzers read as test code.
// Its files and the folders below it are judged as test code; the repository's own folder never is.
var testFolders = trees
    .Where(tree => UsesTestFramework(tree.GetText().ToString()))
    .Select(tree => Path.GetDirectoryName(tree.FilePath) ?? "")
    .ToHashSet(StringComparer.Ordinal);
bool IsTestCode(string path)
{
    if (IsTestPath(path))
    {
        return true;
    }

    for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder) && folder.Contains('/'); folder = Path.GetDirectoryName(folder))
    {
        if (testFolders.Contains(folder))
        {
            return true;
        }
    }

    return false;
}
var exceptions = new List<string>();
var options = new CompilationWithAnalyzersOptions(
    new AnalyzerOptions(configFiles),
    (exception, analyzer, _) => { lock (exceptions) { exceptions.Add(analyzer.GetType().Name + ": " + exception); } },
    concurrentAnalysis: true,
    logAnalyzerExecutionTime: false);

// In a real solution test code and production code are different projects: only the test projects reference a
// test framework, which the analyzers read as "this whole project is test code". One compilation of everything
// with the frameworks would give production files the test-only exemptions; so test files are judged in a
// compilation with every reference, the other files in one without the test frameworks.
var withTestFrameworks = CreateCompilation(references);
var withoutTestFrameworks = CreateCompilation(references.Where(path => !IsTestFramework(path)));
var diagnostics = (await withTestFrameworks.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync())
    .Where(d => IsTestCode(d.Location.GetLineSpan().Path))
    .Concat((await withoutTestFrameworks.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync())
        .Where(d => !IsTestCode(d.Location.GetLineSpan().Path)))
    .ToImmutableArray();
var compilation = withTestFrameworks;

var findings = new StringBuilder("id\tfile\tline\tmessage\tsource\n");
foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
{
    var span = diagnostic.Location.GetLineSpan();
    var text = diagnostic.Location.SourceTree?.GetText() ?? configFiles.FirstOrDefault(file => file.Path == span.Path)?.GetText();
    var source = text is not null && span.StartLinePosition.Line < text.Lines.Count ? text.Lines[span.StartLinePosition.Line].ToString().Trim() : "";
    findings.Append(diagnostic.Id).Append('\t').Append(span.Path).Append('\t').Append(span.StartLinePosition.Line + 1).Append('\t')
        .Append(OneLine(diagnostic.GetMessage())).Append('\t').Append(OneLine(source)).Append('\n');
}

File.WriteAllText(args[3], findings.ToString());

// A generator that throws shows up as CS8784/CS8785 among its diagnostics.
var generators = Instances<IIncrementalGenerator>(package).Select(generator => generator.AsSourceGenerator()).ToList();
CSharpGeneratorDriver.Create(generators, parseOptions: parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out _, out var generatorDiagnostics);

Console.WriteLine($"files {trees.Count}, lines {trees.Sum(tree => tree.GetText().Lines.Count)}, configuration files {configFiles.Length} ({configFiles.Sum(file => file.GetText()!.Lines.Count)} lines), compile errors {compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error)} (missing SDK assemblies)");
Console.WriteLine($"findings {diagnostics.Length}: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
Console.WriteLine($"analyzer exceptions {exceptions.Count + diagnostics.Count(d => d.Id == "AD0001")}, generator diagnostics {generatorDiagnostics.Length}");
foreach (var exception in exceptions)
{
    Console.WriteLine(exception);
}

return exceptions.Count == 0 && generatorDiagnostics.Length == 0 ? 0 : 1;

static IEnumerable<T> Instances<T>(Assembly assembly) =>
    assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
        .Select(type => (T)Activator.CreateInstance(type)!);

CSharpCompilation CreateCompilation(IEnumerable<string> extraReferences) =>
    CSharpCompilation.Create(
        "Probe",
        trees,
        platform.Concat(extraReferences).Distinct(StringComparer.OrdinalIgnoreCase).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

static bool UsesTestFramework(string text) =>
    text.Contains("using Xunit;", StringComparison.Ordinal)
    || text.Contains("using NUnit.Framework;", StringComparison.Ordinal)
    || text.Contains("using Microsoft.VisualStudio.TestTools.UnitTesting;", StringComparison.Ordinal)
    || text.Contains("using TUnit.", StringComparison.Ordinal);

static bool IsTestFramework(string path)
{
    var name = Path.GetFileName(path);
    return name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.VisualStudio.TestPlatform", StringComparison.OrdinalIgnoreCase);
}

static bool IsConfigFile(string path)
{
    var name = Path.GetFileName(path);
    return (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".config", StringComparison.OrdinalIgnoreCase);
}

static string OneLine(string text) => text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

sealed class ProbeText(string path, string content) : AdditionalText
{
    private readonly Microsoft.CodeAnalysis.Text.SourceText text = Microsoft.CodeAnalysis.Text.SourceText.From(content, Encoding.UTF8);

    public override string Path { get; } = path;

    public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => text;
}
