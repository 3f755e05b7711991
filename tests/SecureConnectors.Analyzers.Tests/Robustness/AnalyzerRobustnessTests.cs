using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Rules.Secrets;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;

namespace SecureConnectors.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer of the assembly, over a large generated input of string literals of every shape and of code
/// half typed: not one analyzer exception (AD0001) is tolerated, with concurrent execution on.
/// </summary>
public sealed class AnalyzerRobustnessTests
{
    private static readonly Assembly AnalyzerAssembly = PackageAnalyzers.Assembly;

    [Fact]
    public async Task No_analyzer_throws_on_a_large_generated_input()
    {
        var analyzers = AllAnalyzers();
        Assert.True(analyzers.Length >= 8, "expected every analyzer of the assembly, found " + analyzers.Length);

        var trees = new List<SyntaxTree>();
        var literals = LiteralsOfEveryShape();
        const int perFile = 400;
        for (var file = 0; file * perFile < literals.Count; file++)
        {
            var chunk = literals.Skip(file * perFile).Take(perFile).ToList();
            trees.Add(Parse(WellFormedFile(file, chunk), $"Literals{file}.cs"));
            // Half-typed code sits in a test folder, so that the rules' test-code paths (fixtures, fakes) meet it too.
            trees.Add(Parse(HalfTypedFile(file, chunk), $"tests/Typing{file}.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "Robustness",
            trees,
            TestReferences.Net80,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Add(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.True(exceptions.IsEmpty, exceptions.Count + " analyzer exceptions in " + string.Join(", ", exceptions.Select(e => e.Substring(0, e.IndexOf(':'))).Distinct()) + "; the first: " + exceptions.FirstOrDefault());
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.True(literals.Count > 2000, "the input should be large, was " + literals.Count + " literals");
        Assert.Contains(diagnostics, d => d.Id == "SC1001"); // the input does hold secrets: the analyzers did run
        Assert.Contains(diagnostics, d => d.Id == "SC2001");
    }

    [Fact]
    public void No_built_in_regular_expression_is_kept_for_the_per_literal_path()
    {
        // A static Regex in the analyzers is a built-in pattern run on literals; its timeout under CPU contention
        // threw out of SecretShape once. Users' own patterns (instance fields built from .editorconfig) are not static.
        var offenders = AnalyzerAssembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => typeof(Regex).IsAssignableFrom(field.FieldType) || field.FieldType == typeof(ImmutableArray<Regex>))
            .Where(field => field.DeclaringType?.Name != "SecretOptions" && field.DeclaringType?.Name != "BroadScopes")
            .Select(field => field.DeclaringType!.Name + "." + field.Name)
            .ToList();

        Assert.Empty(offenders);
    }

    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => PackageAnalyzers.All();

    private static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: path);

    /// <summary>Provider tokens and their near misses, URLs, connection strings, markers, long and odd text.</summary>
    private static List<string> LiteralsOfEveryShape()
    {
        var values = new List<string>();
        foreach (var row in ProviderFormatCases.All())
        {
            values.Add((string)row[1]);
            values.Add((string)row[2]);
            values.Add("prefix " + row[1] + " suffix");
            values.Add(((string)row[1]).ToUpperInvariant());
        }

        var hosts = new[] { "api.contoso.com", "localhost", "127.1", "[::1]", "[::ffff:127.0.0.1]", "api", "foo", "10.0.0.1", "schemas.microsoft.com", "{0}", "a.b.c.d.e.f.g" };
        foreach (var host in hosts)
        {
            foreach (var scheme in new[] { "http", "HTTP", "ws", "ftp", "https", "postgres", "redis", "amqp", "mqtt", "mongodb" })
            {
                values.Add($"{scheme}://{host}/v1/items?id=1");
                values.Add($"{scheme}://user:{Password(host.Length)}@{host}:8080/path");
                values.Add($"{scheme}://{host}/?api_key={Chars(32, Alnum, host.Length)}&sig={Chars(40, Base64, 3)}");
                values.Add($"{scheme}://svc@{host}:5672,{host}:1883/?tls=true&tlsAllowInvalidCertificates=true&tlsInsecure=yes");
            }
        }

        for (var seed = 0; seed < 300; seed++)
        {
            values.Add(Chars(16 + seed % 50, Alnum, seed));
            values.Add(Chars(8 + seed % 30, Base64 + "!@#$%^&*()", seed));
            values.Add(Password(seed));
            values.Add(Uuid(seed));
            values.Add("{" + Uuid(seed) + "}");
            values.Add($"Server=db{seed}.contoso.com;Database=app;User Id=svc;Password={Password(seed)};");
            values.Add($"DefaultEndpointsProtocol=https;AccountName=acct{seed};AccountKey={Chars(88, Base64, seed)};");
            values.Add("Bearer " + Chars(40, UrlSafe, seed));
            values.Add("Basic " + Base64Of("user" + seed + ":" + Password(seed)));
            values.Add("voice-name-" + new string('a', seed % 40) + "-neural");
            values.Add(new string('a', 20 + seed) + "!");
            values.Add(string.Concat(Enumerable.Repeat("ab-", 10 + seed % 40)) + "1");
            values.Add("<" + new string('<', seed % 20) + "your-key" + new string('{', seed % 7));
            values.Add("${" + new string('$', seed % 30) + "{{" + new string('%', seed % 11) + "$(" + new string('.', seed % 9));
            values.Add("TrustServerCertificate=" + (seed % 2 == 0 ? "true" : "no") + ";" + new string(';', seed % 5) + "Trust  Server Certificate = 'yes'");
            values.Add($"Server=tcp:db{seed}.contoso.com,{seed};Encrypt=" + (seed % 3 == 0 ? "False" : "optional") + new string(',', seed % 3) + ";SSL Mode=Disable;" + new string('=', seed % 2));
            values.Add(new string('=', seed % 4) + "SslVerify=" + (seed % 2 == 0 ? "false" : "'no'") + new string('&', seed % 3) + "?tlsAllowInvalidHostnames=" + new string(',', seed % 5) + "Host=" + new string('@', seed % 3) + "tcp:" + new string(':', seed % 4) + ",1433");
        }

        values.Add(new string('x', 100_000));
        values.Add(string.Concat(Enumerable.Repeat("a-", 20_000)) + "!");
        values.Add(string.Concat(Enumerable.Repeat("{{", 10_000)));
        values.Add("-----BEGIN RSA PRIVATE KEY-----" + string.Concat(Enumerable.Repeat("\n" + Chars(64, Base64), 200)));
        values.Add("\u0000\u0001\uFFFF\uD800 unpaired surrogate and nulls");
        values.Add("://");
        values.Add("a://@");
        values.Add("mongodb://[::1/?tlsInsecure=true");
        values.Add("?=&=,=;=");
        values.Add("日本語のテキスト http://例え.テスト/パス");
        return values;
    }

    private static string WellFormedFile(int file, List<string> values)
    {
        var source = new StringBuilder(Snippets.Usings);
        source.Append("namespace Robust").Append(file).Append(";\n\nclass Literals\n{\n");
        for (var i = 0; i < values.Count; i++)
        {
            var literal = Literal(values[i]);
            switch (i % 12)
            {
                case 0: source.Append($"    const string ApiKey{i} = {literal};\n"); break;
                case 1: source.Append($"    static readonly string Password{i} = {literal};\n"); break;
                case 2: source.Append($"    void Call{i}(HttpClient c) => c.DefaultRequestHeaders.Add(\"Authorization\", {literal});\n"); break;
                case 3: source.Append($"    object Any{i}() => new Uri({literal});\n"); break;
                case 4: source.Append($"    string Interpolated{i}(int n) => $\"{{n}}{Escape(values[i])}{{n}}\";\n"); break;
                case 5: source.Append($"    static ReadOnlySpan<byte> Bytes{i} => {literal}u8;\n"); break;
                case 6: source.Append($"    void Dict{i}(Dictionary<string, string> d) => d[{literal}] = {literal};\n"); break;
                case 7: source.Append($"    NetworkCredential Cred{i}() => new({literal}, {literal});\n"); break;
                case 8: source.Append($"    bool Compare{i}(string s) => s == {literal} || s.StartsWith({literal});\n"); break;
                case 10: source.Append($"    System.Net.Mail.SmtpClient Smtp{i}() => new({literal}, 587) {{ EnableSsl = false, Host = {literal} }};\n"); break;
                case 11: source.Append($"    StringContent Body{i}() {{ var body = {literal}; return new StringContent(body); }}\n"); break;
                default: source.Append($"    string Concat{i} = {literal} + {literal} + nameof(Concat{i});\n"); break;
            }
        }

        source.Append("}\n");
        return source.ToString();
    }

    // The same literals in code as it is being typed: unclosed calls, missing semicolons, members cut in half.
    private static string HalfTypedFile(int file, List<string> values)
    {
        var source = new StringBuilder(Snippets.Usings);
        source.Append("namespace Typing").Append(file).Append(";\n\n[SecureConnectors.Connector(\"acme\", BaseUrl = \"http://api\")]\npublic partial interface IAcme").Append(file).Append(" { [SecureConnectors.Get(\"items/{id\")] System.Threading.Tasks.Task<string> Get(\n}\n\nclass Typing\n{\n");
        for (var i = 0; i < values.Count; i++)
        {
            var literal = Literal(values[i]);
            switch (i % 10)
            {
                case 0: source.Append($"    string ApiKey{i} = {literal}\n"); break;
                case 1: source.Append($"    void M{i}() {{ var client = new HttpClient {{ BaseAddress = new Uri({literal}\n    }}\n"); break;
                case 2: source.Append($"    void N{i}() => Call({literal}, {literal}, \n"); break;
                case 3: source.Append($"    var x{i} = {literal} +;\n"); break;
                case 4: source.Append($"    [Obsolete({literal}] void O{i}() {{ }}\n"); break;
                case 5: source.Append($"    void S{i}() {{ var smtp = new System.Net.Mail.SmtpClient({literal}); smtp.EnableSsl = false\n"); break;
                case 6: source.Append($"    void F{i}(Missing client) {{ client.ValidateCertificate += (s, e) => {{ e.Accept = true; Log({literal}\n"); break;
                case 7: source.Append($"    void G{i}(Missing client) {{ client.ValidateCertificate += OnValidate{i}; }} void OnValidate{i}(object s, Args e) => e.Accept = \n"); break;
                case 8: source.Append($"    HttpClientHandler H{i}() => new() {{ ServerCertificateCustomValidationCallback = (m, c, ch, e) => c is not && (ch) is {{ }} || c != {literal}\n"); break;
                default: source.Append($"    string P{i} => $\"{Escape(values[i])}{{\n"); break;
            }
        }

        source.Append("}\n");
        return source.ToString();
    }

    private static string Escape(string value) =>
        Literal(value).Substring(1, Literal(value).Length - 2).Replace("{", "{{").Replace("}", "}}");
}
