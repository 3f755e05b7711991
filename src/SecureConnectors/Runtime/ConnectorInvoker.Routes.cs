using System;

namespace SecureConnectors.Runtime;

// Route values escaped by the invoker, so that a generated operation needs no try/catch of its own around its path:
// that handler, one per operation, was an eighth of what the generated code cost the compiler.
public sealed partial class ConnectorInvoker
{
    /// <summary>
    /// <paramref name="value"/> escaped as one route segment; a value that cannot be one (null, empty, "." or "..")
    /// refuses the call, audited as an invalid argument, as <see cref="Refuse"/> does.
    /// </summary>
    public string RouteSegment(OperationDefinition operation, string? value, string parameterName)
    {
        try
        {
            return ParameterValue.EscapeRouteSegment(value, parameterName);
        }
        catch (ArgumentException refused)
        {
            throw Refuse(operation, refused);
        }
    }

    /// <summary>
    /// <paramref name="value"/> escaped as a catch-all route value (its '/' kept); an empty, "." or ".." segment refuses
    /// the call, audited as an invalid argument.
    /// </summary>
    public string RouteCatchAll(OperationDefinition operation, string? value, string parameterName)
    {
        try
        {
            return ParameterValue.EscapeCatchAll(value, parameterName);
        }
        catch (ArgumentException refused)
        {
            throw Refuse(operation, refused);
        }
    }
}
