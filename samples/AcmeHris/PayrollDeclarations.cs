using System.Threading;
using System.Threading.Tasks;
using SecureConnectors;

namespace AcmeHris;

/// <summary>A payslip as the payroll API serves it: amounts and bank details are restricted data.</summary>
[Resource("payslips")]
public sealed class Payslip
{
    [Field("id")] public string Id { get; init; } = "";
    [Field("employeeId", Scope = "payroll:read")] public string EmployeeId { get; init; } = "";
    [Field("period", Scope = "payroll:read")] public string Period { get; init; } = "";
    [Field("gross", Scope = "payroll.amounts:read", Classification = DataClass.Restricted)] public decimal Gross { get; init; }
    [Field("bankAccount", Scope = "payroll.amounts:read", Classification = DataClass.Restricted)] public string BankAccount { get; init; } = "";
}

[Projection(typeof(Payslip))]
public sealed partial record PayslipView(string Id, string EmployeeId, string Period, decimal Gross);

/// <summary>
/// Acme's payroll API keeps each customer's data in its region: every call goes to the region of its tenant, never to
/// the other one, and a call without a region is refused. Voiding a payslip is for payroll administrators only.
/// </summary>
[Connector("acme-payroll", FieldsParameter = "fields")]
[Region("eu", BaseUrl = "https://payroll.eu.acme-hris.example/v1/")]
[Region("us", BaseUrl = "https://payroll.us.acme-hris.example/v1/")]
[Grant("payroll:read", "payroll.amounts:read", "payroll:write")]
public partial interface IAcmePayroll
{
    [Get("payslips/{id}")]
    Task<PayslipView> GetPayslipAsync(string id, CancellationToken cancellationToken = default);

    [Post("payslips/{id}/void")]
    [Requires("payroll:write")]
    [Roles("payroll-admin")]
    Task VoidPayslipAsync(string id, CancellationToken cancellationToken = default);
}
