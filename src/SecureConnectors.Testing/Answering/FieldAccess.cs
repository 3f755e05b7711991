using System;
using System.Collections.Generic;
using SecureConnectors.Scopes;
using SecureConnectors.Testing.Manifest;

namespace SecureConnectors.Testing.Answering;

/// <summary>
/// Which properties of a resource object one request may see, as a provider that enforces its token's scopes would
/// decide: a field's scope comes from every projection of the connector that reads the resource; a property no
/// projection declares has no known scope and is served as stored.
/// </summary>
internal sealed class FieldAccess
{
    private readonly HashSet<string> deniedProperties = new(StringComparer.Ordinal);
    private readonly HashSet<string>? askedProperties;

    public FieldAccess(DeclaredOperation operation, IReadOnlyList<string>? requestedFields, HashSet<string> covered)
    {
        var fields = FieldsOfResource(operation);
        var allowedProperties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (Covered(field, covered))
            {
                allowedProperties.Add(field.TopLevelProperty);
            }
        }

        foreach (var field in fields)
        {
            if (!allowedProperties.Contains(field.TopLevelProperty))
            {
                deniedProperties.Add(field.TopLevelProperty);
            }
        }

        if (requestedFields is null)
        {
            return;
        }

        // Asked for: the properties behind each requested name, and those the projection reads without asking.
        askedProperties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requested in requestedFields)
        {
            var known = false;
            foreach (var field in fields)
            {
                if (string.Equals(field.Sent, requested, StringComparison.Ordinal))
                {
                    known = true;
                    askedProperties.Add(field.TopLevelProperty);
                    if (DeniedField is null && !AnyCovered(fields, requested, covered))
                    {
                        DeniedField = requested;
                        DeniedScope = field.Scope;
                    }
                }
            }

            if (!known)
            {
                askedProperties.Add(requested);
            }
        }

        foreach (var field in operation.Projection?.Fields ?? Array.Empty<DeclaredField>())
        {
            if (field.Sent is null)
            {
                askedProperties.Add(field.TopLevelProperty);
            }
        }
    }

    /// <summary>The first requested field whose every declaration needs a scope not granted; null when none.</summary>
    public string? DeniedField { get; }

    /// <summary>The scope <see cref="DeniedField"/> needs.</summary>
    public string? DeniedScope { get; }

    /// <summary>True for a top-level property the answer may carry.</summary>
    public bool Keeps(string property) =>
        !deniedProperties.Contains(property) && (askedProperties is null || askedProperties.Contains(property));

    private static List<DeclaredField> FieldsOfResource(DeclaredOperation operation)
    {
        var fields = new List<DeclaredField>();
        var resource = operation.Resource;
        foreach (var projection in operation.Connector.Projections)
        {
            if (ReferenceEquals(projection, operation.Projection) || (resource is not null && string.Equals(projection.Resource, resource, StringComparison.Ordinal)))
            {
                fields.AddRange(projection.Fields);
            }
        }

        return fields;
    }

    private static bool Covered(DeclaredField field, HashSet<string> covered) =>
        field.Scope is null || ScopeCoverage.Covers(covered, field.Scope);

    private static bool AnyCovered(List<DeclaredField> fields, string sent, HashSet<string> covered)
    {
        foreach (var field in fields)
        {
            if (string.Equals(field.Sent, sent, StringComparison.Ordinal) && Covered(field, covered))
            {
                return true;
            }
        }

        return false;
    }
}
