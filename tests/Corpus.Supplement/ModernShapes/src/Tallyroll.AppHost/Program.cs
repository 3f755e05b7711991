using Aspire.Hosting;

namespace Tallyroll.AppHost;

/// <summary>
/// The .NET Aspire AppHost of Tallyroll: the local stand-ins (Postgres, Redis, Mailpit, a WireMock of Orrin HR, Keycloak,
/// an OpenTelemetry collector feeding Seq) and what each service is given. Parameter values come from the AppHost's
/// configuration: user secrets on a developer's machine, the pipeline's variables when the app is deployed.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = DistributedApplication.CreateBuilder(args);

        var ketterlyApiKey = builder.AddParameter("ketterly-api-key", secret: true);
        var orrinClientSecret = builder.AddParameter("orrin-client-secret", secret: true);
        var pgPassword = builder.AddParameter("pg-password", secret: true);
        var ketterlyEnvironment = builder.AddParameter("ketterly-environment", "sandbox", publishValueAsDefault: true);

        var payrollDb = builder.AddConnectionString("payroll-db");

        var postgres = builder.AddPostgres("pg", password: pgPassword)
            .WithDataVolume("tallyroll-pg-data");
        var timesheets = postgres.AddDatabase("timesheets");
        var cache = builder.AddRedis("cache");

        builder.AddContainer("mailpit", "axllent/mailpit", "v1.21")
            .WithHttpEndpoint(port: 8025, targetPort: 8025, name: "ui")
            .WithEndpoint(port: 1025, targetPort: 1025, name: "smtp");

        var orrinMock = builder.AddContainer("orrin-mock", "wiremock/wiremock", "3.9.1")
            .WithHttpEndpoint(port: 8089, targetPort: 8080, name: "http")
            .WithBindMount("./mocks/orrin", "/home/wiremock")
            .WithArgs("--global-response-templating");

        var keycloak = builder.AddContainer("keycloak", "quay.io/keycloak/keycloak", "26.1")
            .WithHttpEndpoint(port: 8080, targetPort: 8080, name: "http")
            .WithEnvironment("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
            .WithEnvironment("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")  // expect: none
            .WithBindMount("./realms", "/opt/keycloak/data/import")
            .WithArgs("start-dev", "--import-realm");

        builder.AddContainer("seq", "datalust/seq", "2025.1")
            .WithHttpEndpoint(port: 5341, targetPort: 80, name: "http")
            .WithEnvironment("ACCEPT_EULA", "Y");

        builder.AddContainer("otel-collector", "otel/opentelemetry-collector-contrib", "0.118.0")
            .WithBindMount("./otel/collector.yaml", "/etc/otelcol-contrib/config.yaml")
            .WithEnvironment("SEQ_OTLP_ENDPOINT", "http://seq:5341/ingest/otlp")  // expect: none
            .WithEndpoint(port: 4317, targetPort: 4317, name: "grpc");

        var clearbenefit = builder.AddExternalService("clearbenefit", "http://api.clearbenefit.co/");  // expect: http

        var payrollApi = builder.AddProject<Projects.Tallyroll_PayrollApi>("payroll-api")
            .WithReference(payrollDb)
            .WithReference(cache)
            .WithReference(clearbenefit)
            .WithEnvironment("Ketterly__Environment", ketterlyEnvironment)
            .WithEnvironment("Ketterly__ApiKey", ketterlyApiKey)  // expect: none
            .WithEnvironment("Orrin__BaseAddress", "http://localhost:8089/v2/")  // expect: none
            .WithEnvironment("Orrin__ClientSecret", orrinClientSecret)
            .WithEnvironment("Payslips__SendGrid__ApiKey", "SG.{{synthetic:22:alnum}}.{{synthetic:43:alnum}}")  // expect: secret
            .WithExternalHttpEndpoints()
            .WaitFor(postgres)
            .WaitFor(orrinMock)
            .WaitFor(keycloak);

        builder.AddProject<Projects.Tallyroll_SyncWorker>("sync-worker")
            .WithReference(timesheets)
            .WithReference(payrollApi)
            .WithEnvironment("Punchline__BaseAddress", "http://api.punchline-time.com/v1/")  // expect: http
            .WithEnvironment("ConnectionStrings__legacy-punches", "Server=tcp:tt-sql02.tallyroll-corp.net,1433;Database=Punches;User Id=tt_bridge;Password={{synthetic:18:alnum}};Encrypt=True")  // expect: secret
            .WaitFor(timesheets);

        builder.Build().Run();
    }
}
