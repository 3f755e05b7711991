using System;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Where test code is, for the exemptions that only test code earns (fixture passwords such as
/// <c>P@ssw0rd!</c>): a project whose assembly name ends in .Tests, .Test, .UnitTests, .IntegrationTests or
/// .Specs, or that references xUnit, NUnit or MSTest; or a file in a folder named test or tests (or
/// *.Tests), or whose name ends in Tests.cs or Test.cs.
/// </summary>
internal static class TestCode
{
    private static readonly string[] ProjectSuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".Specs" };

    private static readonly string[] FrameworkAssemblies =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework",
    };

    public static bool IsTestProject(Compilation compilation)
    {
        var name = compilation.AssemblyName ?? "";
        foreach (var suffix in ProjectSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var reference in compilation.ReferencedAssemblyNames)
        {
            if (Array.IndexOf(FrameworkAssemblies, reference.Name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsTestFile(SyntaxTree tree) => IsTestPath(tree.FilePath);

    /// <summary>The folder and file-name rules of <see cref="IsTestFile"/> for any file path (an additional file too).</summary>
    public static bool IsTestPath(string? filePath)
    {
        var path = filePath ?? "";
        var segments = path.Split('/', '\\');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var folder = segments[i];
            if (folder.Equals("test", StringComparison.OrdinalIgnoreCase) || folder.Equals("tests", StringComparison.OrdinalIgnoreCase)
                || folder.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || folder.EndsWith(".Test", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var file = segments.Length > 0 ? segments[segments.Length - 1] : "";
        return file.EndsWith("Tests.cs", StringComparison.OrdinalIgnoreCase) || file.EndsWith("Test.cs", StringComparison.OrdinalIgnoreCase);
    }
}
