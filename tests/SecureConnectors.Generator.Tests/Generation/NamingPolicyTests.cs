using System.Text.Json;
using SecureConnectors.Analyzers.Generator.Parsing;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>
/// The connector's Naming is applied at generation time; it must give the names System.Text.Json gives, so that a body
/// keeps its wire names when a connector moves from the serializer to the generated writers.
/// </summary>
public sealed class NamingPolicyTests
{
    [Theory]
    [InlineData("Name")]
    [InlineData("PreferredLocales")]
    [InlineData("Line1")]
    [InlineData("ID")]
    [InlineData("OrderID")]
    [InlineData("URLValue")]
    [InlineData("IPAddress")]
    [InlineData("already_snake")]
    [InlineData("camelCase")]
    [InlineData("X")]
    [InlineData("ABC")]
    [InlineData("Amount2Cents")]
    public void Names_match_System_Text_Json(string name)
    {
        Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(name), NamingPolicies.Apply(NamingPolicies.CamelCase, name));
        Assert.Equal(JsonNamingPolicy.SnakeCaseLower.ConvertName(name), NamingPolicies.Apply(NamingPolicies.SnakeCase, name));
        Assert.Equal(name, NamingPolicies.Apply(NamingPolicies.AsDeclared, name));
    }
}
