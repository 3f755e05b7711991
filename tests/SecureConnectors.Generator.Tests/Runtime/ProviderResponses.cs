namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Response bodies shaped like the providers' documented examples, with fake values.</summary>
internal static class ProviderResponses
{
    public const string GitHubIssue = """
        {"url":"https://api.github.example/repos/octo/hello/issues/1347","id":1,"node_id":"MDU6SXNzdWUx",
         "html_url":"https://github.example/octo/hello/issues/1347","number":1347,"state":"open","state_reason":null,
         "title":"Found a bug","body":"I'm having a problem with this.",
         "user":{"login":"octocat","id":1,"node_id":"MDQ6VXNlcjE=","site_admin":false,"type":"User"},
         "labels":[{"id":208045946,"name":"bug","description":"Something isn't working","color":"f29513","default":true},
                   {"id":208045947,"name":"help wanted","color":"008672","default":false}],
         "assignee":{"login":"octocat","id":1},
         "assignees":[{"login":"octocat","id":1,"site_admin":false},{"login":"hubot","id":2,"site_admin":true}],
         "milestone":{"id":1002604,"number":1,"state":"open","title":"v1.0","creator":{"login":"octocat"}},
         "locked":true,"comments":0,"closed_at":null,"created_at":"2011-04-22T13:33:48Z","updated_at":"2011-04-22T13:33:48Z",
         "author_association":"COLLABORATOR"}
        """;

    public const string StripeCustomer = """
        {"id":"cus_NffrFeUfNV2Hib","object":"customer",
         "address":{"city":"Brothers","country":"US","line1":"27 Example Ave","line2":null,"postal_code":"00000","state":"CA"},
         "balance":-1500,"created":1680893993,"currency":null,"default_source":null,"delinquent":false,"description":null,
         "discount":null,"email":"jenny@example.test","invoice_prefix":"0759376C","invoice_settings":{"custom_fields":null,
         "default_payment_method":null,"footer":null,"rendering_options":null},"livemode":false,
         "metadata":{"order_id":"6735","channel":"web"},"name":"Jenny Example","next_invoice_sequence":1,"phone":null,
         "preferred_locales":["en","fr"],"shipping":null,"tax_exempt":"reverse","test_clock":null}
        """;

    public const string HubSpotContact = """
        {"id":"512","properties":{"annualrevenue":"1500.00","createdate":"2024-01-10T10:00:00.000Z","email":"brian@example.test",
         "firstname":"Brian","hs_object_id":"512","lastmodifieddate":"2024-02-01T09:00:00.000Z","num_notes":"3"},
         "createdAt":"2024-01-10T10:00:00.000Z","updatedAt":"2024-02-01T09:00:00.000Z","archived":false}
        """;

    public const string BambooDirectory = """
        {"fields":[{"id":"displayName","type":"text","name":"Display name"},{"id":"workEmail","type":"email","name":"Work Email"}],
         "employees":[
          {"id":"123","displayName":"Ada Example","firstName":"Ada","jobTitle":"Engineer","workEmail":"ada@example.test","hireDate":"2020-01-15","photoUrl":"https://x.example/p.jpg"},
          {"id":"124","displayName":"Grace Example","firstName":"Grace","jobTitle":null,"workEmail":null,"hireDate":null}]}
        """;
}
