using System;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// Where test code is, for the exemptions that only test code earns (fixture passwords such as
/// <c>P@ssw0rd!</c>): a project named as test projects are (*.Tests, *.Test, *.UnitTests, *.IntegrationTests,
/// *.FunctionalTests, *.Specs, ...) or that references xUnit, NUnit, MSTest or TUnit; or a file in a folder named test or
/// tests or named as a test project is, or whose name ends in Tests.cs or Test.cs.
/// </summary>
internal static class TestCode
{
    // A project or folder named so holds tests (Payroll.Tests, Payroll.UnitTests, a folder UnitTests).
    private static readonly string[] TestNameSuffixes =
    {
        ".Tests", ".Test", "UnitTests", "IntegrationTests", "FunctionalTests", "AcceptanceTests", "EndToEndTests", ".Specs",
    };

    private static readonly string[] FrameworkAssemblies =
    {
        "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core",
    };

    public static bool IsTestProject(Compilation compilation)
    {
        if (IsTestName(compilation.AssemblyName ?? ""))
        {
            return true;
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
            if (IsTestName(segments[i]))
            {
                return true;
            }
        }

        var file = segments.Length > 0 ? segments[segments.Length - 1] : "";
        return file.EndsWith("Tests.cs", StringComparison.OrdinalIgnoreCase) || file.EndsWith("Test.cs", StringComparison.OrdinalIgnoreCase);
    }

    // test, tests, a project or its folder named as test projects are (Payroll.Tests, Payroll.UnitTests,
    // Payroll.Specs), a UnitTests or IntegrationTests folder, and a test project's shared library (JWT.Tests.Common).
    private static bool IsTestName(string folder)
    {
        if (folder.Equals("test", StringComparison.OrdinalIgnoreCase) || folder.Equals("tests", StringComparison.OrdinalIgnoreCase)
            || folder.IndexOf(".Tests.", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        foreach (var suffix in TestNameSuffixes)
        {
            if (folder.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
