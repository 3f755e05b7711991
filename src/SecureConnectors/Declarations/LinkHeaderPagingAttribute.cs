using System;

namespace SecureConnectors;

/// <summary>
/// Pages an operation that returns <c>IAsyncEnumerable&lt;T&gt;</c> by following the response's
/// <c>Link: &lt;...&gt;; rel="next"</c> header (GitHub, RFC 8288). The next link is followed only to the origin of the
/// first request; a link elsewhere fails the enumeration before anything is sent to it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LinkHeaderPagingAttribute : Attribute
{
}
