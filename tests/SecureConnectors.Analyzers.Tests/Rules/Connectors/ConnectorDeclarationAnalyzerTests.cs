using System.Linq;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.Connectors;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Connectors.ConnectorDeclarationAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Connectors;

/// <summary>SC4001-SC4028: each declaration the generator cannot build, reported where it is written.</summary>
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
        Verify.Diagnostic("SC4002").WithLocation(0).WithArguments("IA", "BaseUrl is missing"),
        Verify.Diagnostic("SC4002").WithLocation(1).WithArguments("IB", "BaseUrl 'api/v1' is not an absolute http or https URL"),
        Verify.Diagnostic("SC4002").WithLocation(2).WithArguments("IC", "BaseUrl carries user-info, a query or a fragment; credentials come from the credential provider and queries from [Query] parameters"),
        Verify.Diagnostic("SC4002").WithLocation(3).WithArguments("ID", "BaseUrl 'ftp://files.example.com/' is not an absolute http or https URL"));

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
        Verify.Diagnostic("SC4005").WithLocation(0).WithArguments("employees/{employeeId}", "GetAsync", "'{employeeId}' names no parameter of the method; add a parameter named 'employeeId', or rename the placeholder to the parameter that fills it"),
        Verify.Diagnostic("SC4006").WithLocation(4).WithArguments("id", "GetAsync", "is in no route placeholder and has no [Query] or [Body], so its value would never reach the provider; mark it [Query] or [Body], or write '{id}' in the route"),
        Verify.Diagnostic("SC4005").WithLocation(1).WithArguments("https://other.example.com/employees", "OtherHostAsync", "a route is relative to the connector's BaseUrl and cannot name another host; write the path only (\"employees/{id}\"), and declare another host as its own [Connector]"),
        Verify.Diagnostic("SC4005").WithLocation(2).WithArguments("employees/{id", "UnclosedAsync", "'{' without a matching '}'; close the placeholder: {name}"),
        Verify.Diagnostic("SC4005").WithLocation(3).WithArguments("employees?id={id}", "QueryAsync", "'{id}' is in the query; remove it from the route and mark the parameter [Query(\"id\")]"));

    [Fact]
    public Task SC4006_parameters_bound_nowhere_or_twice() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("employees/{id}")] Task<View> GetAsync(string id, string {|#0:unused|});
            [Get("employees/{id}")] Task<View> TwiceAsync([Query] string {|#1:id|});
        }
        """,
        Verify.Diagnostic("SC4006").WithLocation(0).WithArguments("unused", "GetAsync", "is in no route placeholder and has no [Query] or [Body], so its value would never reach the provider; mark it [Query] or [Body], or write '{unused}' in the route"),
        Verify.Diagnostic("SC4006").WithLocation(1).WithArguments("id", "TwiceAsync", "is bound more than once (route, [Query], [Body]); a value goes to one place: keep one of the route placeholder, [Query] and [Body]"));

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
        Verify.Diagnostic("SC4008").WithLocation(2).WithArguments("page", "RefAsync", "ref, out, in and params parameters cannot be sent; declare it as a plain value parameter (send a list as [Body])"),
        Verify.Diagnostic("SC4008").WithLocation(3).WithArguments("second", "TokensAsync", "an operation takes at most one CancellationToken; remove this one"));

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
        Verify.Diagnostic("SC4010").WithLocation(1).WithArguments("OfString", "'string' is not a class whose properties carry [Field]"),
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
        Verify.Diagnostic("SC4013").WithLocation(3).WithArguments("Tags", "Wrong", "List<string>",
            "use string, bool, int, long, double, decimal, DateTimeOffset, DateTime, DateOnly, Guid, Uri or an enum (each also nullable), a [Projection] of a nested object, IReadOnlyList<T> of these or IReadOnlyDictionary<string, T> of scalars"));

    [Fact]
    public Task Nested_objects_lists_maps_enums_and_dotted_paths_report_nothing() => VerifyAsync("""
        public enum Status { Active, [System.Runtime.Serialization.EnumMember(Value = "on-leave")] OnLeave }
        public sealed class Address { [Field("city")] public string? City { get; init; } }
        [Resource("people")]
        public sealed class Person
        {
            [Field("id", Select = "")] public long Id { get; init; }
            [Field("address")] public Address? Address { get; init; }
            [Field("address.city")] public string? City { get; init; }
            [Field("history")] public IReadOnlyList<Address> History { get; init; } = Array.Empty<Address>();
            [Field("tags")] public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();
            [Field("meta")] public IReadOnlyDictionary<string, decimal>? Meta { get; init; }
            [Field("status")] public Status? Status { get; init; }
            [Field("site")] public Uri? Site { get; init; }
        }
        [Projection(typeof(Address))] public partial record AddressView(string? City);
        [Projection(typeof(Person))]
        public partial record PersonView(long Id, AddressView? Address, string? City, IReadOnlyList<AddressView> History,
            IReadOnlyList<string> Tags, IReadOnlyDictionary<string, decimal>? Meta, Status? Status, Uri? Site);
        """);

    [Fact]
    public Task A_projection_that_contains_itself_is_SC4013() => VerifyAsync("""
        public sealed class Node { [Field("id")] public string Id { get; init; } = ""; [Field("parent")] public Node? Parent { get; init; } }
        [Projection(typeof(Node))] public partial record NodeView(string Id, NodeView? {|#0:Parent|});
        """,
        Verify.Diagnostic("SC4013").WithLocation(0).WithArguments("Parent", "NodeView", "NodeView?",
            "a projection cannot contain itself, directly or through another; read the inner level into its own projection with the fields you need"));

    [Fact]
    public Task SC4013_says_what_to_write_for_a_nested_object_and_SC4014_a_bad_path() => VerifyAsync("""
        public sealed class Address { [Field("city")] public string? City { get; init; } }
        [Resource("people")]
        public sealed class Person
        {
            [Field("address")] public Address? Address { get; init; }
            [Field("address..city")] public string? City { get; init; }
            [Field("properties.email", Select = "email,phone")] public string? Email { get; init; }
            [Field("meta")] public IReadOnlyDictionary<string, Address>? Meta { get; init; }
        }
        [Projection(typeof(Person))]
        public partial record PersonView(Address? {|#0:Address|}, string? {|#1:City|}, string? {|#2:Email|}, IReadOnlyDictionary<string, Address>? {|#3:Meta|});
        """,
        Verify.Diagnostic("SC4013").WithLocation(0).WithArguments("Address", "PersonView", "Address?",
            "to read the object, declare '[Projection(typeof(Address))] partial record AddressView(...)' with the fields you need and use it (or IReadOnlyList<AddressView>)"),
        Verify.Diagnostic("SC4014").WithLocation(1).WithArguments("Person", "City", "address..city", "a path is JSON names joined by single dots, such as 'owner.login'"),
        Verify.Diagnostic("SC4014").WithLocation(2).WithArguments("Person", "Email", "properties.email", "Select names one field to send, without commas"),
        Verify.Diagnostic("SC4013").WithLocation(3).WithArguments("Meta", "PersonView", "IReadOnlyDictionary<string, Address>?",
            "a map is IReadOnlyDictionary<string, T> of a scalar T; read objects as IReadOnlyList<T> of a [Projection] or one [Projection] per known key"));

    [Fact]
    public Task Envelopes_paging_and_missing_records_report_nothing() => VerifyAsync("""
        #nullable enable
        [Connector("hris", BaseUrl = "https://api.example.com/v1/")]
        [Grant("employees:read")]
        public partial interface IHris
        {
            [Get("employees/{id}", ResultPath = "data.employee")] Task<View?> FindAsync(string id);
            [Get("employees", ResultPath = "results")] Task<IReadOnlyList<View>> SearchAsync([Query("q")] string query);
            [Get("employees", ResultPath = "data")]
            [CursorPaging("starting_after", CursorFromLastItem = "id", HasMorePath = "has_more")]
            IAsyncEnumerable<View> ListAsync([Query("limit")] int limit = 100, CancellationToken cancellationToken = default);
            [Get("contacts", ResultPath = "results")]
            [CursorPaging("after", NextCursorPath = "paging.next.after")]
            IAsyncEnumerable<View> ContactsAsync();
            [Get("issues")][LinkHeaderPaging] IAsyncEnumerable<View> IssuesAsync([Query("per_page")] int perPage = 100);
            [Get("directory")][PagePaging("page", SizeParameter = "per_page", PageSize = 50)] IAsyncEnumerable<View> DirectoryAsync();
        }
        """);

    [Fact]
    public Task SC4017_paging_attribute_on_an_operation_that_is_not_paged() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("employees")][{|#0:LinkHeaderPaging|}] Task<IReadOnlyList<View>> ListAsync();
            [Get("employees")][{|#1:PagePaging("page")|}] Task<View> OneAsync();
        }
        """,
        Verify.Diagnostic("SC4017").WithLocation(0).WithArguments("ListAsync", "[LinkHeaderPaging]"),
        Verify.Diagnostic("SC4017").WithLocation(1).WithArguments("OneAsync", "[PagePaging]"));

    [Fact]
    public Task SC4018_paged_operation_without_paging() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("employees")] IAsyncEnumerable<View> {|#0:ListAsync|}();
        }
        """,
        Verify.Diagnostic("SC4018").WithLocation(0).WithArguments("ListAsync", "View"));

    [Fact]
    public Task SC4019_two_paging_attributes() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("employees")][LinkHeaderPaging][{|#0:PagePaging("page")|}] IAsyncEnumerable<View> ListAsync();
        }
        """,
        Verify.Diagnostic("SC4019").WithLocation(0).WithArguments("ListAsync", "[LinkHeaderPaging], [PagePaging]"));

    [Fact]
    public Task SC4020_paging_parameters_that_are_empty_or_taken() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("a")][{|#0:CursorPaging("", NextCursorPath = "next")|}] IAsyncEnumerable<View> EmptyAsync();
            [Get("b")][{|#1:PagePaging("page", SizeParameter = "per page")|}] IAsyncEnumerable<View> SpaceAsync();
            [Get("c")][{|#2:PagePaging("page")|}] IAsyncEnumerable<View> TakenAsync([Query("page")] int page);
        }
        """,
        Verify.Diagnostic("SC4020").WithLocation(0).WithArguments("EmptyAsync", "[CursorPaging]",
            "the cursor parameter '' is not a query parameter name; write the name the provider documents, as in [CursorPaging(\"after\")] or [PagePaging(\"page\", SizeParameter = \"per_page\")]"),
        Verify.Diagnostic("SC4020").WithLocation(1).WithArguments("SpaceAsync", "[PagePaging]",
            "SizeParameter 'per page' is not a query parameter name; write the name the provider documents, as in [CursorPaging(\"after\")] or [PagePaging(\"page\", SizeParameter = \"per_page\")]"),
        Verify.Diagnostic("SC4020").WithLocation(2).WithArguments("TakenAsync", "[PagePaging]",
            "the page parameter 'page' is also a [Query] parameter of the method; remove that parameter, the pager sends 'page' on every page"));

    [Fact]
    public Task SC4021_malformed_response_paths() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [{|#0:Get("a", ResultPath = "data..items")|}] Task<IReadOnlyList<View>> EmptySegmentAsync();
            [{|#1:Get("b", ResultPath = "")|}] Task<View> EmptyAsync();
            [{|#2:Delete("c", ResultPath = "data")|}] Task NoResultAsync();
            [Get("d")][{|#3:CursorPaging("after", NextCursorPath = "paging.next.")|}] IAsyncEnumerable<View> CursorPathAsync();
            [Get("e")][{|#4:CursorPaging("after", CursorFromLastItem = "meta.id")|}] IAsyncEnumerable<View> ItemPathAsync();
        }
        """,
        Verify.Diagnostic("SC4021").WithLocation(0).WithArguments("EmptySegmentAsync", "ResultPath", "data..items",
            "it has an empty segment; write the provider's JSON property names separated by single dots, e.g. \"data\" or \"paging.next.after\""),
        Verify.Diagnostic("SC4021").WithLocation(1).WithArguments("EmptyAsync", "ResultPath", "",
            "it is empty; write the provider's JSON property names separated by single dots, e.g. \"data\" or \"paging.next.after\""),
        Verify.Diagnostic("SC4021").WithLocation(2).WithArguments("NoResultAsync", "ResultPath", "data",
            "the operation returns Task and reads no response; remove ResultPath, or return Task<T> to read the value there"),
        Verify.Diagnostic("SC4021").WithLocation(3).WithArguments("CursorPathAsync", "NextCursorPath", "paging.next.",
            "it has an empty segment; write the provider's JSON property names separated by single dots, e.g. \"data\" or \"paging.next.after\""),
        Verify.Diagnostic("SC4021").WithLocation(4).WithArguments("ItemPathAsync", "CursorFromLastItem", "meta.id",
            "it names one property of the item, not a path; write the item's JSON property that holds the cursor, e.g. \"id\""));

    [Fact]
    public Task SC4022_page_size_below_one() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("a")][{|#0:PagePaging("page", PageSize = 0)|}] IAsyncEnumerable<View> ListAsync();
        }
        """,
        Verify.Diagnostic("SC4022").WithLocation(0).WithArguments("ListAsync", 0));

    [Fact]
    public Task SC4023_cursor_paging_with_neither_or_both_cursor_sources() => VerifyAsync("""
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("a")][{|#0:CursorPaging("after")|}] IAsyncEnumerable<View> NeitherAsync();
            [Get("b")][{|#1:CursorPaging("after", NextCursorPath = "next", CursorFromLastItem = "id")|}] IAsyncEnumerable<View> BothAsync();
        }
        """,
        Verify.Diagnostic("SC4023").WithLocation(0).WithArguments("NeitherAsync",
            "it says neither where the next cursor is nor which item property is the cursor; add NextCursorPath = \"paging.next.after\" (a cursor in the response) or CursorFromLastItem = \"id\" (the last item's id, with HasMorePath = \"has_more\")"),
        Verify.Diagnostic("SC4023").WithLocation(1).WithArguments("BothAsync", "it sets both NextCursorPath and CursorFromLastItem; keep the one the provider documents"));

    [Fact]
    public Task SC4024_nullable_lists_and_items() => VerifyAsync("""
        #nullable enable
        [Connector("hris", BaseUrl = "https://api.example.com/")]
        public partial interface IHris
        {
            [Get("a")] Task<IReadOnlyList<View>?> {|#0:NullableListAsync|}();
            [Get("b")] Task<IReadOnlyList<View?>> {|#1:NullableItemsAsync|}();
            [Get("c")][LinkHeaderPaging] IAsyncEnumerable<View?> {|#2:NullablePagedAsync|}();
        }
        """,
        Verify.Diagnostic("SC4024").WithLocation(0).WithArguments("NullableListAsync", "Task<IReadOnlyList<View>?>", "Task<IReadOnlyList<View>> (an empty list when there is nothing)"),
        Verify.Diagnostic("SC4024").WithLocation(1).WithArguments("NullableItemsAsync", "Task<IReadOnlyList<View?>>", "Task<IReadOnlyList<View>> (an empty list when there is nothing)"),
        Verify.Diagnostic("SC4024").WithLocation(2).WithArguments("NullablePagedAsync", "IAsyncEnumerable<View?>", "IAsyncEnumerable<View>"));

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
    [InlineData("[Connector(\"x\", BaseUrl = \"https://a.example/\")] public partial interface I { [Get(\"a\", ResultPath = )][CursorPaging(] IAsyncEnumerable<View> A(); }")]
    [InlineData("[Connector(\"x\", BaseUrl = \"https://a.example/\")] public partial interface I { [Get(\"a\", ResultPath = null)][PagePaging(null, PageSize = )] IAsyncEnumerable<> A(); }")]
    [InlineData("public class B { public B Self { get; } public List<Dictionary<string, B[]>> All { get; } } [Connector(\"x\", BaseUrl = \"https://a.example/\")] public partial interface I { [Post(\"{**\")] Task A([Body(BodyFormat.Form)] B b, [Query(Format = )] int c); }")]
    [InlineData("[Connector(\"x\", BaseUrl = \"https://a.example/\", Naming = )] public partial interface I { [Post(\"a/{**p}\")] Task A(string p, [Body(BodyFormat.)] Missing m, [Query(Collection = QueryCollection.Csv)] int[] q); }")]
    public async Task Incomplete_declarations_never_throw(string source)
    {
        var diagnostics = await IncompleteCode.AnalyzeAsync(Usings + source + Resource, new ConnectorDeclarationAnalyzer());

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.All(diagnostics, d => Assert.StartsWith("SC4", d.Id));
    }
}
