using System.Net.Http.Json;

namespace CloudShapes.Cinderpeak.Connect.Aws;

/// <summary>Which instance and task are we? Used to tag exports with the producing host (IMDSv2 and the ECS agent).</summary>
public sealed class InstanceIdentity(HttpClient http)
{
    private const string MetadataTokenUrl = "http://169.254.169.254/latest/api/token";  // expect: none

    private const string InstanceIdUrl = "http://169.254.169.254/latest/meta-data/instance-id";

    private const string EcsTaskMetadataUrl = "http://169.254.170.2/v2/metadata";  // expect: none

    public async Task<string> InstanceIdAsync(CancellationToken ct)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Put, MetadataTokenUrl);
        tokenRequest.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "60");
        using var tokenResponse = await http.SendAsync(tokenRequest, ct);
        var sessionToken = await tokenResponse.Content.ReadAsStringAsync(ct);

        using var request = new HttpRequestMessage(HttpMethod.Get, InstanceIdUrl);
        request.Headers.Add("X-aws-ec2-metadata-token", sessionToken);
        using var response = await http.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task<string?> TaskArnAsync(CancellationToken ct)
    {
        var metadata = await http.GetFromJsonAsync<Dictionary<string, object>>(EcsTaskMetadataUrl, ct);
        return metadata?["TaskARN"]?.ToString();
    }
}
