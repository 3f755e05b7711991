using System.Linq;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Connectors;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Connectors.ConnectorDeclarationAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Connectors;

/// <summary>SC4001-SC4013 and SC4025-SC4028: each declaration the generator cannot build, reported where it is written.</summary>
public sealed class ConnectorDeclarationAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using SecureConnectors;

        """;

    private const string Resource = """

        [Resource("employees")]
        public class Employee
        {
            [Field("id")] public string Id { get; set; } = "";
            [Field("name", Scope = "employees:read")] public string Name { get; set; } = "";
            [Field("level")] public int Level { get; set; }
            [Field("tags")] public List<string> Tags { get; set; } = new();
            public string NotAField { get; set; } = "";
        }

        [Projection(typeof(Employee))]
        public partial record View(string Id, string Name);
        """;

    private static Task VerifyAsync(string declarations, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify.VerifyAsync(Usings + declarations + Resource, expected);

    [Fact]
    public Task An_exact_connector_reports_nothing() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/v1/", FieldsParameter = "$select", AuthHeader = "X-Api-Key")]
        [Grant("employees:read")]
        public partial interface IHris
        {
            [Get("/employees/{id}")] Task<View> GetAsync(string id, CancellationToken cancellationToken = default);
            [Get("employees")] Task<IReadOnlyList<View>> ListAsync([Query("q")] string? query, [Query] int? page, [Query] DayOfWeek day);
            [Post("employees/{id}/notes")] Task AddAsync(Guid id, [Body] Dictionary<string, string> note);
        }
        """);

    [Fact]
    public Task SC4001_connector_that_is_not_a_partial_interface() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public interface {|#0:IHris|} { }

        public static class Outer
        {
            [Connector("nested", BaseUrl = "https://api.example.com/")]
            public partial interface {|#1:INested|} { }
        }

        [Connector("", BaseUrl = "https://api.example.com/")]
        public partial interface {|#2:IUnnamed|} { }

        [Connector("header", BaseUrl = "https://api.example.com/", AuthHeader = "X Api Key")]
        public partial interface {|#3:IBadHeader|} { }

        public class TakenClient { }

        [Connector("taken", BaseUrl = "https://api.example.com/")]
        public partial interface {|#4:ITaken|} { }
        """,
        Verify.Diagnostic("SC4001").WithLocation(0).WithArguments("IHris", "the interface is not partial"),
        Verify.Diagnostic("SC4001").WithLocation(1).WithArguments("INested", "the interface is nested in another type; declare it at namespace level"),
        Verify.Diagnostic("SC4001").WithLocation(2).WithArguments("IUnnamed", "the connector's name is empty"),
        Verify.Diagnostic("SC4001").WithLocation(3).WithArguments("IBadHeader", "AuthHeader 'X Api Key' is not an HTTP header name"),
        Verify.Diagnostic("SC4001").WithLocation(4).WithArguments("ITaken", "a type named 'TakenClient' already exists in its namespace"));

    [Fact]
    public Task SC4002_base_url_missing_relative_or_with_credentials() => VerifyAsync("""
        [{|#0:Connector("a")|}] public partial interface IA { }
        [{|#1:Connector("b", BaseUrl = "api/v1")|}] public partial interface IB { }
        [{|#2:Connector("c", BaseUrl = "https://api.example.com/?key=1")|}] public partial interface IC { }
        [{|#3:Connector("d", BaseUrl = "ftp://files.example.com/")|}] public partial interface ID { }
        """,
        Verify.Diagnostic("SC4002").WithLocation(0).WithArguments("IA", "it is missing"),
        Verify.Diagnostic("SC4002").WithLocation(1).WithArguments("IB", "'api/v1' is not an absolute http or https URL"),
        Verify.Diagnostic("SC4002").WithLocation(2).WithArguments("IC", "it carries user-info, a query or a fragment; credentials come from the credential provider and queries from [Query] parameters"),
        Verify.Diagnostic("SC4002").WithLocation(3).WithArguments("ID", "'ftp://files.example.com/' is not an absolute http or https URL"));

    [Fact]
    public Task SC4003_members_that_are_not_operations() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            string {|#0:Name|} { get; }
            Task {|#1:PingAsync|}();
            [Get("a")][Post("b")] Task {|#2:BothAsync|}();
            [Get("a")] Task<T> {|#3:GenericAsync|}<T>();
            [Get("a")] Task {|#4:DefaultAsync|}() => Task.CompletedTask;
        }
        """,
        Verify.Diagnostic("SC4003").WithLocation(0).WithArguments("Name", "a connector interface declares operations only: methods with [Get], [Post], [Put], [Patch] or [Delete]"),
        Verify.Diagnostic("SC4003").WithLocation(1).WithArguments("PingAsync", "it has no [Get], [Post], [Put], [Patch] or [Delete] attribute"),
        Verify.Diagnostic("SC4003").WithLocation(2).WithArguments("BothAsync", "it has more than one HTTP method attribute"),
        Verify.Diagnostic("SC4003").WithLocation(3).WithArguments("GenericAsync", "an operation cannot be generic"),
        Verify.Diagnostic("SC4003").WithLocation(4).WithArguments("DefaultAsync", "an operation has no body; the generated client implements it"));

    [Fact]
    public Task SC4004_two_operations_with_one_name() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<View> GetAsync(string id);
            [Get("employees/{id}/{version}")] Task<View> {|#0:GetAsync|}(string id, int version);
        }
        """,
        Verify.Diagnostic("SC4004").WithLocation(0).WithArguments("GetAsync"));

    [Fact]
    public Task SC4005_route_placeholders_without_parameters_and_bad_templates() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [{|#0:Get("employees/{employeeId}")|}] Task<View> GetAsync(string {|#4:id|});
            [{|#1:Get("https://other.example.com/employees")|}] Task<View> OtherHostAsync();
            [{|#2:Get("employees/{id")|}] Task<View> UnclosedAsync(string id);
            [{|#3:Get("employees?id={id}")|}] Task<View> QueryAsync(string id);
        }
        """,
        Verify.Diagnostic("SC4005").WithLocation(0).WithArguments("employees/{employeeId}", "GetAsync", "'{employeeId}' names no parameter of the method"),
        Verify.Diagnostic("SC4006").WithLocation(4).WithArguments("id", "GetAsync", "is in no route placeholder and has no [Query] or [Body]; its value would never reach the provider"),
        Verify.Diagnostic("SC4005").WithLocation(1).WithArguments("https://other.example.com/employees", "OtherHostAsync", "a route is relative to the connector's BaseUrl and cannot name another host"),
        Verify.Diagnostic("SC4005").WithLocation(2).WithArguments("employees/{id", "UnclosedAsync", "'{' without a matching '}'"),
        Verify.Diagnostic("SC4005").WithLocation(3).WithArguments("employees?id={id}", "QueryAsync", "'{id}' is in the query; pass query values as [Query] parameters"));

    [Fact]
    public Task SC4006_parameters_bound_nowhere_or_twice() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<View> GetAsync(string id, string {|#0:unused|});
            [Get("employees/{id}")] Task<View> TwiceAsync([Query] string {|#1:id|});
        }
        """,
        Verify.Diagnostic("SC4006").WithLocation(0).WithArguments("unused", "GetAsync", "is in no route placeholder and has no [Query] or [Body]; its value would never reach the provider"),
        Verify.Diagnostic("SC4006").WithLocation(1).WithArguments("id", "TwiceAsync", "is bound more than once (route, [Query], [Body]); a value goes to one place"));

    [Fact]
    public Task SC4007_unsupported_return_types() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("a")] Task<Employee> {|#0:ResourceAsync|}();
            [Get("b")] View {|#1:SyncCall|}();
            [Get("c")] ValueTask<View> {|#2:ValueTaskAsync|}();
            [Get("d")] Task<List<View>> {|#3:ListAsync|}();
        }
        """,
        Verify.Diagnostic("SC4007").WithLocation(0).WithArguments("ResourceAsync", "Task<Employee>"),
        Verify.Diagnostic("SC4007").WithLocation(1).WithArguments("SyncCall", "View"),
        Verify.Diagnostic("SC4007").WithLocation(2).WithArguments("ValueTaskAsync", "ValueTask<View>"),
        Verify.Diagnostic("SC4007").WithLocation(3).WithArguments("ListAsync", "Task<List<View>>"));

    [Fact]
    public Task SC4008_unsupported_parameters() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("employees/{filter}")] Task<View> RouteAsync(List<string> {|#0:filter|});
            [Get("employees/{level}")] Task<View> OptionalAsync(int? {|#1:level|});
            [Get("employees")] Task<View> RefAsync([Query] ref int {|#2:page|});
            [Get("employees")] Task<View> TokensAsync(CancellationToken first, CancellationToken {|#3:second|});
        }
        """,
        Verify.Diagnostic("SC4008").WithLocation(0).WithArguments("filter", "RouteAsync", "'List<string>' cannot be written into a route; use string, a number, bool, Guid, a date, Uri or an enum"),
        Verify.Diagnostic("SC4008").WithLocation(1).WithArguments("level", "OptionalAsync", "a route value cannot be optional (nullable); make it a [Query] parameter"),
        Verify.Diagnostic("SC4008").WithLocation(2).WithArguments("page", "RefAsync", "ref, out, in and params parameters cannot be sent"),
        Verify.Diagnostic("SC4008").WithLocation(3).WithArguments("second", "TokensAsync", "an operation takes at most one CancellationToken"));

    [Fact]
    public Task SC4009_two_body_parameters() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Post("employees")] Task CreateAsync([Body] View first, [Body] View {|#0:second|});
        }
        """,
        Verify.Diagnostic("SC4009").WithLocation(0).WithArguments("CreateAsync"));

    [Fact]
    public Task SC4010_projections_that_cannot_be_generated() => VerifyAsync("""
        [Projection(typeof(Employee))] public record {|#0:NotPartial|}(string Id);
        [{|#1:Projection(typeof(string))|}] public partial record {|#2:OfString|}(string Id);
        [Projection(typeof(Employee))] public partial class {|#3:ReadOnlyClass|} { public ReadOnlyClass(int x) { } public string Id { get; } = ""; }
        [Projection(typeof(Employee))] public partial class {|#4:Empty|} { }
        """,
        Verify.Diagnostic("SC4010").WithLocation(0).WithArguments("NotPartial", "it is not partial; declare it 'partial' so that its reader can be generated into it"),
        Verify.Diagnostic("SC4010").WithLocation(1).WithArguments("OfString", "'string' is not a class marked [Resource]"),
        Verify.Diagnostic("SC4010").WithLocation(3).WithArguments("ReadOnlyClass", "it needs a constructor that takes every property (a positional record), or a parameterless constructor and settable properties"),
        Verify.Diagnostic("SC4010").WithLocation(4).WithArguments("Empty", "it declares no public properties to read"));

    [Fact]
    public Task SC4011_to_SC4013_projection_properties() => VerifyAsync("""
        [Projection(typeof(Employee))]
        public partial record Wrong(string Id, string {|#0:Salary|}, string {|#1:NotAField|}, long {|#2:Level|}, List<string> {|#3:Tags|});
        """,
        Verify.Diagnostic("SC4011").WithLocation(0).WithArguments("Salary", "Wrong", "Employee"),
        Verify.Diagnostic("SC4011").WithLocation(1).WithArguments("NotAField", "Wrong", "Employee"),
        Verify.Diagnostic("SC4012").WithLocation(2).WithArguments("Level", "Wrong", "long", "Employee", "int"),
        Verify.Diagnostic("SC4013").WithLocation(3).WithArguments("Tags", "Wrong", "List<string>"));

    [Fact]
    public Task Request_bodies_queries_and_catch_all_routes_that_can_be_written_report_nothing() => VerifyAsync("""
        public enum Tier { Gold, Basic }
        public sealed record Address(string? Line1, string? City);
        public sealed record Item(string Price, int? Quantity);
        public sealed class Customer
        {
            public string? Email { get; init; }
            public Address? Address { get; init; }
            public IReadOnlyDictionary<string, string>? Metadata { get; init; }
            public IReadOnlyList<Item>? Items { get; init; }
            public string[]? Locales { get; init; }
            public Tier? Tier { get; init; }
            public DateOnly? Since { get; init; }
            public Uri? Site { get; init; }
            public Guid Id { get; init; }
        }

        [Connector("stripe", BaseUrl = "https://api.example.com/", Naming = NamingPolicy.SnakeCase)]
        public partial interface IStripe
        {
            [Post("v1/customers")] Task CreateAsync([Body(BodyFormat.Form)] Customer customer);
            [Post("v1/events")] Task SendAsync([Body] IReadOnlyList<Item> items);
            [Get("repos/{owner}/contents/{**path}")] Task GetAsync(string owner, string path, [Query("expand[]")] IEnumerable<string>? expand = null,
                [Query("labels", Collection = QueryCollection.Csv)] List<Tier>? labels = null, [Query("day", Format = "yyyy-MM-dd")] DateOnly? day = null,
                [Query("at", Format = "o")] DateTimeOffset at = default);
        }
        """);

    [Fact]
    public Task SC4025_body_properties_that_cannot_be_written() => VerifyAsync("""
        public sealed class Customer
        {
            public string? Email { get; init; }
            public object? {|#0:Extra|} { get; init; }
            public Dictionary<int, string>? {|#1:ByNumber|} { get; init; }
            public List<TimeSpan>? {|#2:Durations|} { get; init; }
        }

        [Connector("stripe", BaseUrl = "https://api.example.com/")]
        public partial interface IStripe
        {
            [Post("v1/customers")] Task CreateAsync([Body(BodyFormat.Form)] Customer customer);
            [Post("v1/customers/json")] Task CreateJsonAsync([Body] Customer customer);
        }
        """,
        Verify.Diagnostic("SC4025").WithLocation(0).WithArguments("Extra", "Customer", "object?"),
        Verify.Diagnostic("SC4025").WithLocation(1).WithArguments("ByNumber", "Customer", "Dictionary<int, string>?"),
        Verify.Diagnostic("SC4025").WithLocation(2).WithArguments("Durations", "Customer", "List<TimeSpan>?"));

    [Fact]
    public Task SC4026_body_parameters_that_cannot_be_written() => VerifyAsync("""
        [Connector("stripe", BaseUrl = "https://api.example.com/")]
        public partial interface IStripe
        {
            [Post("a")] Task FormOfListAsync([Body(BodyFormat.Form)] List<string> {|#0:values|});
            [Post("b")] Task JsonOfObjectAsync([Body] object {|#1:anything|});
            [Post("c")] Task FormOfTextAsync([Body(BodyFormat.Form)] string {|#2:text|});
        }
        """,
        Verify.Diagnostic("SC4026").WithLocation(0).WithArguments("values", "FormOfListAsync", "List<string>", "a form body is an object (or a string-keyed dictionary) whose properties become the form's keys; sending it throws NotSupportedException"),
        Verify.Diagnostic("SC4026").WithLocation(1).WithArguments("anything", "JsonOfObjectAsync", "object", "bodies are objects, lists or string-keyed dictionaries of strings, bools, numbers, dates, Guid, Uri and enums; sending it throws NotSupportedException"),
        Verify.Diagnostic("SC4026").WithLocation(2).WithArguments("text", "FormOfTextAsync", "string", "a form body is an object (or a string-keyed dictionary) whose properties become the form's keys; sending it throws NotSupportedException"));

    [Fact]
    public Task SC4027_query_format_on_a_value_that_is_not_a_date() => VerifyAsync("""
        [Connector("github", BaseUrl = "https://api.example.com/")]
        public partial interface IGitHub
        {
            [Get("issues")] Task ListAsync([Query("page", Format = "D4")] int {|#0:page|}, [Query("labels", Format = "x")] IEnumerable<string> {|#1:labels|});
        }
        """,
        Verify.Diagnostic("SC4027").WithLocation(0).WithArguments("page", "ListAsync", "int"),
        Verify.Diagnostic("SC4027").WithLocation(1).WithArguments("labels", "ListAsync", "IEnumerable<string>"));

    [Fact]
    public Task SC4028_query_collection_on_a_single_value() => VerifyAsync("""
        [Connector("github", BaseUrl = "https://api.example.com/")]
        public partial interface IGitHub
        {
            [Get("issues")] Task ListAsync([Query("labels", Collection = QueryCollection.Csv)] string {|#0:labels|}, [Query("state", Collection = QueryCollection.Repeat)] DayOfWeek? {|#1:state|});
        }
        """,
        Verify.Diagnostic("SC4028").WithLocation(0).WithArguments("labels", "ListAsync", "string"),
        Verify.Diagnostic("SC4028").WithLocation(1).WithArguments("state", "ListAsync", "DayOfWeek?"));

    [Fact]
    public Task Catch_all_route_values_that_cannot_work() => VerifyAsync("""
        [Connector("github", BaseUrl = "https://api.example.com/")]
        public partial interface IGitHub
        {
            [{|#0:Get("contents/{**path}/raw")|}] Task RawAsync(string path);
            [Get("files/{**id}")] Task ByIdAsync(int {|#1:id|});
            [Get("search")] Task SearchAsync([Query] IEnumerable<object> {|#2:terms|});
        }
        """,
        Verify.Diagnostic("SC4005").WithLocation(0).WithArguments("contents/{**path}/raw", "RawAsync", "'{**path}' must end the path"),
        Verify.Diagnostic("SC4008").WithLocation(1).WithArguments("id", "ByIdAsync", "a catch-all route value ({**name}) is a string path"),
        Verify.Diagnostic("SC4008").WithLocation(2).WithArguments("terms", "SearchAsync", "the items of 'IEnumerable<object>' cannot be written into a query; use strings, numbers, bools, Guids, dates or enums"));

    [Theory]
    [InlineData("[Connector(\"x\", BaseUrl = ] public partial interface I { [Get(] Task<View> A(")]
    [InlineData("[Connector(nameof(Missing), BaseUrl = Missing.Url)] public partial interface I { [Get(Missing.Route)] Task<Missing> A(Missing m); }")]
    [InlineData("[Projection(typeof())] public partial record P(string Id")]
    [InlineData("[Projection(typeof(Employee))] public partial record P(string Id, ) ")]
    [InlineData("[Connector] public partial interface I { [Get] Task A(); [Query] int B; }")]
    [InlineData("public class B { public B Self { get; } public List<Dictionary<string, B[]>> All { get; } } [Connector(\"x\", BaseUrl = \"https://a.example/\")] public partial interface I { [Post(\"{**\")] Task A([Body(BodyFormat.Form)] B b, [Query(Format = )] int c); }")]
    [InlineData("[Connector(\"x\", BaseUrl = \"https://a.example/\", Naming = )] public partial interface I { [Post(\"a/{**p}\")] Task A(string p, [Body(BodyFormat.)] Missing m, [Query(Collection = QueryCollection.Csv)] int[] q); }")]
    public async Task Incomplete_declarations_never_throw(string source)
    {
        var diagnostics = await IncompleteCode.AnalyzeAsync(Usings + source + Resource, new ConnectorDeclarationAnalyzer());

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.All(diagnostics, d => Assert.StartsWith("SC4", d.Id));
    }
}
