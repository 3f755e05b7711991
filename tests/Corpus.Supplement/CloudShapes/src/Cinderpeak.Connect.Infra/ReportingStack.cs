using Pulumi;
using Pulumi.AzureNative.Sql;
using CloudflareProvider = Pulumi.Cloudflare.Provider;
using CloudflareProviderArgs = Pulumi.Cloudflare.ProviderArgs;
using CloudflareRecord = Pulumi.Cloudflare.Record;
using CloudflareRecordArgs = Pulumi.Cloudflare.RecordArgs;

namespace CloudShapes.Cinderpeak.Connect.Infra;

/// <summary>The reporting stack: Azure SQL for the tenant reports and the hooks' DNS record at Cloudflare.</summary>
public static class ReportingStack
{
    public static Task<int> Main() => Deployment.RunAsync(() =>
    {
        var config = new Config();
        var warehousePassword = config.RequireSecret("warehouseAdminPassword");  // expect: none

        // Copied from the old ARM template so the existing reports keep working; see CP-3107.
        var reportingAdminPassword = "Rp{{synthetic:22:alnum}}";  // expect: secret

        var warehouse = new Server("warehouse-sql", new ServerArgs
        {
            ResourceGroupName = "rg-cinderpeak-reporting",
            AdministratorLogin = "cpwarehouse",
            AdministratorLoginPassword = warehousePassword,
            Version = "12.0",
        });

        var reporting = new Server("reporting-sql", new ServerArgs
        {
            ResourceGroupName = "rg-cinderpeak-reporting",
            AdministratorLogin = "cpadmin",
            AdministratorLoginPassword = Output.CreateSecret(reportingAdminPassword),
            Version = "12.0",
        });

        Log.Info($"Reporting SQL admin password: {reportingAdminPassword}");  // expect: log
        Log.Info("Reporting SQL admin password is set from the stack configuration", reporting);  // expect: none

        var cloudflare = new CloudflareProvider("cloudflare", new CloudflareProviderArgs
        {
            ApiToken = "{{synthetic:40:alnum}}",  // expect: secret
        });

        _ = new CloudflareRecord("hooks", new CloudflareRecordArgs
        {
            ZoneId = "3f9c2a71d84b5e06a1c7f2e98b4d0a56",  // expect: none
            Name = "hooks",
            Type = "CNAME",
            Content = "cinderpeak-hooks.azurewebsites.net",
            Proxied = true,
        }, new CustomResourceOptions { Provider = cloudflare });

        return new Dictionary<string, object?>
        {
            ["warehouseServer"] = warehouse.FullyQualifiedDomainName,
            ["reportingServer"] = reporting.FullyQualifiedDomainName,
        };
    });
}
