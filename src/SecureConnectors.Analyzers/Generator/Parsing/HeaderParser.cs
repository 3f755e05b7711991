using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Reads <c>[Header]</c> declarations: fixed values on a connector or an operation, per-call values on string
/// parameters. A header that would carry a credential is refused (SC4032): credentials come only from the provider.
/// </summary>
internal static class HeaderParser
{
    /// <summary>The fixed headers declared on <paramref name="symbol"/> (a connector interface or an operation).</summary>
    public static List<HeaderSpec> ReadFixed(ISymbol symbol, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var headers = new List<HeaderSpec>();
        var authHeader = AuthHeaderOf(symbol as INamedTypeSymbol ?? symbol.ContainingType, known);
        foreach (var attribute in Attributes(symbol, known))
        {
            var location = DeclarationProblems.LocationOf(attribute, symbol, cancellationToken);
            if (!TryReadName(attribute, out var name))
            {
                continue;
            }

            var value = attribute.ConstructorArguments.Length == 2 ? attribute.ConstructorArguments[1].Value as string : null;
            var problem = NameProblem(name)
                ?? (value is null ? "a fixed header needs a value, [Header(name, value)]; for a per-call value put [Header(name)] on a string parameter" : ValueProblem(value))
                ?? (headers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)) ? "it is declared twice here; keep one" : null);
            if (problem is not null)
            {
                problems.Report(Descriptors.HeaderInvalid, location, name, symbol.Name, problem);
            }
            else if (CarriesCredential(name, authHeader))
            {
                problems.Report(Descriptors.HeaderCarriesCredential, location, name, symbol.Name);
            }
            else
            {
                headers.Add(new HeaderSpec(name, value!));
            }
        }

        return headers;
    }

    /// <summary>
    /// The header a parameter is sent in, or null when it has no <c>[Header]</c>. False when the declaration is
    /// invalid (reported to <paramref name="problems"/>).
    /// </summary>
    public static bool TryReadParameter(IParameterSymbol parameter, KnownTypes known, DeclarationProblems problems, out string? headerName)
    {
        headerName = null;
        var attributes = Attributes(parameter, known).ToList();
        if (attributes.Count == 0)
        {
            return true;
        }

        var location = DeclarationProblems.LocationOf(parameter);
        var method = parameter.ContainingSymbol?.Name ?? "";
        if (!TryReadName(attributes[0], out var name))
        {
            // Half-typed: the compiler reports it; the operation is not built until it compiles.
            return false;
        }

        if (attributes.Count > 1)
        {
            problems.Report(Descriptors.HeaderInvalid, location, parameter.Name, method, "a parameter is sent in one header; keep one [Header(name)]");
            return false;
        }

        var problem = NameProblem(name)
            ?? (attributes[0].ConstructorArguments.Length == 2 ? "a parameter's header takes its value from the parameter; write [Header(name)] without a value" : null)
            ?? (parameter.Type.SpecialType == SpecialType.System_String ? null : "a per-call header takes a string parameter (null leaves the header out)");
        if (problem is not null)
        {
            problems.Report(Descriptors.HeaderInvalid, location, name, method, problem);
            return false;
        }

        if (CarriesCredential(name, AuthHeaderOf(parameter.ContainingType, known)))
        {
            problems.Report(Descriptors.HeaderCarriesCredential, location, name, method);
            return false;
        }

        headerName = name;
        return true;
    }

    /// <summary>The connector's headers with the operation's: an operation's header replaces the connector's of the same name.</summary>
    public static EquatableArray<HeaderSpec> Merge(IReadOnlyList<HeaderSpec> connector, EquatableArray<HeaderSpec> operation) =>
        connector.Where(c => !operation.Any(o => string.Equals(o.Name, c.Name, StringComparison.OrdinalIgnoreCase)))
            .Concat(operation)
            .ToEquatableArray();

    private static IEnumerable<AttributeData> Attributes(ISymbol symbol, KnownTypes known) =>
        known.Header is null ? Enumerable.Empty<AttributeData>() : symbol.GetAttributes().Where(a => KnownTypes.Is(a.AttributeClass, known.Header));

    // Half-typed arguments are the compiler's to report.
    private static bool TryReadName(AttributeData attribute, out string name)
    {
        name = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
        return attribute.AttributeConstructor is not null && attribute.ConstructorArguments.All(a => a.Kind != TypedConstantKind.Error);
    }

    private static bool CarriesCredential(string name, string? authHeader) =>
        SecretNames.ClassifyHeader(name) != SecretKind.None
        || string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase)
        || (authHeader is not null && string.Equals(name, authHeader, StringComparison.OrdinalIgnoreCase));

    private static string? AuthHeaderOf(INamedTypeSymbol? connector, KnownTypes known)
    {
        var attribute = connector is null ? null : known.Find(connector, known.Connector);
        return attribute?.NamedArguments.FirstOrDefault(a => a.Key == "AuthHeader").Value.Value as string;
    }

    // Set by the client or the handler from the request itself; a declared value would conflict with it.
    private static readonly string[] FramingHeaders = { "Host", "Content-Length", "Content-Type", "Transfer-Encoding", "Connection" };

    // RFC 9110 token characters.
    private static string? NameProblem(string name)
    {
        if (name.Length == 0 || !name.All(c => c < 128 && (char.IsLetterOrDigit(c) || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0)))
        {
            return $"'{name}' is not an HTTP header name; use letters, digits and '-'";
        }

        return FramingHeaders.Any(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase))
            ? "the client sets it from the request (address and body); leave it out"
            : null;
    }

    private static string? ValueProblem(string value) =>
        value.Any(c => char.IsControl(c) && c != '\t') ? "the value holds control characters (a line break would start another header)" : null;
}
