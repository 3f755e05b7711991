using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Generator.Model;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>Reads <c>[ProviderErrors(OkPath = ..., CodePath = ...)]</c> on a connector interface.</summary>
internal static class ProviderErrorsParser
{
    /// <summary>The declaration, or null when there is none or it is invalid (reported to <paramref name="problems"/>).</summary>
    public static ProviderErrorsSpec? Parse(INamedTypeSymbol connector, KnownTypes known, DeclarationProblems problems, CancellationToken cancellationToken)
    {
        var attribute = known.Find(connector, known.ProviderErrors);
        if (attribute is null)
        {
            return null;
        }

        // Half-typed arguments are the compiler's to report; the declaration is read once they compile.
        if (attribute.NamedArguments.Any(argument => argument.Value.Kind == TypedConstantKind.Error) || attribute.AttributeConstructor is null)
        {
            return null;
        }

        var okPath = Named(attribute, "OkPath");
        var codePath = Named(attribute, "CodePath");
        var error = okPath is null
            ? "OkPath is missing; set it to the dotted path of the boolean that is false on an error, for example OkPath = \"ok\""
            : !IsPath(okPath)
                ? $"OkPath '{okPath}' is not a dotted path of property names; write names separated by single dots, for example \"ok\" or \"meta.ok\""
                : codePath is not null && !IsPath(codePath)
                    ? $"CodePath '{codePath}' is not a dotted path of property names; write names separated by single dots, for example \"error\", or leave it out"
                    : null;
        if (error is not null)
        {
            problems.Report(Descriptors.ProviderErrorsInvalid, DeclarationProblems.LocationOf(attribute, connector, cancellationToken), connector.Name, error);
            return null;
        }

        return new ProviderErrorsSpec(okPath!, codePath);
    }

    private static bool IsPath(string path) =>
        path.Length > 0 && path.Split('.').All(segment => segment.Length > 0 && segment.Trim().Length == segment.Length);

    private static string? Named(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(argument => argument.Key == name).Value.Value as string;
}
