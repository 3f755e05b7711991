using System.Linq;

namespace SecureConnectors.CodeFixes.Infrastructure;

/// <summary>
/// The shortest name that means a framework type at a position: "Convert" where <c>using System;</c> makes it
/// so, "System.Text.Encoding" otherwise. Computed from the semantic model, so it holds where the simplifier
/// cannot speculate (inside nested object initializers).
/// </summary>
internal static class TypeNames
{
    public static string Shortest(SemanticModel model, int position, string containingNamespace, string name)
    {
        var simple = model.LookupNamespacesAndTypes(position, name: name);
        if (simple.Length == 1 && simple[0] is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == containingNamespace)
        {
            return name;
        }

        var root = containingNamespace.Split('.')[0];
        var rootLookup = model.LookupNamespacesAndTypes(position, name: root);
        var rootIsGlobal = rootLookup.Length == 1 && rootLookup[0] is INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true };
        return (rootIsGlobal ? "" : "global::") + containingNamespace + "." + name;
    }
}
