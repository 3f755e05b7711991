using System;
using System.Runtime.CompilerServices;

namespace SecureConnectors.Analyzers.Generator.Incrementality;

/// <summary>
/// A value computed once per key object and kept only as long as the key lives: a symbol (unique per compilation),
/// a syntax tree (reused by the next compilation when an edit did not touch it). Every caller that asks about the same
/// key gets the one value.
/// </summary>
internal sealed class ComputedOncePerKey<TKey, TValue>
    where TKey : class
    where TValue : class
{
    private readonly ConditionalWeakTable<TKey, TValue> computed = new();

    /// <summary>The key's value; <paramref name="compute"/> gets <paramref name="state"/>, so a static lambda allocates nothing on a hit.</summary>
    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        if (computed.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var value = compute(key, state);

        // Two callers may compute at once; either value is the same, keep the first.
        return computed.GetValue(key, _ => value);
    }
}
