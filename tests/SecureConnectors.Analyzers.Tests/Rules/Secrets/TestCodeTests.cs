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
}
