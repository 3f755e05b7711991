using System;
using System.Linq;
using AcmeHris;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecureConnectors;

// 1. A fake Acme HRIS on 127.0.0.1 that serves full employee records.
await using var provider = await FakeHrisProvider.StartAsync();
Console.WriteLine($"Fake Acme HRIS listening on {provider.BaseAddress}");

// 2. The connector, registered the way an application registers it: credentials from a provider, audit to a
//    sink, the standard resilience pipeline. The fake provider stands in for the declared host, so this program says
//    so: plain http to loopback, and 127.0.0.1 as an allowed host (any other BaseAddress would be refused).
var services = new ServiceCollection();
services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true)
    .AddFilter("System.Net.Http", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning));
// Least-privilege OAuth: each call gets a token for exactly the scopes it needs, from the fake's token endpoint
// (client credentials, RFC 6749 4.4), cached per tenant and scope set until shortly before it expires.
services.AddClientCredentials(options =>
{
    options.TokenEndpoint = provider.TokenEndpoint;
    options.ClientId = FakeHrisProvider.ClientId;
    options.ClientSecret = new SecretString(FakeHrisProvider.ClientSecret);
    options.AllowLoopbackHttp = true;
});
services.AddSingleton<IActorRoleProvider, DirectoryRoles>();
services.AddSingleton<LoggerAuditSink>();
services.AddSingleton<AuditTrail>();
services.AddSingleton<IConnectorAuditSink>(sp => sp.GetRequiredService<AuditTrail>());
services.AddSingleton<IScopePolicy, TenantConsents>();
services.AddAcmeHris(options =>
    {
        options.AllowLoopbackHttp = true;
        options.AllowedHosts.Add("127.0.0.1");
        options.Tenant = "contoso";
        options.Actor = "directory-sync";
    })
    .ConfigureHttpClient(http => http.BaseAddress = provider.BaseAddress)
    .AddStandardResilienceHandler();

await using var container = services.BuildServiceProvider();
var hris = container.GetRequiredService<IAcmeHris>();

// 3. Calls through the generated client.
var engineers = await hris.ListEmployeesAsync(department: "Engineering");
var one = await hris.GetEmployeeAsync("e-1003");

// The demo shows what the client kept, personal fields included, from the fake provider (SC5001 would flag it in real code).
#pragma warning disable SC5001
Console.WriteLine();
Console.WriteLine("Directory entries (all the client kept):");
foreach (var entry in engineers.Append(one))
{
    Console.WriteLine($"  {entry}");
}

// The same client for a tenant that has consented to no scope: the tenant is set per call, so one client serves
// every tenant, and scoped fields are neither asked for nor kept.
DirectoryEntry narrowed;
using (ConnectorContext.Begin(tenant: "fabrikam", actor: "directory-sync"))
{
    narrowed = await hris.GetEmployeeAsync("e-1001");
}

Console.WriteLine();
Console.WriteLine($"For tenant fabrikam (no consented scope): {narrowed}");
#pragma warning restore SC5001

Console.WriteLine();
Console.WriteLine("Audit trail (names, never values):");
foreach (var auditEvent in container.GetRequiredService<AuditTrail>().Events)
{
    Console.WriteLine($"  {auditEvent}");
}

Console.WriteLine();
Console.WriteLine($"Field lists asked for:   {string.Join(" ", provider.RequestedFieldLists.Distinct().Select(f => "[" + f + "]"))}");
var neverAsked = FakeHrisProvider.ServedFields.Except(DirectoryEntry.JsonFieldNames).ToList();
Console.WriteLine($"Fields the provider had but the client never asked for, read or kept ({neverAsked.Count}): {string.Join(", ", neverAsked)}");

// 4. Payroll: data residency per tenant, roles per operation and per restricted field, tokens per scope set.
var regionalHosts = new RegionalHostsOnLoopback(provider.Root);
var payrollServices = new ServiceCollection();
payrollServices.AddClientCredentials(options =>
{
    options.TokenEndpoint = provider.TokenEndpoint;
    options.ClientId = FakeHrisProvider.ClientId;
    options.ClientSecret = new SecretString(FakeHrisProvider.ClientSecret);
    options.AllowLoopbackHttp = true;
});
payrollServices.AddSingleton<IActorRoleProvider, DirectoryRoles>();
payrollServices.AddSingleton<IConnectorAuditSink>(container.GetRequiredService<AuditTrail>());
payrollServices.AddAcmePayroll(options => options.RestrictedDataRoles.Add("payroll-admin"))
    .AddHttpMessageHandler(() => regionalHosts);
await using var payrollContainer = payrollServices.BuildServiceProvider();
var payroll = payrollContainer.GetRequiredService<IAcmePayroll>();

Console.WriteLine();

// As above: the demo prints what the client kept, restricted amounts included, to show who reads them (SC5001 in real code).
#pragma warning disable SC5001
using (ConnectorContext.Begin(tenant: "contoso", actor: "payroll-bot", region: "eu"))
{
    Console.WriteLine($"contoso (eu), payroll-bot:    {await payroll.GetPayslipAsync("p-2026-11-1001")}");
    await payroll.VoidPayslipAsync("p-2026-11-1001");
}

using (ConnectorContext.Begin(tenant: "fabrikam", actor: "directory-sync", region: "us"))
{
    // No restricted-data role: the amount is neither asked for nor read (0), and the token has no amounts scope.
    Console.WriteLine($"fabrikam (us), directory-sync: {await payroll.GetPayslipAsync("p-2026-11-2001")}");
    try
    {
        await payroll.VoidPayslipAsync("p-2026-11-2001");
    }
    catch (AccessDeniedException e)
    {
        Console.WriteLine($"Refused as expected: {e.Message}");
    }
}
#pragma warning restore SC5001

try
{
    await payroll.GetPayslipAsync("p-2026-11-1001");
}
catch (ResidencyException e)
{
    Console.WriteLine($"Refused as expected: {e.Message}");
}

Console.WriteLine($"Payroll hosts called:      {string.Join(", ", regionalHosts.Hosts)}");
Console.WriteLine($"Payroll requests served:   {string.Join(" | ", provider.PayrollRequests)}");
Console.WriteLine($"Token requests (scope):    {string.Join(" | ", provider.TokenScopes.Select(s => "[" + s + "]"))}");

// 5. What a reviewer reads: the scope manifest (also written to bin/.../AcmeHris.connectors.json by the build).
using (var manifest = System.Text.Json.JsonDocument.Parse(AcmeHrisManifest.Json))
{
    Console.WriteLine();
    Console.WriteLine($"Scope manifest of '{manifest.RootElement.GetProperty("connector").GetString()}': granted "
        + string.Join(", ", manifest.RootElement.GetProperty("grantedScopes").EnumerateArray().Select(s => s.GetString())));
    foreach (var field in manifest.RootElement.GetProperty("projections")[0].GetProperty("fields").EnumerateArray())
    {
        Console.WriteLine($"  reads {field.GetProperty("path").GetString(),-12} scope {field.GetProperty("scope").GetString() ?? "-",-16} {field.GetProperty("classification").GetString()}");
    }
}

// 6. The same client refuses plain http to a remote host before anything is sent.
var refused = new AcmeHrisClient(new System.Net.Http.HttpClient { BaseAddress = new Uri("http://api.acme-hris.example/v2/") }, new DemoTokenIssuer());
try
{
    await refused.GetEmployeeAsync("e-1001");
}
catch (InsecureTransportException e)
{
    Console.WriteLine();
    Console.WriteLine($"Refused as expected: {e.Message}");
}
