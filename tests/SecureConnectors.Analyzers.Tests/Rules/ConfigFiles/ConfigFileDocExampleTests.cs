using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>The rule page's examples do what the page says: every non-compliant value is reported, no compliant one.</summary>
public sealed class ConfigFileDocExampleTests
{
    [Theory]
    [InlineData("## Non-compliant", "json", 2)]
    [InlineData("## Non-compliant", "xml", 1)]
    [InlineData("## Compliant", "json", 0)]
    public async Task Rule_page_examples_are_reported_as_documented(string section, string language, int expected)
    {
        var page = File.ReadAllText(RepositoryPaths.Combine("docs", "rules", "SC1003.md"));
        var start = page.IndexOf(section + "\n", System.StringComparison.Ordinal);
        var block = Regex.Match(page.Substring(start), "```" + language + "\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(block);

        var path = language == "json" ? "/app/appsettings.json" : "/app/web.config";
        Assert.Equal(expected, (await ConfigFileDiagnostics.RunAsync(path, block)).Length);
    }
}
