using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http;

namespace SecureConnectors.Runtime;

/// <summary>One operation of a connector as the generator read it. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class OperationDefinition
{
    /// <summary>Creates the definition.</summary>
    public OperationDefinition(
        ConnectorDefinition connector,
        string name,
        string method,
        string route,
        IReadOnlyList<string> declaredScopes,
        IReadOnlyList<string> fields,
        IReadOnlyList<string?> fieldScopes)
        : this(connector, name, method, route, declaredScopes, fields, fieldScopes, fields, headers: null)
    {
    }

    /// <summary>Creates the definition of an operation whose fields are read at dotted paths (nested fields).</summary>
    /// <param name="connector">The connector.</param>
    /// <param name="name">The operation's name.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="route">The route template.</param>
    /// <param name="declaredScopes">The scopes declared with [Requires].</param>
    /// <param name="fields">Per field (mask bit), the name sent in the connector's fields parameter; "" sends none.</param>
    /// <param name="fieldScopes">Per field, the scope it needs (null: none).</param>
    /// <param name="fieldPaths">Per field, the dotted path it is read at (<c>owner.login</c>, <c>labels[].name</c>).</param>
    public OperationDefinition(
        ConnectorDefinition connector,
        string name,
        string method,
        string route,
        IReadOnlyList<string> declaredScopes,
        IReadOnlyList<string> fields,
        IReadOnlyList<string?> fieldScopes,
        IReadOnlyList<string> fieldPaths)
        : this(connector, name, method, route, declaredScopes, fields, fieldScopes, fieldPaths, headers: null)
    {
    }

    /// <summary>
    /// Creates the definition of an operation with nested fields that may send fixed <paramref name="headers"/> (name,
    /// value, name, value...), be called on a second host (<paramref name="baseUrl"/>), be limited to actors holding one
    /// of <paramref name="roles"/>, and read fields classified restricted (<paramref name="restrictedFields"/>: their indexes).
    /// </summary>
    public OperationDefinition(
        ConnectorDefinition connector,
        string name,
        string method,
        string route,
        IReadOnlyList<string> declaredScopes,
        IReadOnlyList<string> fields,
        IReadOnlyList<string?> fieldScopes,
        IReadOnlyList<string> fieldPaths,
        IReadOnlyList<string>? headers = null,
        string? baseUrl = null,
        IReadOnlyList<string>? roles = null,
        IReadOnlyList<int>? restrictedFields = null)
    {
        Headers = RequestHeaders.FromPairs(headers);
        BaseUri = baseUrl is null ? null : new Uri(baseUrl, UriKind.Absolute);
        Roles = roles ?? Array.Empty<string>();
        foreach (var index in restrictedFields ?? Array.Empty<int>())
        {
            if (index is < 0 or >= 64)
            {
                throw new ArgumentOutOfRangeException(nameof(restrictedFields), "A restricted field's index must be one of the projection's fields.");
            }

            RestrictedFieldMask |= 1UL << index;
        }

        Connector = connector ?? throw new ArgumentNullException(nameof(connector));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Method = new HttpMethod(method);
        Route = route ?? throw new ArgumentNullException(nameof(route));
        DeclaredScopes = declaredScopes ?? Array.Empty<string>();
        Fields = fields ?? Array.Empty<string>();
        FieldScopes = fieldScopes ?? Array.Empty<string?>();
        FieldPaths = fieldPaths ?? Fields;
        if (FieldScopes.Count != Fields.Count || FieldPaths.Count != Fields.Count || Fields.Count > 64)
        {
            throw new ArgumentException("Every field needs its scope (or null) and its path, and a projection reads at most 64 fields.", nameof(fieldScopes));
        }

        var required = new SortedSet<string>(DeclaredScopes, StringComparer.Ordinal);
        foreach (var scope in FieldScopes)
        {
            if (scope is not null)
            {
                required.Add(scope);
            }
        }

        RequiredScopes = new List<string>(required);
        if ((RestrictedFieldMask >> Fields.Count) != 0 && Fields.Count < 64)
        {
            throw new ArgumentOutOfRangeException(nameof(restrictedFields), "A restricted field's index must be one of the projection's fields.");
        }
    }

    /// <summary>The second host's base address the operation is called on (its <c>BaseUrl</c>), or null for the connector's.</summary>
    public Uri? BaseUri { get; }

    /// <summary>The roles of which the call's actor needs one (<see cref="RolesAttribute"/>); empty: any actor.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>The fields (bits of the reader's mask) classified <see cref="DataClass.Restricted"/>.</summary>
    internal ulong RestrictedFieldMask { get; }

    /// <summary>The fixed headers sent with every call of the operation (the connector's and its own).</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The connector the operation belongs to.</summary>
    public ConnectorDefinition Connector { get; }

    /// <summary>The operation's name (the interface method).</summary>
    public string Name { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The route template as declared.</summary>
    public string Route { get; }

    /// <summary>The scopes the operation declares with <see cref="RequiresAttribute"/>: without them it is denied.</summary>
    public IReadOnlyList<string> DeclaredScopes { get; }

    /// <summary>The scopes the operation needs with every field granted: its declared scopes and its fields' scopes.</summary>
    public IReadOnlyList<string> RequiredScopes { get; }

    /// <summary>Per field (bit of the reader's mask), the name it sends in the fields parameter ("" sends none).</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Per field, the dotted path it is read at; aligned with <see cref="Fields"/>.</summary>
    public IReadOnlyList<string> FieldPaths { get; }

    /// <summary>The scope each field needs (null: none), aligned with <see cref="Fields"/>.</summary>
    public IReadOnlyList<string?> FieldScopes { get; }

    /// <summary>The plan under the compile-time grant, built on first use (calls without a scope policy).</summary>
    internal CallPlan? PlanWithoutPolicy { get; set; }
}
