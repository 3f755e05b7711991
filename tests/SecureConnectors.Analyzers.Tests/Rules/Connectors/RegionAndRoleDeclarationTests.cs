using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Connectors.ConnectorDeclarationAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Connectors;

/// <summary>
/// SC4035 (regions), SC4036 ([Roles]), SC4037 (a second host on a connector with regions) and SC4002 for region and
/// operation base URLs, which are called exactly as declared.
/// </summary>
public sealed class RegionAndRoleDeclarationTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using SecureConnectors;

        """;

    [Fact]
    public Task Regions_roles_and_second_hosts_declared_well_report_nothing() => Verify.VerifyAsync(Usings + """
        [Connector("hris")]
        [Region("eu", BaseUrl = "https://api.eu.hris.example/v2/")]
        [Region("us", BaseUrl = "https://api.us.hris.example/v2/")]
        [Region("EU", BaseUrl = "https://api.eu2.hris.example/v2/")]
        public partial interface IHris
        {
            [Delete("employees/{id}")]
            [Roles("hr-admin", "payroll-admin")]
            Task DeleteAsync(string id);
        }

        [Connector("stripe", BaseUrl = "https://api.stripe.com/v1/")]
        public partial interface IStripe
        {
            [Delete("files/{id}", BaseUrl = "https://files.stripe.com/v1/")]
            Task DeleteFileAsync(string id);
        }
        """);

    [Fact]
    public Task SC4035_blank_and_repeated_region_names() => Verify.VerifyAsync(Usings + """
        [Connector("hris")]
        [Region("eu", BaseUrl = "https://api.eu.hris.example/v2/")]
        [{|#0:Region("eu", BaseUrl = "https://api.us.hris.example/v2/")|}]
        [{|#1:Region(" ", BaseUrl = "https://api.x.hris.example/v2/")|}]
        public partial interface IHris
        {
            [Delete("employees/{id}")]
            Task DeleteAsync(string id);
        }
        """,
        Verify.Diagnostic("SC4035").WithLocation(0).WithArguments("IHris", "region 'eu' is declared twice; each region has one base URL"),
        Verify.Diagnostic("SC4035").WithLocation(1).WithArguments("IHris", "a region needs a name, as in [Region(\"eu\", BaseUrl = \"https://api.eu.example.com/\")]"));

    [Fact]
    public Task SC4002_region_and_operation_base_urls_must_be_absolute_https() => Verify.VerifyAsync(Usings + """
        [Connector("hris")]
        [{|#0:Region("eu", BaseUrl = "http://api.eu.hris.example/v2/")|}]
        [{|#1:Region("us")|}]
        public partial interface IHris
        {
        }

        [Connector("stripe", BaseUrl = "https://api.stripe.com/v1/")]
        public partial interface IStripe
        {
            [{|#2:Delete("files/{id}", BaseUrl = "http://files.stripe.com/v1/")|}]
            Task DeleteFileAsync(string id);

            [{|#3:Delete("uploads/{id}", BaseUrl = "files/")|}]
            Task DeleteUploadAsync(string id);
        }
        """,
        Verify.Diagnostic("SC4002").WithLocation(0).WithArguments("IHris", "region 'eu' is called exactly as declared, so it needs an absolute https URL: BaseUrl 'http://api.eu.hris.example/v2/' is not an absolute https URL"),
        Verify.Diagnostic("SC4002").WithLocation(1).WithArguments("IHris", "region 'us' is called exactly as declared, so it needs an absolute https URL: BaseUrl is missing"),
        Verify.Diagnostic("SC4002").WithLocation(2).WithArguments("IStripe", "operation DeleteFileAsync is called on its own BaseUrl exactly as declared, so it needs an absolute https URL: BaseUrl 'http://files.stripe.com/v1/' is not an absolute https URL"),
        Verify.Diagnostic("SC4002").WithLocation(3).WithArguments("IStripe", "operation DeleteUploadAsync is called on its own BaseUrl exactly as declared, so it needs an absolute https URL: BaseUrl 'files/' is not an absolute https URL"));

    [Fact]
    public Task A_connector_without_regions_still_needs_its_base_url() => Verify.VerifyAsync(Usings + """
        [{|#0:Connector("hris")|}]
        public partial interface IHris
        {
        }
        """,
        Verify.Diagnostic("SC4002").WithLocation(0).WithArguments("IHris", "BaseUrl is missing"));

    [Fact]
    public Task SC4036_roles_that_name_nobody() => Verify.VerifyAsync(Usings + """
        [Connector("hris", BaseUrl = "https://api.hris.example/")]
        public partial interface IHris
        {
            [Delete("employees/{id}")]
            [{|#0:Roles|}]
            Task DeleteAsync(string id);

            [Delete("notes/{id}")]
            [{|#1:Roles("hr-admin", "")|}]
            Task DeleteNoteAsync(string id);
        }
        """,
        Verify.Diagnostic("SC4036").WithLocation(0).WithArguments("DeleteAsync", "it names no role, which would let nobody call it; name the roles that may, as in [Roles(\"hr-admin\")], or remove the attribute"),
        Verify.Diagnostic("SC4036").WithLocation(1).WithArguments("DeleteNoteAsync", "a role name is blank; write each role's name"));

    [Fact]
    public Task SC4037_a_second_host_on_a_connector_with_regions() => Verify.VerifyAsync(Usings + """
        [Connector("hris")]
        [Region("eu", BaseUrl = "https://api.eu.hris.example/v2/")]
        public partial interface IHris
        {
            [Delete("files/{id}", BaseUrl = "https://files.hris.example/")]
            Task {|#0:DeleteFileAsync|}(string id);
        }
        """,
        Verify.Diagnostic("SC4037").WithLocation(0).WithArguments("DeleteFileAsync", "IHris"));
}
