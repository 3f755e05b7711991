using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Connectors.ConnectorDeclarationAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Connectors;

/// <summary>SC4030: a [ProviderErrors] declaration that cannot say where the provider's error flag is.</summary>
public sealed class ProviderErrorsDeclarationTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using SecureConnectors;

        """;

    [Fact]
    public Task A_flag_and_a_code_path_report_nothing() => Verify.VerifyAsync(Usings + """
        [Connector("slack", BaseUrl = "https://slack.com/api/")]
        [ProviderErrors(OkPath = "ok", CodePath = "error")]
        public partial interface ISlack { [Post("chat.postMessage")] Task PostAsync(); }

        [Connector("nested", BaseUrl = "https://api.example.com/")]
        [ProviderErrors(OkPath = "meta.ok")]
        public partial interface INested { [Post("x")] Task PostAsync(); }
        """);

    [Fact]
    public Task SC4030_a_missing_or_malformed_path() => Verify.VerifyAsync(Usings + """
        [Connector("a", BaseUrl = "https://api.example.com/")]
        [{|#0:ProviderErrors(CodePath = "error")|}]
        public partial interface IA { [Post("x")] Task PostAsync(); }

        [Connector("b", BaseUrl = "https://api.example.com/")]
        [{|#1:ProviderErrors(OkPath = "response..ok")|}]
        public partial interface IB { [Post("x")] Task PostAsync(); }

        [Connector("c", BaseUrl = "https://api.example.com/")]
        [{|#2:ProviderErrors(OkPath = "ok", CodePath = "")|}]
        public partial interface IC { [Post("x")] Task PostAsync(); }
        """,
        Verify.Diagnostic("SC4030").WithLocation(0).WithArguments("IA", "OkPath is missing; set it to the dotted path of the boolean that is false on an error, for example OkPath = \"ok\""),
        Verify.Diagnostic("SC4030").WithLocation(1).WithArguments("IB", "OkPath 'response..ok' is not a dotted path of property names; write names separated by single dots, for example \"ok\" or \"meta.ok\""),
        Verify.Diagnostic("SC4030").WithLocation(2).WithArguments("IC", "CodePath '' is not a dotted path of property names; write names separated by single dots, for example \"error\", or leave it out"));

    [Fact]
    public Task Half_typed_declarations_do_not_crash_the_analyzer() => Verify.VerifyAsync(Usings + """
        [Connector("d", BaseUrl = "https://api.example.com/")]
        [ProviderErrors(OkPath = {|CS0103:undefined|})]
        public partial interface ID { [Post("x")] Task PostAsync(); }
        """);
}
