using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.HardcodedSecretAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

/// <summary>
/// SC1001 on positional attribute arguments: the receiving constructor parameter is read from the declared symbol's
/// bound attributes (not by binding the attribute again) on types, methods, properties, fields and parameters, and
/// by binding where a target specifier or another owner makes that necessary. The parameter is the one at the
/// argument's position of the constructor the attribute binds to, overloads included.
/// </summary>
public sealed class AttributeArgumentSecretTests
{
    private const string Attribute = """
        [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
        sealed class LoginAttribute : Attribute
        {
            public LoginAttribute(string displayName) { }
            public LoginAttribute(string user, string password) { }
        }

        """;

    private static readonly string Pwd = Password();

    [Theory]
    [InlineData("[Login(\"svc-reports\", {0})] sealed class Owner { }")]
    [InlineData("[Login(\"svc-reports\", {0})] void Method() { }")]
    [InlineData("[Login(\"svc-reports\", {0})] string Property { get; } = \"\";")]
    [InlineData("[Login(\"svc-reports\", {0})] string field = \"\";")]
    [InlineData("void Method([Login(\"svc-reports\", {0})] string value) { }")]
    [InlineData("[return: Login(\"svc-reports\", {0})] string Method() => \"\";")]
    [InlineData("[Login(\"svc-reports\", {0})] enum Kind { One }")]
    [InlineData("enum Kind { [Login(\"svc-reports\", {0})] One }")]
    public Task Reports_a_password_given_to_the_password_parameter(string declaration) =>
        Verify.VerifyAsync(Snippets.InClass(Attribute + declaration.Replace("{0}", $"[|{Literal(Pwd)}|]")));

    [Theory]
    [InlineData("[Login({0})] sealed class Owner { }")]
    [InlineData("[Login({0})] void Method() { }")]
    [InlineData("void Method([Login({0})] string value) { }")]
    [InlineData("[return: Login({0})] string Method() => \"\";")]
    public Task Leaves_the_same_value_given_to_a_name_parameter_alone(string declaration) =>
        Verify.VerifyAsync(Snippets.InClass(Attribute + declaration.Replace("{0}", Literal(Pwd))));

    [Fact]
    public Task Reads_each_attribute_of_a_member_at_its_own_position() =>
        Verify.VerifyAsync(Snippets.InClass(Attribute + $"[Login({Literal(Pwd)})][Login(\"svc-reports\", [|{Literal(Pwd)}|])] void Method() {{ }}"));
}
