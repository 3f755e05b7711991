using System;
using System.Threading;

namespace SecureConnectors;

/// <summary>
/// The tenant and actor of the connector calls made inside a scope, for applications that serve several tenants with
/// one client. The scope flows with the async call (like <see cref="AsyncLocal{T}"/>), wins over
/// <see cref="ConnectorOptions.Tenant"/> and <see cref="ConnectorOptions.Actor"/>, and ends when disposed.
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
    public static IDisposable Begin(string? tenant, string? actor)
    {
        var frame = new Frame(tenant, actor, CurrentFrame.Value);
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

    private sealed class Frame : IDisposable
    {
        public Frame(string? tenant, string? actor, Frame? outer)
        {
            Tenant = tenant;
            Actor = actor;
            Outer = outer;
        }

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
