using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Credentials;

/// <summary>
/// Tokens kept per (tenant, connector, scope set) until <see cref="RefreshMargin"/> before they expire, with one fetch in
/// flight per key: callers that arrive while it runs wait for it and share its result; a failed fetch is not kept. A
/// forced refresh drops the entry and joins a fetch already in flight (its token is as new as the one it would ask for).
/// </summary>
internal sealed class TokenCache
{
    /// <summary>How long before its expiry a token stops being handed out.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

    // Past this many entries a store first drops the expired ones: many tenants must not grow the cache without end.
    private const int PurgeThreshold = 1024;

    private readonly TimeProvider time;
    private readonly object gate = new();
    private readonly Dictionary<(string? Tenant, string Connector, string Scopes), Entry> tokens = new();
    private readonly Dictionary<(string? Tenant, string Connector, string Scopes), TaskCompletionSource<ConnectorCredential>> inFlight = new();

    public TokenCache(TimeProvider time)
    {
        this.time = time;
    }

    /// <summary>
    /// The kept token for <paramref name="key"/>, or the result of the fetch in flight for it, or of a new one that
    /// <paramref name="fetch"/> starts with <paramref name="state"/>. <paramref name="cancellationToken"/> ends this
    /// caller's wait, never the fetch.
    /// </summary>
    public ValueTask<ConnectorCredential> GetAsync<TState>(
        (string? Tenant, string Connector, string Scopes) key,
        bool forceRefresh,
        Func<TState, Task<ConnectorCredential>> fetch,
        TState state,
        CancellationToken cancellationToken)
    {
        TaskCompletionSource<ConnectorCredential>? pending;
        var starts = false;
        lock (gate)
        {
            if (forceRefresh)
            {
                tokens.Remove(key);
            }
            else if (tokens.TryGetValue(key, out var kept))
            {
                if (time.GetUtcNow() < kept.RefreshAt)
                {
                    return new ValueTask<ConnectorCredential>(kept.Credential);
                }

                tokens.Remove(key);
            }

            if (!inFlight.TryGetValue(key, out pending))
            {
                pending = new TaskCompletionSource<ConnectorCredential>(TaskCreationOptions.RunContinuationsAsynchronously);
                inFlight.Add(key, pending);
                starts = true;
            }
        }

        if (starts)
        {
            // Observed here so that a failure every waiter gave up on is not reported as unobserved.
            _ = pending.Task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            _ = RunAsync(key, fetch, state, pending);
        }

        return new ValueTask<ConnectorCredential>(WaitAsync(pending.Task, cancellationToken));
    }

    // Started outside the gate and registered before it starts, so a fetch that completes at once still leaves no entry behind.
    private async Task RunAsync<TState>(
        (string? Tenant, string Connector, string Scopes) key, Func<TState, Task<ConnectorCredential>> fetch, TState state, TaskCompletionSource<ConnectorCredential> pending)
    {
        try
        {
            var credential = await fetch(state).ConfigureAwait(false);
            lock (gate)
            {
                inFlight.Remove(key);
                Keep(key, credential);
            }

            pending.TrySetResult(credential);
        }
        catch (Exception e)
        {
            lock (gate)
            {
                inFlight.Remove(key);
            }

            pending.TrySetException(e);
        }
    }

    // Caller holds the gate. A token too short-lived to outlast the margin is handed out but not kept.
    private void Keep((string? Tenant, string Connector, string Scopes) key, ConnectorCredential credential)
    {
        var refreshAt = credential.ExpiresAt - RefreshMargin;
        var now = time.GetUtcNow();
        if (refreshAt <= now)
        {
            return;
        }

        if (tokens.Count >= PurgeThreshold)
        {
            var expired = new List<(string? Tenant, string Connector, string Scopes)>();
            foreach (var entry in tokens)
            {
                if (entry.Value.RefreshAt <= now)
                {
                    expired.Add(entry.Key);
                }
            }

            foreach (var old in expired)
            {
                tokens.Remove(old);
            }
        }

        tokens[key] = new Entry(credential, refreshAt);
    }

    private static async Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
#if NET
        return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
#else
        if (!cancellationToken.CanBeCanceled || task.IsCompleted)
        {
            return await task.ConfigureAwait(false);
        }

        var cancelled = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<T>)state!).TrySetCanceled(), cancelled))
        {
            var first = await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false);
            if (first != task)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            return await task.ConfigureAwait(false);
        }
#endif
    }

    private sealed class Entry
    {
        public Entry(ConnectorCredential credential, DateTimeOffset refreshAt)
        {
            Credential = credential;
            RefreshAt = refreshAt;
        }

        public ConnectorCredential Credential { get; }

        public DateTimeOffset RefreshAt { get; }
    }
}
