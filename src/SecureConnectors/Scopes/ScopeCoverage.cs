using System;
using System.Collections.Generic;

#if SECURE_CONNECTORS_ANALYZERS
namespace SecureConnectors.Analyzers.Scopes;
#else
namespace SecureConnectors.Scopes;
#endif

/// <summary>
/// Which scopes a set of granted scopes covers: each granted scope itself; by convention <c>&lt;resource&gt;:write</c>
/// also covers <c>&lt;resource&gt;:read</c>; and whatever the connector declares with <see cref="ScopeCoversAttribute"/>,
/// transitively; a granted scope ending in <c>*</c> covers every scope that starts with what precedes it. This file
/// is compiled into the runtime library and into the analyzers, so that the compile-time rules and the run-time
/// checks agree on one model.
/// </summary>
internal static class ScopeCoverage
{
    private const string WriteSuffix = ":write";
    private const string ReadSuffix = ":read";

    /// <summary>True when <paramref name="closure"/> (from <see cref="Closure"/>) covers <paramref name="needed"/>.</summary>
    public static bool Covers(HashSet<string> closure, string needed)
    {
        if (closure.Contains(needed))
        {
            return true;
        }

        foreach (var scope in closure)
        {
            if (scope.EndsWith("*", StringComparison.Ordinal)
                && needed.StartsWith(scope.Substring(0, scope.Length - 1), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The read scope a write scope covers by convention, or null.</summary>
    public static string? ConventionalRead(string scope) =>
        scope.EndsWith(WriteSuffix, StringComparison.Ordinal) && scope.Length > WriteSuffix.Length
            ? scope.Substring(0, scope.Length - WriteSuffix.Length) + ReadSuffix
            : null;

    /// <summary>
    /// Every scope <paramref name="granted"/> covers. <paramref name="declared"/> holds pairs flattened as
    /// <c>[scope, covered, scope, covered, ...]</c>.
    /// </summary>
    public static HashSet<string> Closure(IEnumerable<string> granted, IReadOnlyList<string> declared)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var scope in granted)
        {
            if (covered.Add(scope))
            {
                pending.Push(scope);
            }
        }

        while (pending.Count > 0)
        {
            var scope = pending.Pop();
            var read = ConventionalRead(scope);
            if (read is not null && covered.Add(read))
            {
                pending.Push(read);
            }

            for (var i = 0; i + 1 < declared.Count; i += 2)
            {
                if (string.Equals(declared[i], scope, StringComparison.Ordinal) && covered.Add(declared[i + 1]))
                {
                    pending.Push(declared[i + 1]);
                }
            }
        }

        return covered;
    }
}
