using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// Whether diagnostics found in one compilation can be reported in another: the analyzer driver rejects (AD0001) a
/// diagnostic whose location lies in a syntax tree that the compilation does not contain, such as the old version of
/// an edited file.
/// </summary>
internal static class DiagnosticLocations
{
    public static bool AllIn(IReadOnlyList<Diagnostic> diagnostics, Compilation compilation)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!In(diagnostic.Location, compilation))
            {
                return false;
            }

            foreach (var additional in diagnostic.AdditionalLocations)
            {
                if (!In(additional, compilation))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool In(Location location, Compilation compilation) =>
        location.SourceTree is not { } tree || compilation.ContainsSyntaxTree(tree);
}
