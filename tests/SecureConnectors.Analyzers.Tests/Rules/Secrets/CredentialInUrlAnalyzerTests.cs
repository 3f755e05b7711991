using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.CredentialInUrlAnalyzer>;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

public sealed class CredentialInUrlAnalyzerTests
{
    // user-info passwords are written without the characters that URLs reserve
    private static readonly string Pwd = Chars(18, UrlSafe, 31);
    private static readonly string Generated = Chars(40, Alnum, 32);

    public static TheoryData<string> UrlsWithCredentials() => new()
    {
        $"const string Documents = [|{Literal($"mongodb+srv://crm_sync:{Pwd}@cluster0.contoso.example/crm?retryWrites=true")}|];",
        $"public string SftpDrop {{ get; init; }} = [|{Literal($"sftp://upload:{Pwd}@files.contoso.example:22/inbound")}|];",
        $"static readonly Uri Gateway = new([|{Literal($"https://ops_admin:{Pwd}@gateway.contoso.example/api/")}|]);",
        $"Task<HttpResponseMessage> M(HttpClient http, int start) => http.GetAsync([|$\"https://contoso.crm.example/api/v1/deals?status=open&api_token={Generated}&start={{start}}\"|]);",
        $"static readonly Uri Package = new([|{Literal($"https://contoso.blob.core.windows.net/audit/2024.zip?sv=2022-11-02&sp=r&sig={Chars(43, Base64, 33)}%3D")}|]);",
        $"const string Feed = [|{Literal($"https://feeds.contoso.example/v1?access_token={Generated}")}|];",
        $"const string Maps = [|{Literal($"https://maps.contoso.example/geocode?address=x&key={Generated}")}|];",
        $"const string Broker = [|@{Literal($"amqp://svc:{Pwd}@broker.contoso.example:5672/")}|];",
        // percent-encoded, as a password with a reserved character must be: judged as the server reads it
        $"const string Encoded = [|{Literal($"amqp://svc:{Pwd.Substring(0, 9)}%40{Pwd.Substring(9)}@broker.contoso.example:5672/")}|];",
    };

    [Theory]
    [MemberData(nameof(UrlsWithCredentials))]
    public Task Reports_user_info_passwords_and_secret_query_parameters(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    [Theory]
    [InlineData("Task<string> M(HttpClient c) => c.GetStringAsync([|\"repos?per_page=100&api_key=KEY\"|]);")]
    [InlineData("const string Query = [|\"?access_token=KEY\"|];")]
    [InlineData("Task<string> M(HttpClient c, string owner) => c.GetStringAsync([|$\"repos/{owner}/issues?token=KEY\"|]);")]
    public Task Reports_secrets_in_relative_request_paths_and_query_strings(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member.Replace("KEY", Generated)));

    [Theory]
    [InlineData("Task<string> M(HttpClient c) => c.GetStringAsync(\"repos?page=2&per_page=100\");")]
    [InlineData("const string Help = \"Pass ?api_key=KEY in the query\";")]
    [InlineData("const string Template = \"repos?api_key={apiKey}\";")]
    [InlineData("const string Template = \"postgres://{user}:{password}@db.contoso.example:5432/app\";")]
    [InlineData("const string Template = \"amqp://{0}:{1}@broker.contoso.example/\";")]
    public Task Leaves_templates_and_harmless_queries_alone(string member) =>
        Verify.VerifyAsync(Snippets.InClass(member.Replace("KEY", Generated)));

