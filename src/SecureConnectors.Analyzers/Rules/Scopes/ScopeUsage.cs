using System;
using System.Collections.Generic;
using System.Linq;
using SecureConnectors.Analyzers.Generator.Model;
using SecureConnectors.Analyzers.Scopes;

namespace SecureConnectors.Analyzers.Rules.Scopes;

/// <summary>A grant that is broad (SC3001), unused (SC3002), or used only through narrower scopes it covers (SC3004).</summary>
internal sealed record GrantFinding(string Scope, GrantProblem Problem, string Detail);

internal enum GrantProblem
{
    Broad,
    Unused,
    UsedOnlyForCovered,
}

/// <summary>An operation that needs a scope no grant covers (SC3003); <see cref="Properties"/> are the projected fields that need it.</summary>
internal sealed record MissingScope(string Operation, string Scope, bool Declared, string? ProjectionMetadataName, IReadOnlyList<string> Properties);

/// <summary>
/// The scope model applied to a parsed connector. A need is an operation's <c>[Requires]</c> scope or a projected
/// field's scope. Each need is attributed to the grant that names it exactly, else to every non-broad grant that covers
/// it, else to the broad grants that cover it; a grant that is attributed nothing is unused, and one attributed only
/// scopes other than itself is broader than the code.
/// </summary>
internal static class ScopeUsage
{
    public static (List<GrantFinding> Grants, List<MissingScope> Missing) Analyze(ConnectorSpec connector, BroadScopes broadScopes)
    {
        var coverage = connector.ScopeCoverage.ToList();
        var grants = connector.GrantedScopes.ToList();
        var broad = grants.ToDictionary(g => g, broadScopes.Reason, StringComparer.Ordinal);
        var closures = grants.ToDictionary(g => g, g => ScopeCoverage.Closure(new[] { g }, coverage), StringComparer.Ordinal);
        var attributed = grants.ToDictionary(g => g, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var missing = new List<MissingScope>();

        foreach (var operation in connector.Operations)
        {
            foreach (var need in Needs(operation))
            {
                var owners = grants.Contains(need, StringComparer.Ordinal)
                    ? new List<string> { need }
                    : grants.Where(g => broad[g] is null && ScopeCoverage.Covers(closures[g], need)).ToList();
                if (owners.Count == 0)
                {
                    owners = grants.Where(g => ScopeCoverage.Covers(closures[g], need)).ToList();
                }

                if (owners.Count == 0)
                {
                    var properties = operation.Fields.Where(f => f.Scope == need).Select(f => f.PropertyName).ToList();
                    missing.Add(new MissingScope(operation.Name, need, operation.DeclaredScopes.Contains(need),
                        operation.ProjectionFullName?.Replace("global::", ""), properties));
                }

                foreach (var owner in owners)
                {
                    attributed[owner].Add(need);
                }
            }
        }

        var findings = new List<GrantFinding>();
        foreach (var grant in grants)
        {
            if (broad[grant] is { } reason)
            {
                findings.Add(new GrantFinding(grant, GrantProblem.Broad, reason));
            }
            else if (attributed[grant].Count == 0)
            {
                findings.Add(new GrantFinding(grant, GrantProblem.Unused, ""));
            }
            else if (!attributed[grant].Contains(grant))
            {
                findings.Add(new GrantFinding(grant, GrantProblem.UsedOnlyForCovered, string.Join(", ", attributed[grant])));
            }
        }

        return (findings, missing);
    }

    private static IEnumerable<string> Needs(OperationSpec operation) =>
        operation.DeclaredScopes.Concat(operation.Fields.Where(f => f.Scope is not null).Select(f => f.Scope!)).Distinct(StringComparer.Ordinal);
}
