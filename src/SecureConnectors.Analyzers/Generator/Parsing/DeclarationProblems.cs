using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Parsing;

/// <summary>
/// What the parser found wrong with a declaration. The analyzer collects the diagnostics; the generator only asks
/// whether there were any, so that no <see cref="Location"/> ever enters its cached pipeline.
/// </summary>
internal sealed class DeclarationProblems
{
    private readonly List<Diagnostic>? diagnostics;
    private readonly List<string> ids = new();

    private DeclarationProblems(List<Diagnostic>? diagnostics)
    {
        this.diagnostics = diagnostics;
    }

    public bool Any => ids.Count > 0;

    /// <summary>How many problems were reported so far; with <see cref="IdsSince"/>, what one member caused.</summary>
    public int Count => ids.Count;

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics ?? (IReadOnlyList<Diagnostic>)System.Array.Empty<Diagnostic>();

    public static DeclarationProblems Collecting() => new(new List<Diagnostic>());

    public static DeclarationProblems Counting() => new(null);

    public void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] arguments)
    {
        ids.Add(descriptor.Id);
        diagnostics?.Add(Diagnostic.Create(descriptor, location ?? Location.None, arguments));
    }

    /// <summary>The distinct IDs reported since <paramref name="count"/> problems, in order: "SC4007" or "SC4005, SC4006".</summary>
    public string IdsSince(int count) => string.Join(", ", ids.Skip(count).Distinct());

    /// <summary>Adds the IDs another parse reported (a projection an operation returns).</summary>
    public void AddIds(DeclarationProblems other) => ids.AddRange(other.ids);

    /// <summary>
    /// Reports a problem the generator still builds around (a body property it writes as a throwing writer): the user
    /// sees the error, and the code that uses the client keeps compiling.
    /// </summary>
    /// <remarks>A body type shared by several operations is reported once, not once per operation.</remarks>
    public void ReportBuildable(DiagnosticDescriptor descriptor, Location? location, params object?[] arguments)
    {
        var diagnostic = Diagnostic.Create(descriptor, location ?? Location.None, arguments);
        if (diagnostics is not null && !diagnostics.Any(d => d.Id == diagnostic.Id && d.Location == diagnostic.Location && d.GetMessage() == diagnostic.GetMessage()))
        {
            diagnostics.Add(diagnostic);
        }
    }

    public static Location? LocationOf(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? symbol.Locations.FirstOrDefault();

    public static Location? LocationOf(AttributeData attribute, ISymbol fallback, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? LocationOf(fallback);
}
