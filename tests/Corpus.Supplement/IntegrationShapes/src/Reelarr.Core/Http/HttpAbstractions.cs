using System.Globalization;
using System.Net;
using System.Text;

namespace Reelarr.Common.Http;

// The application's own HTTP layer, as the *arr applications have it: indexers, download clients and notifications
// build an HttpRequest and hand it to IHttpClient, which tests mock. No labels: nothing here holds an address.

public interface IHttpClient
{
    HttpResponse Execute(HttpRequest request);

    Task<HttpResponse> ExecuteAsync(HttpRequest request);
}

public sealed class HttpUri(string fullUri)
{
    public string FullUri { get; } = fullUri;

    public override string ToString() => FullUri;
}

public sealed class HttpRequest(string url)
{
    public HttpUri Url { get; set; } = new(url);

    public HttpMethod Method { get; set; } = HttpMethod.Get;

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[]? ContentData { get; private set; }

    public void SetContent(string data) => ContentData = Encoding.UTF8.GetBytes(data);
}

public sealed class HttpResponse(HttpRequest request, string content, HttpStatusCode statusCode = HttpStatusCode.OK)
{
    public HttpRequest Request { get; } = request;

    public string Content { get; } = content;

    public HttpStatusCode StatusCode { get; } = statusCode;

    public bool HasHttpError => (int)StatusCode >= 400;
}

public sealed class HttpRequestBuilder(string baseUrl)
{
    private readonly List<string> _segments = [];
    private readonly List<KeyValuePair<string, string>> _query = [];
    private HttpMethod _method = HttpMethod.Get;

    public HttpRequestBuilder Resource(string resource)
    {
        _segments.Add(resource.Trim('/'));
        return this;
    }

    public HttpRequestBuilder AddQueryParam(string name, object? value)
    {
        _query.Add(new(name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
        return this;
    }

    public HttpRequestBuilder Post()
    {
        _method = HttpMethod.Post;
        return this;
    }

    public HttpRequest Build()
    {
        var url = new StringBuilder(baseUrl.TrimEnd('/'));
        foreach (var segment in _segments.Where(s => s.Length > 0))
        {
            url.Append('/').Append(segment);
        }

        if (_query.Count > 0)
        {
            url.Append('?').AppendJoin('&', _query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));
        }

        return new HttpRequest(url.ToString()) { Method = _method };
    }
}

public static class LogCleanser
{
    private static readonly string[] SecretParameters = ["apikey", "passkey", "token", "password"];

    /// <summary>Replaces the values of secret query parameters with "(removed)" before a URL is logged.</summary>
    public static string Cleanse(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return url;
        }

        var pairs = url[(query + 1)..].Split('&').Select(pair =>
        {
            var name = pair.Split('=', 2)[0];
            return SecretParameters.Contains(name, StringComparer.OrdinalIgnoreCase) ? name + "=(removed)" : pair;
        });
        return url[..(query + 1)] + string.Join('&', pairs);
    }
}
