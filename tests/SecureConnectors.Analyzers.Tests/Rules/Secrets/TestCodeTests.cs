using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SecureConnectors.Analyzers.Rules.Secrets;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>Which paths are test code: the folders and file names of test projects, and their look-alikes.</summary>
public sealed class TestCodeTests
{
    [Theory]
    [InlineData("/src/test/Payroll/Client.cs", true)]
    [InlineData("/src/Payroll.Tests/Client.cs", true)]
    [InlineData("/src/Payroll.UnitTests/Framework/Ids.cs", true)]
    [InlineData("/src/Payroll.IntegrationTests/Client.cs", true)]
    [InlineData("/src/Payroll.FunctionalTests/App.config", true)]
    [InlineData("/src/Payroll.Specs/Steps.cs", true)]
    [InlineData("C:\\src\\UnitTests\\Client.cs", true)]
    [InlineData("/tests/JWT.Tests.Common/Models/TestData.cs", true)]
    [InlineData("/src/JWT.Tests.Common/Models/TestData.cs", true)]
    [InlineData("/src/Payroll/ClientTests.cs", true)]
    [InlineData("/src/Payroll/Client.cs", false)]
    [InlineData("/src/Payroll.Testing/FakeServer.cs", false)]
    [InlineData("/src/Contest/Entries.cs", false)]
    [InlineData("/src/Latest/Client.cs", false)]
    [InlineData("/src/Payroll.TestsSupport/Client.cs", false)]
    [InlineData(null, false)]
    public void Knows_test_paths(string? path, bool isTest) =>
        Assert.Equal(isTest, TestCode.IsTestPath(path));

    [Theory]
    [InlineData("xunit.core", true)]
    [InlineData("xunit.v3.core", true)]
    [InlineData("nunit.framework", true)]
    [InlineData("MSTest.TestFramework", true)]
    [InlineData("TUnit.Core", true)]
    [InlineData("TUnit.Coreutils", false)]
    [InlineData("Contoso.Payroll", false)]
    public void A_project_that_references_a_test_framework_is_test_code(string referencedAssembly, bool isTest)
    {
        var framework = CSharpCompilation.Create(referencedAssembly, new[] { CSharpSyntaxTree.ParseText("public class Marker { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var project = CSharpCompilation.Create("Contoso.Payroll.Checks", new[] { CSharpSyntaxTree.ParseText("class C { }") },
            new MetadataReference[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location), framework.ToMetadataReference() });

        Assert.Equal(isTest, TestCode.IsTestProject(project));
    }
}
