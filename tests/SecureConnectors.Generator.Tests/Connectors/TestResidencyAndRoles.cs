using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Generator.Tests.Connectors.Residency;

/// <summary>An employee record with restricted fields (SSN, salary) beside ordinary ones.</summary>
[Projection(typeof(Employee))]
public sealed partial record PersonnelRecord(string Id, string DisplayName, string Ssn, decimal Salary);

/// <summary>Only restricted fields: a caller without a restricted-data role may not read anything here.</summary>
[Projection(typeof(Employee))]
public sealed partial record CompensationView(decimal Salary);

/// <summary>An HRIS that keeps each tenant's data in its region (two hosts, no BaseUrl of its own).</summary>
[Connector("regional-hris", FieldsParameter = "fields")]
[Region("eu", BaseUrl = "https://api.eu.hris.test.example/v2/")]
[Region("us", BaseUrl = "https://api.us.hris.test.example/v2/")]
[Grant("employees:read", "employees.ssn:read", "compensation:read", "employees:write")]
public partial interface IRegionalHris
{
    [Get("employees/{id}")]
    Task<PersonnelRecord> GetEmployeeAsync(string id, CancellationToken cancellationToken = default);

    [Get("employees/{id}")]
    Task<CompensationView> GetCompensationAsync(string id);

    [Get("employees")]
    Task<IReadOnlyList<PersonnelRecord>> ListEmployeesAsync();

    [Delete("employees/{id}")]
    [Requires("employees:write")]
    [Roles("hr-admin")]
    Task DeleteEmployeeAsync(string id);
}

/// <summary>A Stripe-shaped connector whose file contents live on a second host.</summary>
[Connector("files-stripe", BaseUrl = "https://api.stripe.test.example/v1/")]
[Grant("files:read")]
public partial interface ITestStripeFiles
{
    [Get("files/{id}")]
    [Requires("files:read")]
    Task DescribeFileAsync(string id);

    [Get("v1/files/{id}/contents", BaseUrl = "https://files.stripe.test.example/")]
    [Requires("files:read")]
    Task<System.IO.Stream> DownloadContentsAsync(string id);
}
