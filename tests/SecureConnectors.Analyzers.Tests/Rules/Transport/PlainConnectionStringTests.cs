using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SecureConnectors.Analyzers.Rules.Transport;
using SecureConnectors.Analyzers.Tests.Verifiers;
using Xunit;
using FixVerify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Transport.PlainHttpUrlAnalyzer,
    SecureConnectors.CodeFixes.Rules.Transport.PlainHttpUrlCodeFixProvider>;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Transport.PlainHttpUrlAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Transport;

/// <summary>
/// SC2001 for connection strings that turn a remote database's encryption off (SQL Server's Encrypt=False, Npgsql's
/// SSL Mode=Disable, MySQL's SslMode=None, tls=false in a MongoDB URI or a Redis configuration), the fix that turns it
/// on and validating, and the look-alikes: encryption on, development servers, sentences, test code.
/// </summary>
public sealed class PlainConnectionStringTests
{
    [Theory]
    [InlineData("const string Db = [|\"Server=tcp:ledger.database.windows.net,1433;Database=Ledger;Encrypt=False\"|];")]
    [InlineData("const string Db = [|\"Host=pg.contoso.com;Database=hr;SSL Mode=Disable\"|];")]
    [InlineData("const string Db = [|\"Host=pg.contoso.com;Database=hr;SslMode=Allow\"|];")]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;Database=crm;SslMode=None\"|];")]
    [InlineData("const string Db = [|\"Data Source=sql01.payroll.corp;Initial Catalog=Payroll;Encrypt=Optional\"|];")]
    [InlineData("const string Mongo = [|\"mongodb://svc@routes-0.contoso.com:27017/?tls=false\"|];")]
    [InlineData("const string Cache = [|\"cache.contoso.com:6380,abortConnect=false,ssl=false\"|];")]
    [InlineData("string M(string db) => [|$\"Server=sql.contoso.com;Database={db};Encrypt=no\"|];")]
    [InlineData("const string Raw = [|\"DefaultEndpointsProtocol=http;AccountName=ledgerraw;EndpointSuffix=core.windows.net\"|];")]
    [InlineData("string M(string account, string key) => [|$\"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net\"|];")]
    public Task Reports_remote_databases_reached_without_encryption(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Theory]
    [InlineData("const string Db = \"Server=tcp:ledger.database.windows.net,1433;Encrypt=True\";")]
    [InlineData("const string Db = \"Host=pg.contoso.com;SSL Mode=VerifyFull\";")]
    [InlineData("const string Db = \"Server=localhost;Database=crm;SslMode=None\";")]
    [InlineData("const string Db = \"Host=postgres;Database=hr;SSL Mode=Disable\";")]
    [InlineData("const string Db = \"Server=(localdb)\\\\MSSQLLocalDB;Encrypt=False\";")]
    [InlineData("const string Db = \"Server=db.example.com;Encrypt=False\";")]
    [InlineData("const string Mongo = \"mongodb://127.0.0.1:27017/?tls=false\";")]
    [InlineData("const string Guidance = \"Never ship Encrypt=False to production servers like sql.contoso.com\";")]
    [InlineData("const string Flags = \"encrypt=false\";")]
    [InlineData("const string Raw = \"DefaultEndpointsProtocol=https;AccountName=ledgerraw\";")]
    [InlineData("const string Emulator = \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\";")]
    [InlineData("const string Protocol = \"DefaultEndpointsProtocol=http\";")]
    [InlineData("string M(string account, string endpoint, int port) => $\"DefaultEndpointsProtocol=http;AccountName={account};\" + $\"{endpoint}=http://localhost:{port}/\";")]
    [InlineData("string M(string account) => $\"DefaultEndpointsProtocol=http;AccountName={account};\";")]
    [InlineData("string M(string account, string suffix) => $\"DefaultEndpointsProtocol=http;AccountName={account};EndpointSuffix={suffix}\";")]
    [InlineData("const string Local = \"DefaultEndpointsProtocol=http;AccountName=ledgerraw;BlobEndpoint=http://azurite:10000/ledgerraw\";")]
    public Task Leaves_encrypted_local_and_unnamed_servers_and_sentences_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member));

    [Fact]
    public Task Message_names_the_server_and_the_setting_that_turns_encryption_on() =>
        Verify.VerifyAsync(
            Snippets.InClass("const string Db = {|#0:\"Server=sql.contoso.com;Database=Payroll;Encrypt=False\"|};"),
            Verify.Diagnostic("SC2001").WithLocation(0).WithArguments("sql.contoso.com", "Encrypt=True"));

    [Fact]
    public async Task Leaves_connection_strings_in_test_code_alone()
    {
        var test = new CSharpAnalyzerVerifier<PlainHttpUrlAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Data.Tests/ConnectionStringTests.cs", Snippets.InClass("const string Parsed = \"Server=sql.contoso.com;Encrypt=False\";")));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("const string Db = [|\"Server=sql.contoso.com;Database=Payroll;Encrypt=False\"|];", "const string Db = \"Server=sql.contoso.com;Database=Payroll;Encrypt=True\";")]
    [InlineData("const string Db = [|\"Encrypt=false;Server=sql.contoso.com\"|];", "const string Db = \"Encrypt=true;Server=sql.contoso.com\";")]
    [InlineData("const string Db = [|@\"Host=pg.contoso.com;SSL Mode=Disable;Username=hr\"|];", "const string Db = @\"Host=pg.contoso.com;SSL Mode=VerifyFull;Username=hr\";")]
    [InlineData("const string Db = [|\"Server=mysql.contoso.com;SslMode=None\"|];", "const string Db = \"Server=mysql.contoso.com;SslMode=VerifyFull\";")]
    [InlineData("const string Mongo = [|\"mongodb://routes-0.contoso.com/?tls=false&appName=routes\"|];", "const string Mongo = \"mongodb://routes-0.contoso.com/?tls=true&appName=routes\";")]
    [InlineData("const string Raw = [|\"DefaultEndpointsProtocol=http;AccountName=ledgerraw\"|];", "const string Raw = \"DefaultEndpointsProtocol=https;AccountName=ledgerraw\";")]
    public Task Turns_encryption_on(string member, string fixedMember) =>
        FixVerify.VerifyFixAsync(Snippets.InClass(member), Snippets.InClass(fixedMember));
}
