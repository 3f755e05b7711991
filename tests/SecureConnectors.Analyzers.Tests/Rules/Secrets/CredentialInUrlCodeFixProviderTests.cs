using System.Threading.Tasks;
using SecureConnectors.Analyzers.Tests.Rules.Transport;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Infrastructure.Fake;
using Verify = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Secrets.CredentialInUrlAnalyzer,
    SecureConnectors.CodeFixes.Rules.Secrets.CredentialInUrlCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Secrets;

public sealed class CredentialInUrlCodeFixProviderTests
{
    private static readonly string Pwd = Chars(18, UrlSafe, 51);
    // the file imports System but not System.Text or System.Net.Http.Headers
    private static readonly string Header = $"new System.Net.Http.Headers.AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(\"ops:{Pwd}\")))";

    [Fact]
    public Task Moves_user_info_of_a_request_message_into_its_headers() =>
        Verify.VerifyFixAsync(
            Snippets.InClass($$"""
                HttpRequestMessage Request() => new(HttpMethod.Get, [|"https://ops:{{Pwd}}@gateway.contoso.example/api/"|]);
                """),
            Snippets.InClass($$"""
                HttpRequestMessage Request() => new(HttpMethod.Get, "https://gateway.contoso.example/api/") { Headers = { Authorization = {{Header}} } };
                """));

    [Fact]
    public Task Moves_user_info_of_a_base_address_into_the_default_headers() =>
        Verify.VerifyFixAsync(
            Snippets.InClass($$"""
                HttpClient Client() => new HttpClient { BaseAddress = new Uri([|"https://ops:{{Pwd}}@gateway.contoso.example/api/"|]) };
                """),
            Snippets.InClass($$"""
                HttpClient Client() => new HttpClient { BaseAddress = new Uri("https://gateway.contoso.example/api/"), DefaultRequestHeaders = { Authorization = {{Header}} } };
                """));

    [Fact]
    public Task Sets_the_header_before_a_client_call_in_a_block() =>
        Verify.VerifyFixAsync(
            Snippets.Usings + $$"""
                class StatusClient
                {
                    async Task<string> Fetch(HttpClient client)
                    {
                        var body = await client.GetStringAsync([|"https://ops:{{Pwd}}@gateway.contoso.example/api/status"|]);
                        return body;
                    }
                }
                """,
            Snippets.Usings + $$"""
                class StatusClient
                {
                    async Task<string> Fetch(HttpClient client)
                    {
                        client.DefaultRequestHeaders.Authorization = {{Header}};
                        var body = await client.GetStringAsync("https://gateway.contoso.example/api/status");
                        return body;
                    }
                }
                """);

    [Fact]
    public Task Offers_no_fix_where_the_url_does_not_go_to_an_http_client() =>
        Verify.VerifyNoFixAsync(Snippets.InClass($$"""
            const string Documents = [|"mongodb+srv://crm_sync:{{Pwd}}@cluster0.contoso.example/crm"|];
            const string Feed = [|"https://feeds.contoso.example/v1?access_token={{Chars(40, Alnum, 52)}}"|];
            """));

    [Fact]
    public Task Fix_all_moves_every_user_info() =>
        Verify.VerifyFixAsync(
            Snippets.InClass($$"""
                HttpRequestMessage A() => new(HttpMethod.Get, [|"https://ops:{{Pwd}}@gateway.contoso.example/a"|]);
                HttpRequestMessage B() => new(HttpMethod.Post, [|"https://ops:{{Pwd}}@gateway.contoso.example/b"|]);
                """),
            Snippets.InClass($$"""
                HttpRequestMessage A() => new(HttpMethod.Get, "https://gateway.contoso.example/a") { Headers = { Authorization = {{Header}} } };
                HttpRequestMessage B() => new(HttpMethod.Post, "https://gateway.contoso.example/b") { Headers = { Authorization = {{Header}} } };
                """));
}