    [Fact]
    public Task Message_names_origin_and_where_never_the_value()
    {
        var source = Snippets.InClass($"const string Documents = {{|#0:{Literal($"mongodb+srv://crm_sync:{Pwd}@cluster0.contoso.example/crm")}|}};");
        return Verify.VerifyAsync(source, Verify.Diagnostic("SC1002").WithLocation(0).WithArguments("mongodb+srv://cluster0.contoso.example", "user-info"));
    }

    public static TheoryData<string> UrlsWithoutCredentials() => new()
    {
        "const string A = \"https://user@api.contoso.example/\";",
        $"const string Local = {Literal($"postgres://app:{Pwd}@localhost:5432/crm")};",
        "const string A = \"https://api.contoso.example/v1/users?page=2&sort=name\";",
        "Uri M(string user, string password) => new($\"https://{user}:{password}@api.contoso.example/\");",
        "const string A = \"https://user:<password>@api.contoso.example/\";",
        "const string A = \"https://api.contoso.example/v1?key=YOUR_API_KEY\";",
        "const string A = \"https://api.contoso.example/v1?token=refresh\";",
        "Uri M(string token) => new($\"https://api.contoso.example/v1?access_token={token}\");",
        "const string A = \"See https://docs.contoso.example/auth for how to get a token.\";",
        "const string A = \"https://api.contoso.example/v1?sig=\";",
        "const string Broker = \"amqp://aspire-named:aspire-named@broker.contoso.example:5672/\";",
        // a provider format in the URL is SC1001's
        $"const string Hook = {Literal("https://hooks.slack.com/services/T" + Chars(8, Upper + Digits) + "/B" + Chars(10, Upper + Digits) + "/" + Chars(24))};",
        $"const string Maps = {Literal("https://maps.contoso.example/geocode?key=AIza" + Chars(35, UrlSafe))};",
    };

    [Theory]
    [MemberData(nameof(UrlsWithoutCredentials))]
    public Task Leaves_urls_without_credentials_alone(string members) =>
        Verify.VerifyAsync(Snippets.InClass(members));

    // Fixture passwords, also percent-encoded (P%40ssword is P@ssword): exempt in test code only; in production code a
    // weak password is still a hardcoded credential. (A password that repeats a name, aspire-named:aspire-named, is
    // a name anywhere: UrlsWithoutCredentials.)
    private const string FixturePasswordUrls = """
        const string Broker = MARK"amqp://user%2f:P%40ssword@broker.contoso.example:10000/"END;
        const string Files = MARK"sftp://upload:Summer2025!@files.contoso.example/inbound"END;
        """;

    [Fact]
    public async Task Leaves_fixture_passwords_in_urls_alone_in_test_code()
    {
        var test = new SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.CredentialInUrlAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Messaging.Tests/BrokerTests.cs", Snippets.InClass(FixturePasswordUrls.Replace("MARK", "").Replace("END", ""))));
        await test.RunAsync();
    }

    [Fact]
    public Task Reports_fixture_passwords_in_urls_in_production_code() =>
        Verify.VerifyAsync(Snippets.InClass(FixturePasswordUrls.Replace("MARK", "[|").Replace("END", "|]")));

    // An otpauth:// URI is an authenticator's enrolment payload (a QR code's text): in test code its seed is the test's own
    // fixture; in production code a committed seed is reported. Another scheme with the same query still reports in tests.
    private static readonly string OtpSeed = Chars(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 36);

    private static string Enrolment(string mark, string end) => Snippets.InClass($"""
        const string Provisioning = {mark}"otpauth://totp/Ketterly:ada@ketterly.example?secret={OtpSeed}&issuer=Ketterly"{end};
        const string Counter = {mark}"otpauth://hotp/Ketterly:ada@ketterly.example?secret={OtpSeed}&counter=1"{end};
        """);

    [Fact]
    public async Task Leaves_otpauth_enrolment_uris_alone_in_test_code()
    {
        var test = new SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.CredentialInUrlAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Ketterly.Otp.Tests/KeyUriTests.cs", Enrolment("", "")));
        test.TestState.Sources.Add(("/src/Ketterly.Otp.Tests/FeedTests.cs", Snippets.InClass($"const string Feed = [|\"https://feeds.ketterly.example/v1?secret={OtpSeed}\"|];").Replace("class C", "class D")));
        await test.RunAsync();
    }

    [Fact]
    public Task Reports_otpauth_enrolment_uris_in_production_code() => Verify.VerifyAsync(Enrolment("[|", "|]"));

    [Fact]
    public Task Honours_the_allowlist() =>
        Verify.VerifyAsync(
            Snippets.InClass($"const string Demo = {Literal($"https://demo:{Pwd}@sandbox.vendor.example/")};"),
            "secure_connectors.secret_allowlist = ^https://demo:[^@]+@sandbox\\.vendor\\.example/$");

    // A pre-signed URL past its own expiry authorizes nothing: in test code it is a recorded URL (a test's expected
    // value). In production code the code holds it as a credential, expired or not; one still valid, or one whose
    // expiry does not parse, is reported anywhere.
    private static string AwsPresigned(string date, int seconds) =>
        "https://payroll-exports.s3.amazonaws.com/2020/ledger.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
        + Chars(20, Upper + Digits, 30) + "%2F20200501%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=" + date
        + "&X-Amz-Expires=" + seconds + "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + Chars(64, Hex, 31);

    private static string AzureSas(string end) =>
        "https://payrollexports.blob.core.windows.net/ledger/2020.csv?sv=2021-08-06&se=" + end + "&sr=b&sp=r&sig=" + Chars(43, Alnum, 32) + "%3D";

    // Akamai EdgeAuth, as Cloudinary's __cld_token__ carries it: st=...~exp=...~acl=...~hmac=...
    private static string EdgeToken(long expiry) =>
        "https://res.cloudinary.com/payroll/image/authenticated/s--v1--/sample.jpg?__cld_token__=st=11111111~exp=" + expiry
        + "~acl=%2fimage%2f*~hmac=" + Chars(64, Hex, 34);

    private static string SignedUrls(string expiredMark, string expiredEnd) => Snippets.InClass($"""
        const string ExpectedAws = {expiredMark}"{AwsPresigned("20200501T154533Z", 3600)}"{expiredEnd};
        const string ExpectedSas = {expiredMark}"{AzureSas("2020-05-01T16%3A45%3A33Z")}"{expiredEnd};
        const string ExpectedEdge = {expiredMark}"{EdgeToken(11111411)}"{expiredEnd};
        const string ExpectedRelativeEdge = {expiredMark}"/image/v1486020273?__cld_token__=st=11111111~exp=11111411~acl=*~hmac={Chars(64, Hex, 35)}"{expiredEnd};
        const string LiveEdge = [|"{EdgeToken(4102444800)}"|];
        const string LiveAws = [|"{AwsPresigned("20990501T154533Z", 3600)}"|];
        const string LiveSas = [|"{AzureSas("2099-05-01T16%3A45%3A33Z")}"|];
        const string NoExpiry = [|"https://payrollexports.blob.core.windows.net/ledger/2020.csv?sv=2021-08-06&sr=b&sp=r&sig={Chars(43, Alnum, 33)}"|];
        """);

    [Fact]
    public async Task Leaves_pre_signed_urls_past_their_expiry_alone_in_test_code()
    {
        var test = new SecureConnectors.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<SecureConnectors.Analyzers.Rules.Secrets.CredentialInUrlAnalyzer>.Test();
        test.TestState.Sources.Add(("/src/Contoso.Exports.Tests/PresignTests.cs", SignedUrls("", "")));
        await test.RunAsync();
    }

    [Fact]
    public Task Reports_pre_signed_urls_in_production_code_expired_or_not() => Verify.VerifyAsync(SignedUrls("[|", "|]"));

    // The expiry is read from text anyone can write: the ends of the calendar and nonsense never throw.
    [Theory]
    [InlineData("X-Amz-Date=99991231T235959Z&X-Amz-Expires=604800", false)]
    [InlineData("X-Amz-Date=00010101T000000Z&X-Amz-Expires=60", true)]
    [InlineData("Expires=99999999999999999999&Signature=x", false)]
    [InlineData("se=9999-12-31T23%3A59%3A59Z&sig=x", false)]
    [InlineData("se=%ZZ&sig=x", false)]
    [InlineData("X-Amz-Date=20200501T154533Z&X-Amz-Expires=-1", false)]
    [InlineData("", false)]
    public void Reads_expiries_at_the_ends_of_the_calendar_without_throwing(string query, bool expired) =>
        Assert.Equal(expired, SecureConnectors.Analyzers.Rules.Secrets.SignedUrlExpiry.HasExpired(query));
}
