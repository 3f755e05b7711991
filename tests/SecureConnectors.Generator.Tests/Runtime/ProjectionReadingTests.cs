using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>A generated client asks for, reads and keeps only its projection's fields.</summary>
public sealed class ProjectionReadingTests
{
    private const string FullEmployee = """
        {"id":"e-1","displayName":"Ada Example","email":"ada@example.test","level":3,"active":true,
         "ssn":"000-00-0000","salary":123.45,"manager":{"id":"e-0","name":"Root","tags":["a",{"deep":[1,2,{"x":null}]}]},
         "history":[{"year":2020},{"year":2021}],"notes":null,"score":1e300}
        """;

    [Fact]
    public async Task Reads_the_projected_fields_and_skips_unknown_nested_values()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, FullEmployee));
        var audit = new RecordingAuditSink();
        var credentials = new TestCredentials();

        var employee = await Clients.Hris(server, credentials, audit).GetEmployeeAsync("e-1");

        Assert.Equal(new EmployeeView("e-1", "Ada Example", "ada@example.test", 3, true), employee);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/employees/e-1?fields=id,displayName,email,level,active", request.PathAndQuery);
        Assert.Equal("Bearer " + TestCredentials.Token, request.Headers["Authorization"]);
    }

    [Fact]
    public void The_field_list_names_only_the_projection()
    {
        Assert.Equal(new[] { "id", "displayName", "email", "level", "active" }, EmployeeView.JsonFieldNames);
        Assert.Equal(new[] { "id", "title" }, TicketTitle.JsonFieldNames);
    }

    [Fact]
    public void The_reader_keeps_defaults_for_missing_fields_and_accepts_null_where_nullable()
    {
        var reader = new Utf8JsonReader("""{"id":"e-2","email":null,"unknown":[1,2,3]}"""u8);
        reader.Read();

        var employee = EmployeeView.ReadJson(ref reader);

        Assert.Equal(new EmployeeView("e-2", "", null, 0, false), employee);
    }

    [Fact]
    public async Task Route_values_are_escaped_and_query_values_formatted_and_left_out_when_null()
    {
        await using var server = await LocalProvider.StartAsync(c =>
            LocalProvider.Json(c, c.Request.Path == "/v1/employees" ? "[" + FullEmployee + "," + FullEmployee + "]" : FullEmployee));
        var client = Clients.Hris(server, new TestCredentials());

        var all = await client.ListEmployeesAsync(department: "R&D / Ops", page: null);
        await client.GetEmployeeAsync("a/b c?d");

        Assert.Equal(2, all.Count);
        var requests = server.Requests.ToArray();
        Assert.Equal("/v1/employees?department=R%26D%20%2F%20Ops&fields=id,displayName,email,level,active", requests[0].PathAndQuery);
        Assert.Equal("/v1/employees/a%2Fb%20c%3Fd?fields=id,displayName,email,level,active", requests[1].PathAndQuery);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    public async Task Route_values_that_would_change_the_path_are_refused_before_sending(string id)
    {
        await using var server = await LocalProvider.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => Clients.Hris(server, new TestCredentials()).GetEmployeeAsync(id));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_body_is_sent_as_json_and_the_credential_request_names_the_operation_scopes()
    {
        await using var server = await LocalProvider.StartAsync(c => { c.Response.StatusCode = 204; return Task.CompletedTask; });
        var credentials = new TestCredentials();
        var audit = new RecordingAuditSink();

        await Clients.Hris(server, credentials, audit).AddNoteAsync("e-1", new NoteRequest { Text = "hello", Priority = 2 });

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/employees/e-1/notes", request.PathAndQuery);
        Assert.Equal("""{"text":"hello","priority":2}""", request.Body);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        var asked = Assert.Single(credentials.Requests);
        Assert.Equal(new[] { "notes:write" }, asked.Scopes);
        Assert.Equal("test-hris", asked.Connector);
        Assert.Equal("tenant-a", asked.Tenant);
        Assert.Empty(Assert.Single(audit.Events).FieldsRead);
    }

    [Fact]
    public async Task An_api_key_goes_raw_into_the_declared_header_and_nowhere_else()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, """{"id":7,"title":"Printer","secret":"x"}"""));
        var credentials = new TestCredentials { Next = _ => ConnectorCredential.ApiKey(new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddMinutes(5)) };
        var client = new TestTicketsClient(Clients.Http(server.Root), credentials, options: new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        var ticket = await client.GetTicketAsync(7);

        Assert.Equal((7L, "Printer"), (ticket.Id, ticket.Title));
        var request = Assert.Single(server.Requests);
        Assert.Equal(TestCredentials.Token, request.Headers["X-Api-Key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Equal("/tickets/7", request.PathAndQuery);
    }

    [Fact]
    public async Task Basic_credentials_are_encoded_as_user_colon_password()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, FullEmployee));
        var credentials = new TestCredentials { Next = _ => ConnectorCredential.Basic("svc", new SecretString(TestCredentials.Token), DateTimeOffset.UtcNow.AddMinutes(5)) };

        await Clients.Hris(server, credentials).GetEmployeeAsync("e-1");

        var expected = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("svc:" + TestCredentials.Token));
        Assert.Equal("Basic " + expected, Assert.Single(server.Requests).Headers["Authorization"]);
    }
}
