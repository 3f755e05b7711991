using System;
using System.Threading;

namespace SecureConnectors;

/// <summary>
/// The tenant, actor and region of the connector calls made inside a scope, for applications that serve several tenants with
/// one client. The scope flows with the async call (like <see cref="AsyncLocal{T}"/>), wins over
/// <see cref="ConnectorOptions.Tenant"/>, <see cref="ConnectorOptions.Actor"/> and <see cref="ConnectorOptions.Region"/>,
/// and ends when disposed.
/// </summary>
/// <example>
/// <code>
/// using (ConnectorContext.Begin(tenant: "contoso", actor: "alice@contoso.example"))
/// {
///     var employee = await hris.GetEmployeeAsync(id);
/// }
/// </code>
/// </example>
public static class ConnectorContext
{
    private static readonly AsyncLocal<Frame?> CurrentFrame = new();

    /// <summary>
    /// Sets <paramref name="tenant"/> and <paramref name="actor"/> for the calls made until the result is disposed. A null
    /// value leaves that part to an enclosing scope or to the options.
    /// </summary>
    public static IDisposable Begin(string? tenant, string? actor) => Begin(tenant, actor, region: null);

    /// <summary>
    /// Sets <paramref name="tenant"/>, <paramref name="actor"/> and the data-residency <paramref name="region"/> for the
    /// calls made until the result is disposed. A null value leaves that part to an enclosing scope or to the options.
    /// </summary>
    public static IDisposable Begin(string? tenant, string? actor, string? region)
    {
        var frame = new Frame(tenant, actor, region, CurrentFrame.Value);
        CurrentFrame.Value = frame;
        return frame;
    }

    /// <summary>The tenant set by the innermost scope that sets one, or null.</summary>
    public static string? Tenant
    {
        get
        {
            for (var frame = CurrentFrame.Value; frame is not null; frame = frame.Outer)
            {
                if (frame.Tenant is not null)
                {
                    return frame.Tenant;
                }
            }

            return null;
        }
    }

    /// <summary>The actor set by the innermost scope that sets one, or null.</summary>
    public static string? Actor
    {
        get
        {
            for (var frame = CurrentFrame.Value; frame is not null; frame = frame.Outer)
            {
                if (frame.Actor is not null)
                {
                    return frame.Actor;
                }
            }

            return null;
        }
    }

    /// <summary>The region set by the innermost scope that sets one, or null.</summary>
    public static string? Region
    {
        get
        {
            for (var frame = CurrentFrame.Value; frame is not null; frame = frame.Outer)
            {
                if (frame.Region is not null)
                {
                    return frame.Region;
                }
            }

            return null;
        }
    }

    private sealed class Frame : IDisposable
    {
        public Frame(string? tenant, string? actor, string? region, Frame? outer)
        {
            Tenant = tenant;
            Actor = actor;
            Region = region;
            Outer = outer;
        }

        public string? Region { get; }

        public string? Tenant { get; }

        public string? Actor { get; }

        public Frame? Outer { get; }

        // Restores the enclosing scope; disposing an outer scope first also ends the ones inside it.
        public void Dispose()
        {
            if (CurrentFrame.Value is { } current && IsWithin(current))
            {
                CurrentFrame.Value = Outer;
            }
        }

        private bool IsWithin(Frame current)
        {
            for (var frame = current; frame is not null; frame = frame.Outer)
            {
                if (ReferenceEquals(frame, this))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
