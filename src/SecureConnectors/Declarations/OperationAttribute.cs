using System;

namespace SecureConnectors;

/// <summary>
/// The base of the HTTP method attributes. <c>{name}</c> in the route binds the parameter of that name, escaped.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class OperationAttribute : Attribute
{
    /// <summary>Declares an operation on a route relative to the connector's base address.</summary>
    protected OperationAttribute(string route)
    {
        Route = route;
    }

    /// <summary>The route template, relative to the base address.</summary>
    public string Route { get; }

    /// <summary>
    /// Where the result sits in the response, as a dotted path of property names from its root: <c>"data"</c> for
    /// Stripe's list envelope, <c>"results"</c> for HubSpot, <c>"channel"</c> for Slack's <c>conversations.info</c>.
    /// Null (the default): the response is the result. A response without the path is a read error.
    /// </summary>
    public string? ResultPath { get; set; }

    /// <summary>
    /// The absolute https base address of a second host this operation is called on (Stripe's
    /// <c>https://files.stripe.com/</c>), used as declared: an <c>HttpClient.BaseAddress</c> stands in only for the
    /// connector's own <c>BaseUrl</c>. Null (the default): the connector's base address.
    /// </summary>
    public string? BaseUrl { get; set; }
}

/// <summary>An HTTP GET operation.</summary>
public sealed class GetAttribute : OperationAttribute
{
    /// <summary>Declares a GET on <paramref name="route"/>.</summary>
    public GetAttribute(string route) : base(route) { }
}

/// <summary>An HTTP POST operation.</summary>
public sealed class PostAttribute : OperationAttribute
{
    /// <summary>Declares a POST on <paramref name="route"/>.</summary>
    public PostAttribute(string route) : base(route) { }
}

/// <summary>An HTTP PUT operation.</summary>
public sealed class PutAttribute : OperationAttribute
{
    /// <summary>Declares a PUT on <paramref name="route"/>.</summary>
    public PutAttribute(string route) : base(route) { }
}

/// <summary>An HTTP PATCH operation.</summary>
public sealed class PatchAttribute : OperationAttribute
{
    /// <summary>Declares a PATCH on <paramref name="route"/>.</summary>
    public PatchAttribute(string route) : base(route) { }
}

/// <summary>An HTTP DELETE operation.</summary>
public sealed class DeleteAttribute : OperationAttribute
{
    /// <summary>Declares a DELETE on <paramref name="route"/>.</summary>
    public DeleteAttribute(string route) : base(route) { }
}
