using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Scopes;
using SecureConnectors.CodeFixes.Rules.Scopes;
using Xunit;
using MissingGrantFix = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<SecureConnectors.Analyzers.Rules.Scopes.ConnectorScopeAnalyzer, SecureConnectors.CodeFixes.Rules.Scopes.MissingGrantCodeFixProvider>;
using UnusedGrantFix = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<SecureConnectors.Analyzers.Rules.Scopes.ConnectorScopeAnalyzer, SecureConnectors.CodeFixes.Rules.Scopes.UnusedGrantCodeFixProvider>;
using WriteForReadsFix = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<SecureConnectors.Analyzers.Rules.Scopes.ConnectorScopeAnalyzer, SecureConnectors.CodeFixes.Rules.Scopes.WriteGrantedForReadsCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Scopes;

/// <summary>The scope fixes, one by one and with Fix All (several diagnostics in one document).</summary>
public sealed class ConnectorScopeCodeFixTests
{
    [Fact]
    public Task SC3002_removes_the_unused_scope_and_the_attribute_it_empties() => UnusedGrantFix.VerifyFixAsync(
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read", {|SC3002:"compensation:read"|}, {|SC3002:"payroll:read"|})]
            [Grant({|SC3002:"employees:write"|})]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            }
            """),
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            }
            """));

    [Fact]
    public Task SC3004_grants_the_read_scope_instead_of_the_write() => WriteForReadsFix.VerifyFixAsync(
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant({|SC3004:"employees:write"|})]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            }

            [Connector("other", BaseUrl = "https://api.example.com/")]
            [Grant("notes:write", {|SC3004:"employees:write"|})]
            public partial interface IOther
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
                [Post("notes")][Requires("notes:write")] Task AddAsync([Body] NewNote note);
            }
            """),
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            }

            [Connector("other", BaseUrl = "https://api.example.com/")]
            [Grant("notes:write", "employees:read")]
            public partial interface IOther
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
                [Post("notes")][Requires("notes:write")] Task AddAsync([Body] NewNote note);
            }
            """));

    [Fact]
    public Task SC3004_replaces_a_covering_scope_with_every_narrower_one_it_stands_for() => WriteForReadsFix.VerifyFixAsync(
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant({|SC3004:"hris.everything"|})]
            [ScopeCovers("hris.everything", "employees:read", "employees.ssn:read", "compensation:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Sensitive> GetAsync(string id);
            }
            """),
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees.ssn:read", "employees:read")]
            [ScopeCovers("hris.everything", "employees:read", "employees.ssn:read", "compensation:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Sensitive> GetAsync(string id);
            }
            """));

    [Fact]
    public Task SC3003_adds_every_missing_scope_to_the_first_grant() => MissingGrantFix.VerifyFixAsync(
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Sensitive> {|SC3003:GetAsync|}(string id);
                [Post("notes")][Requires("notes:write")] Task {|SC3003:AddNoteAsync|}([Body] NewNote note);
            }
            """),
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read", "employees.ssn:read", "notes:write")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Sensitive> GetAsync(string id);
                [Post("notes")][Requires("notes:write")] Task AddNoteAsync([Body] NewNote note);
            }
            """),
        "MissingGrantCodeFixProvider.Grant");

    [Fact]
    public Task SC3003_adds_a_grant_attribute_when_the_connector_has_none() => MissingGrantFix.VerifyFixAsync(
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Entry> {|SC3003:GetAsync|}(string id);
            }
            """),
        ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
            }
            """),
        "MissingGrantCodeFixProvider.Grant");

    [Fact]
    public Task SC3003_removes_the_fields_that_need_the_scope_from_the_projection() => MissingGrantFix.VerifyFixAsync(
        ScopeSnippets.With("""
            [Projection(typeof(Employee))]
            public partial class Pay
            {
                public string Id { get; set; } = "";
                public decimal Salary { get; set; }
            }

            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Sensitive> {|SC3003:GetAsync|}(string id);
                [Get("pay/{id}")] Task<Pay> {|SC3003:GetPayAsync|}(string id);
            }
            """),
        ScopeSnippets.With("""
            [Projection(typeof(Employee))]
            public partial class Pay
            {
                public string Id { get; set; } = "";
            }

            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Sensitive> GetAsync(string id);
                [Get("pay/{id}")] Task<Pay> GetPayAsync(string id);
            }
            """).Replace("public partial record Sensitive(string Id, string Name, string Ssn);", "public partial record Sensitive(string Id, string Name);"),
        "MissingGrantCodeFixProvider.RemoveFields");

    [Fact]
    public Task SC3003_offers_no_field_removal_when_the_operation_declares_the_scope()
    {
        var source = ScopeSnippets.With("""
            [Connector("hris", BaseUrl = "https://api.example.com/")]
            [Grant("employees:read")]
            public partial interface IHris
            {
                [Get("employees/{id}")] Task<Entry> GetAsync(string id);
                [Post("notes")][Requires("notes:write")] Task {|SC3003:AddNoteAsync|}([Body] NewNote note);
            }
            """);
        var test = new MissingGrantFix.Test { TestCode = source, FixedCode = source, CodeActionEquivalenceKey = "MissingGrantCodeFixProvider.RemoveFields" };
        return test.RunAsync();
    }
}
