using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Catalog;

/// <summary>Every descriptor has its ID in its family's range, a help link, a doc page, an index row, a README row and a release line.</summary>
public sealed class DiagnosticCatalogTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(Descriptors).Assembly;
    private static readonly Assembly CodeFixAssembly = typeof(SecureConnectors.CodeFixes.Rules.Transport.PlainHttpUrlCodeFixProvider).Assembly;

    public static TheoryData<string> DescriptorIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void Ids_are_unique_and_declared_once()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).OrderBy(x => x);
        Assert.Equal(constants, ids.OrderBy(x => x));
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Id_lies_in_the_range_of_its_category(string id)
    {
        var descriptor = Find(id);
        Assert.Matches(new Regex("^SC[1-5][0-9]{3}$"), id);
        var expected = id[2] switch
        {
            '1' => DiagnosticCategories.Secrets,
            '2' => DiagnosticCategories.Transport,
            '3' => DiagnosticCategories.Scopes,
            '4' => DiagnosticCategories.Connector,
            _ => DiagnosticCategories.Audit,
        };
        Assert.Equal(expected, descriptor.Category);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Help_link_points_at_the_rule_page(string id)
    {
        Assert.Equal(HelpLinks.RulesBaseUri + id + ".md", Find(id).HelpLinkUri);
        Assert.True(Find(id).IsEnabledByDefault);
        // Security rules name their weakness; declaration errors (SC4xxx) are not weaknesses and carry none.
        if (Find(id).Category != DiagnosticCategories.Connector)
        {
            Assert.Contains(Find(id).CustomTags, tag => tag.StartsWith("CWE-", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Rule_page_has_every_section(string id)
    {
        var path = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(path), path + " is missing");
        var page = File.ReadAllText(path);
        Assert.StartsWith("# " + id + ": " + Find(id).Title, page);
        foreach (var section in new[] { "## Why it matters", "## Non-compliant", "## Compliant", "## How to fix", "## Options", "## When to suppress", "## Related rules" })
        {
            Assert.Contains(section, page);
        }
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Rule_is_listed_in_the_index_the_readme_and_the_release_notes(string id)
    {
        var descriptor = Find(id);
        var row = $"| {descriptor.Category} | {descriptor.DefaultSeverity} | {(HasCodeFix(id) ? "yes" : "no")} | {descriptor.Title} |";
        Assert.Contains($"| [{id}]({id}.md) {row}", File.ReadAllText(RepositoryPaths.Combine("docs", "rules", "README.md")));
        Assert.Contains($"| [{id}](docs/rules/{id}.md) {row}", File.ReadAllText(RepositoryPaths.Combine("README.md")));

        var releases = File.ReadAllText(RepositoryPaths.Combine("src", "SecureConnectors.Analyzers", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(RepositoryPaths.Combine("src", "SecureConnectors.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches(new Regex($@"(?m)^{id} \| {descriptor.Category} \| {descriptor.DefaultSeverity} \|"), releases);
    }

    [Fact]
    public void Every_analyzer_reports_only_catalogued_descriptors()
    {
        var catalogued = AllDescriptors().ToHashSet();
        var analyzers = AnalyzerAssembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(analyzers);
        foreach (var type in analyzers)
        {
            var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
            Assert.All(analyzer.SupportedDiagnostics, d => Assert.Contains(d, catalogued));
        }
    }

    [Fact]
    public void Every_code_fix_fixes_catalogued_ids()
    {
        var ids = AllDescriptors().Select(d => d.Id).ToHashSet();
        foreach (var provider in CodeFixProviders())
        {
            Assert.NotNull(provider.GetFixAllProvider());
            Assert.All(provider.FixableDiagnosticIds, id => Assert.Contains(id, ids));
        }
    }

    private static bool HasCodeFix(string id) => CodeFixProviders().Any(p => p.FixableDiagnosticIds.Contains(id));

    private static IEnumerable<CodeFixProvider> CodeFixProviders() =>
        CodeFixAssembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!);

    private static DiagnosticDescriptor Find(string id) => AllDescriptors().Single(d => d.Id == id);

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
}
