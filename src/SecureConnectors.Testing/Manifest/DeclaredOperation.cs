using System.Collections.Generic;
using SecureConnectors.Testing.Routing;

namespace SecureConnectors.Testing.Manifest;

/// <summary>One operation of a connector's manifest: method, route, scopes and the projection it reads.</summary>
internal sealed class DeclaredOperation
{
    public DeclaredOperation(
        DeclaredConnector connector,
        string name,
        string method,
        string route,
        IReadOnlyList<string> requires,
        string? projectionType,
        bool returnsList,
        string? resultPath,
        string? paging)
    {
        Connector = connector;
        Name = name;
        Method = method;
        Route = route;
        Requires = requires;
        ProjectionType = projectionType;
        ReturnsList = returnsList;
        ResultPath = resultPath;
        Paging = paging;
        Template = RouteMatcher.Parse(route);
    }

    public DeclaredConnector Connector { get; }

    public string Name { get; }

    /// <summary>Upper case, as the manifest writes it.</summary>
    public string Method { get; }

    /// <summary>The route template, never a filled path: what assertion messages name.</summary>
    public string Route { get; }

    /// <summary>The operation's own <c>[Requires]</c> scopes.</summary>
    public IReadOnlyList<string> Requires { get; }

    public string? ProjectionType { get; }

    /// <summary>Resolved after every projection is read; null for an operation that reads no projection.</summary>
    public DeclaredProjection? Projection { get; set; }

    public bool ReturnsList { get; }

    public string? ResultPath { get; }

    /// <summary><c>cursor</c>, <c>linkHeader</c>, <c>page</c> or null.</summary>
    public string? Paging { get; }

    public RouteMatcher Template { get; }

    /// <summary>The resource the operation answers with: its projection's, else the route's last literal segment.</summary>
    public string? Resource => Projection?.Resource ?? Template.LastLiteralSegment;
}
