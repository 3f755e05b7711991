using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SecureConnectors.Testing.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Testing.Tests;

/// <summary>One fake shared by concurrent calls, loads and reads, as a test of a parallel sync job would share it.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Concurrent_calls_are_each_answered_and_recorded_once_with_their_own_credential()
    {
        const int Calls = 64;
        var fake = Hris.Fake();
        var tokens = TestTokens.Bearer();
        var client = Hris.Client(fake, tokens);
        var ids = new[] { "e-1001", "e-1002", "e-1003" };

        // Readers of Requests and writers of data and grants run while the calls do.
        var calls = Enumerable.Range(0, Calls).Select(i => Task.Run(async () => (await client.GetEmployeeAsync(ids[i % 3])).Id)).ToArray();
        var others = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            _ = fake.Requests.Count;
            fake.Grant("employees:read");
            fake.AddResource("other-" + i, """[{ "id": "x" }]""");
        })).ToArray();
        var answered = await Task.WhenAll(calls);
        await Task.WhenAll(others);

        Assert.Equal(Enumerable.Range(0, Calls).Select(i => ids[i % 3]), answered);
        var requests = fake.Requests;
        Assert.Equal(Calls, requests.Count);
        Assert.All(requests, r => Assert.Equal(200, r.StatusCode));
        Assert.Equal(Calls, requests.Select(r => r.RevealCredential()).Distinct().Count());
        Assert.Equal(Calls, tokens.Issued);
        ConnectorAssert.NoCallWithoutCredential(fake);
        ConnectorAssert.OnlyProjectedFieldsRequested(fake);
        ConnectorAssert.CredentialOnlyToDeclaredHosts(fake);
    }

    [Fact]
    public async Task Many_parallel_requests_are_all_recorded()
    {
        const int Requests = 2000;
        var fake = Hris.Fake();
        using var client = new HttpClient(fake);

        await Parallel.ForEachAsync(
            Enumerable.Range(0, Requests),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, token) =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.acme-hris.example/v2/employees/e-1001?fields=id");
                request.Headers.TryAddWithoutValidation("Authorization", Hris.HandToken + i);
                using var response = await client.SendAsync(request, token);
            });

        var recorded = fake.Requests;
        Assert.Equal(Requests, recorded.Count);
        Assert.Equal(Requests, recorded.Select(r => r.RevealCredential()).Distinct().Count());
    }
}
