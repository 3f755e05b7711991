using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>A value that does not fit its property names where it is and why, never what it was.</summary>
public sealed class ReadErrorTests
{
    public static TheoryData<string, string, string, string, string, string> Errors => new()
    {
        // json, path, projection, property, reason, a value from the json that must not appear in the message
        { """{"title":null}""", "title", "IssueView", "Title", "null for non-nullable string", "null" },
        { """{"number":"fourteen"}""", "number", "IssueView", "Number", "expected a 32-bit integer", "fourteen" },
        { """{"state":"reopened-secretly"}""", "state", "IssueView", "State", "a name that enum IssueState does not know", "reopened-secretly" },
        { """{"state":7}""", "state", "IssueView", "State", "expected a string naming a IssueState value", "7" },
        { """{"state_reason":17}""", "state_reason", "IssueView", "StateReason", "expected a string naming a IssueStateReason value", "17" },
        { """{"user":{"login":null}}""", "user.login", "UserView", "Login", "null for non-nullable string", "null" },
        { """{"user":{"login":"octo-private"}, "labels":[{"name":"ok"},{"name":4711}]}""", "labels[1].name", "LabelView", "Name", "expected a string", "4711" },
        { """{"labels":[{"name":"ok"},null]}""", "labels[1]", "IssueView", "Labels", "null for a non-nullable object", "ok" },
        { """{"labels":{"name":"not-a-list"}}""", "labels", "IssueView", "Labels", "expected a JSON array", "not-a-list" },
        { """{"user":["octo-in-array"]}""", "user", "IssueView", "User", "expected a JSON object", "octo-in-array" },
        { """{"created_at":"yesterday-ish"}""", "created_at", "IssueView", "CreatedAt", "expected an ISO 8601 date or Unix seconds", "yesterday-ish" },
        { """{"html_url":true}""", "html_url", "IssueView", "HtmlUrl", "expected a URI", "true" },
    };

    public static TheoryData<string, string, string, string, string, string> CustomerErrors => new()
    {
        { """{"metadata":{"order_id":6735}}""", "metadata.order_id", "CustomerView", "Metadata", "expected a string", "6735" },
        { """{"preferred_locales":["en",null]}""", "preferred_locales[1]", "CustomerView", "PreferredLocales", "null for non-nullable string", "en" },
        { """{"balance":"12.5e-x"}""", "balance", "CustomerView", "Balance", "expected a 64-bit integer", "12.5e-x" },
        { """{"address":{"city":99}}""", "address.city", "AddressView", "City", "expected a string", "99" },
        { """{"tax_exempt":null}""", "tax_exempt", "CustomerView", "TaxExempt", "null for non-nullable TaxExempt", "null" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Issue_read_errors_name_path_projection_property_and_reason(string json, string path, string projection, string property, string reason, string value) =>
        AssertError(() => ProviderReadingTests.Read(IssueView.ReadJson, json), path, projection, property, reason, value);

    [Theory]
    [MemberData(nameof(CustomerErrors))]
    public void Customer_read_errors_name_path_projection_property_and_reason(string json, string path, string projection, string property, string reason, string value) =>
        AssertError(() => ProviderReadingTests.Read(CustomerView.ReadJson, json), path, projection, property, reason, value);

    [Fact]
    public void A_dotted_path_names_the_whole_path_and_a_list_item_its_index()
    {
        AssertError(() => ProviderReadingTests.Read(ContactView.ReadJson, """{"properties":{"num_notes":"three"}}"""),
            "properties.num_notes", "ContactView", "NumNotes", "expected a 32-bit integer", "three");
        AssertError(() => ProviderReadingTests.Read(ContactView.ReadJson, """{"properties":"flat-text"}"""),
            "properties", "ContactView", "Email", "expected a JSON object", "flat-text");
        AssertError(() => ProviderReadingTests.Read(DirectoryView.ReadJson, """{"employees":[{"id":"1"},{"id":"1"},{"id":"x-private"}]}"""),
            "employees[2].id", "DirectoryEmployeeView", "Id", "expected a 32-bit integer", "x-private");
    }

    [Fact]
    public void A_caller_reading_at_a_result_path_prepends_it_to_the_error_path()
    {
        // What a ResultPath ("data") reader does: read the list where it sits, then put its own segment in front.
        var json = """{"data":[{"id":"1"},{"id":"2"},{"id":"3"},{"id":"4","address":{"city":false}}]}""";
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        reader.Read();

        InvalidResponseException? error = null;
        try
        {
            CustomerView.ReadJsonList(ref reader, ulong.MaxValue);
        }
        catch (InvalidResponseException e)
        {
            error = e.PrependPath("data");
        }

        Assert.NotNull(error);
        Assert.Equal(("data[3].address.city", "AddressView", "City"), (error!.Path, error.Projection, error.Property));
        Assert.Equal("'data[3].address.city' (AddressView.City): expected a string", error.Message);
    }

    [Fact]
    public async Task A_call_whose_response_does_not_fit_fails_with_the_operation_the_path_and_no_value()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, ProviderResponses.StripeCustomer.Replace("\"6735\"", "6735")));
        var audit = new RecordingAuditSink();
        var client = new StripeCustomersClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), audit, new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => client.GetCustomerAsync("cus_1"));

        Assert.Equal("stripe.GetCustomerAsync: 'metadata.order_id' (CustomerView.Metadata): expected a string", error.Message);
        Assert.IsAssignableFrom<ConnectorException>(error);
        Assert.Equal(ConnectorCallOutcome.InvalidResponse, Assert.Single(audit.Events).Outcome);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_still_an_invalid_response_without_content()
    {
        await using var server = await LocalProvider.StartAsync(c => LocalProvider.Json(c, "{\"id\": \"cus_1\", oops-private"));
        var client = new StripeCustomersClient(Clients.Http(new Uri(server.Root, "v1/")), new TestCredentials(), null, new ConnectorOptions { AllowLoopbackHttp = true, AllowedHosts = { "127.0.0.1" } });

        var error = await Assert.ThrowsAsync<InvalidResponseException>(() => client.GetCustomerAsync("cus_1"));

        Assert.DoesNotContain("oops", error.Message, StringComparison.Ordinal);
        Assert.Equal("", error.Path);
        Assert.Null(error.Projection);
    }

    private static void AssertError(Action read, string path, string projection, string property, string reason, string value)
    {
        var error = Assert.Throws<InvalidResponseException>(read);

        Assert.Equal((path, projection, property, reason), (error.Path, error.Projection, error.Property, error.Reason));
        Assert.Equal($"'{path}' ({projection}.{property}): {reason}", error.Message);
        if (!reason.Contains(value, StringComparison.Ordinal) && !path.Contains(value, StringComparison.Ordinal))
        {
            Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
        }
    }
}
