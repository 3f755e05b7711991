using System;
using System.Collections.Generic;
using SecureConnectors.Scopes;

namespace SecureConnectors.Runtime;

/// <summary>
/// What one call may do under an effective grant: the fields it asks for and reads (as names and as the reader's
/// bit mask) and the scopes it uses. Building it is where a call is denied.
/// </summary>
internal sealed class CallPlan
{
    private CallPlan(IReadOnlyList<string> fields, IReadOnlyList<string> fieldsRead, ulong fieldMask, IReadOnlyList<string> scopes)
    {
        Fields = fields;
        FieldsRead = fieldsRead;
        FieldMask = fieldMask;
        Scopes = scopes;
    }

    /// <summary>The names sent in the connector's fields parameter: distinct, in field order, none empty.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The dotted paths of the fields read (what an audit event lists as read).</summary>
    public IReadOnlyList<string> FieldsRead { get; }

    public ulong FieldMask { get; }

    public IReadOnlyList<string> Scopes { get; }

    /// <summary>
    /// Keeps the fields whose scope <paramref name="covered"/> includes and that the actor's roles do not
    /// <paramref name="withheld"/> (a mask). Throws <see cref="ScopeDeniedException"/> when a declared scope is not
    /// covered, or when the projection has fields and none of them may be read.
    /// </summary>
    public static CallPlan For(OperationDefinition operation, HashSet<string> covered, ulong withheld = 0)
    {
        var missing = new List<string>();
        foreach (var scope in operation.DeclaredScopes)
        {
            if (!ScopeCoverage.Covers(covered, scope))
            {
                missing.Add(scope);
            }
        }

        var fields = new List<string>(operation.Fields.Count);
        var fieldsRead = new List<string>(operation.Fields.Count);
        var scopes = new SortedSet<string>(operation.DeclaredScopes, StringComparer.Ordinal);
        var mask = 0UL;
        var deniedFieldScopes = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < operation.Fields.Count; i++)
        {
            var scope = operation.FieldScopes[i];
            if ((withheld & (1UL << i)) != 0)
            {
                // Withheld for the actor's roles: neither asked for nor read, and its scope is not used.
                continue;
            }

            if (scope is null || ScopeCoverage.Covers(covered, scope))
            {
                // Nested fields share the name of their top-level object; Select = "" sends nothing.
                var sent = operation.Fields[i];
                if (sent.Length > 0 && !fields.Contains(sent))
                {
                    fields.Add(sent);
                }

                fieldsRead.Add(operation.FieldPaths[i]);
                mask |= 1UL << i;
                if (scope is not null)
                {
                    scopes.Add(scope);
                }
            }
            else
            {
                deniedFieldScopes.Add(scope);
            }
        }

        if (operation.Fields.Count > 0 && fieldsRead.Count == 0)
        {
            missing.AddRange(deniedFieldScopes);
        }

        if (missing.Count > 0)
        {
            throw new ScopeDeniedException(
                $"{operation.Connector.Name}.{operation.Name} needs {string.Join(", ", missing)}, which is not granted here; nothing was sent.",
                missing);
        }

        return new CallPlan(fields, fieldsRead, mask, new List<string>(scopes));
    }
}
