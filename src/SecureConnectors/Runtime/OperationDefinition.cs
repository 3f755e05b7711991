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
        IReadOnlyList<string> requiredScopes,
        IReadOnlyList<string> fields)
    {
        Connector = connector ?? throw new ArgumentNullException(nameof(connector));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Method = new HttpMethod(method);
        Route = route ?? throw new ArgumentNullException(nameof(route));
        RequiredScopes = requiredScopes ?? Array.Empty<string>();
        Fields = fields ?? Array.Empty<string>();
    }

    /// <summary>The connector the operation belongs to.</summary>
    public ConnectorDefinition Connector { get; }

    /// <summary>The operation's name (the interface method).</summary>
    public string Name { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The route template as declared.</summary>
    public string Route { get; }

    /// <summary>The scopes the operation needs: its projected fields' scopes and its declared requirements.</summary>
    public IReadOnlyList<string> RequiredScopes { get; }

    /// <summary>The JSON names of the fields it reads.</summary>
    public IReadOnlyList<string> Fields { get; }
}
