using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Corpus.Supplement.Hris;

/// <summary>Nightly copy of the HRIS directory into the intranet: what it logs about employees.</summary>
public sealed class DirectorySyncJob(ILogger<DirectorySyncJob> logger)
{
    public void Report(HrisEmployee employee, DirectoryRow row, OrgChartRow orgRow, PayrollView pay, int pageCount, string? nextPageToken)
    {
        logger.LogInformation("Synced employee {EmployeeId}", employee.Id);  // expect: none
        logger.LogInformation("Employee {EmployeeId} is in {Department}", employee.Id,
            employee.Department);  // expect: none
        logger.LogInformation("Title {JobTitle} published to the org chart", employee.JobTitle);  // expect: none
        logger.LogWarning("No manager on file for {Email}", employee.WorkEmail);  // expect: log
        logger.LogDebug("Directory row written: {Row}", row);  // expect: log
        logger.LogDebug($"Org chart row written: {orgRow}");  // expect: none
        logger.LogDebug("Payroll view ready: {View}", pay);  // expect: none
        logger.LogInformation("Preferred name changed to " + row.PreferredName);  // expect: log
        logger.LogInformation("Fetched {Pages} pages, next {NextPageToken}", pageCount, nextPageToken);  // expect: none
        logger.LogInformation("Employee lives in {City}", employee.HomeAddress?.City);  // expect: log
        logger.LogInformation("Employee country {Country}", employee.HomeAddress?.CountryCode);  // expect: none
        logger.LogInformation("Escalating to manager {ManagerId}", employee.Manager?.Id);  // expect: none
        logger.LogInformation("Escalating to manager {ManagerEmail}", employee.Manager?.Email);  // expect: log
        Debug.WriteLine($"Payroll check for {pay.Id}: status {employee.EmploymentStatus}");  // expect: none
        Console.WriteLine("Salary outside band: " + pay.AnnualSalary);  // expect: log
    }

    public void Validate(HrisEmployee employee, IReadOnlyCollection<string> seenNationalIds)
    {
        if (seenNationalIds.Contains(employee.NationalId))
        {
            throw new InvalidOperationException($"Duplicate national id {employee.NationalId} for {employee.Id}");  // expect: log
        }

        if (employee.NationalId.Length != 11)
        {
            throw new FormatException($"Employee {employee.Id}: {nameof(employee.NationalId)} has {employee.NationalId.Length} characters");  // expect: none
        }
    }
}
