using System.Threading.Tasks;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Scopes.ConnectorScopeAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Scopes;

/// <summary>SC3001-SC3004 on the grants of a connector against what its operations and fields need.</summary>
public sealed class ConnectorScopeAnalyzerTests
{
    [Fact]
    public Task An_exactly_granted_connector_reports_nothing() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant("employees:read")]
        [Grant("notes:write")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            [Post("employees/{id}/notes")][Requires("notes:write")] Task AddNoteAsync(string id, [Body] NewNote note);
        }
        """));

    [Fact]
    public Task A_write_grant_used_by_a_write_and_covering_reads_is_exact() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant("employees:write")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            [Delete("employees/{id}")][Requires("employees:write")] Task DeleteAsync(string id);
        }
        """));

    [Fact]
    public Task SC3001_wildcards_and_all_access_scopes_and_nothing_else_about_them() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant({|#0:"*"|}, {|#1:"employees:*"|}, {|#2:"admin"|}, {|#3:"hris:full_access"|}, {|#4:"User.Read.All"|})]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Entry> GetAsync(string id);
        }
        """),
        Verify.Diagnostic("SC3001").WithLocation(0).WithArguments("*", "a wildcard"),
        Verify.Diagnostic("SC3001").WithLocation(1).WithArguments("employees:*", "a wildcard"),
        Verify.Diagnostic("SC3001").WithLocation(2).WithArguments("admin", "an all-access scope"),
        Verify.Diagnostic("SC3001").WithLocation(3).WithArguments("hris:full_access", "an all-access scope"),
        Verify.Diagnostic("SC3001").WithLocation(4).WithArguments("User.Read.All", "an all-access scope"));

    [Fact]
    public Task SC3001_patterns_come_from_editorconfig() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant("employees:read", {|#0:"Directory.ReadWrite.Everything"|})]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Entry> GetAsync(string id);
        }
        """),
        "secure_connectors.broad_scope_patterns = *.ReadWrite.*, tenant-root",
        Verify.Diagnostic("SC3001").WithLocation(0).WithArguments("Directory.ReadWrite.Everything", "matched by the broad scope pattern '*.ReadWrite.*'"));

    [Fact]
    public Task SC3002_grants_no_operation_or_field_needs() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant("employees:read", {|#0:"compensation:read"|})]
        [Grant({|#1:"employees:write"|})]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Entry> GetAsync(string id);
        }
        """),
        Verify.Diagnostic("SC3002").WithLocation(0).WithArguments("compensation:read", "hris"),
        Verify.Diagnostic("SC3002").WithLocation(1).WithArguments("employees:write", "hris"));

    [Fact]
    public Task SC3003_scopes_an_operation_or_its_fields_need() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant("employees:read")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Sensitive> {|#0:GetAsync|}(string id);
            [Post("notes")][Requires("notes:write")] Task {|#1:AddNoteAsync|}([Body] NewNote note);
        }
        """),
        Verify.Diagnostic("SC3003").WithLocation(0).WithArguments("GetAsync", "employees.ssn:read", " (for 'Ssn')", "hris"),
        Verify.Diagnostic("SC3003").WithLocation(1).WithArguments("AddNoteAsync", "notes:write", "", "hris"));

    [Fact]
    public Task SC3003_declared_coverage_and_wildcards_count_as_granted_and_SC3004_names_the_narrower_scopes() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant({|#1:"hris.everything"|})]
        [ScopeCovers("hris.everything", "employees.ssn:read", "employees:read")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Sensitive> GetAsync(string id);
        }

        [Connector("wild", BaseUrl = "https://api.example.com/")]
        [Grant({|#0:"employees*"|})]
        public partial interface IWild
        {
            [Get("employees/{id}")] Task<Sensitive> GetAsync(string id);
        }
        """),
        Verify.Diagnostic("SC3001").WithLocation(0).WithArguments("employees*", "a wildcard"),
        Verify.Diagnostic("SC3004").WithLocation(1).WithArguments("hris.everything", "employees.ssn:read, employees:read"));

    [Fact]
    public Task SC3004_a_write_grant_used_only_for_reads() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant({|#0:"employees:write"|})]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            [Get("employees")] Task<IReadOnlyList<Entry>> ListAsync();
        }
        """),
        Verify.Diagnostic("SC3004").WithLocation(0).WithArguments("employees:write", "employees:read"));

    [Fact]
    public Task A_read_grant_beside_the_write_makes_the_unused_write_SC3002_not_SC3004() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant("employees:read", {|#0:"employees:write"|})]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<Entry> GetAsync(string id);
        }
        """),
        Verify.Diagnostic("SC3002").WithLocation(0).WithArguments("employees:write", "hris"));

    [Fact]
    public Task Connectors_with_declaration_errors_are_left_to_SC4xxx() => Verify.VerifyAsync(ScopeSnippets.With("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        [Grant("*")]
        public interface IHris
        {
            [Get("employees/{id}")] Task<Sensitive> GetAsync(string id);
        }
        """));
}
