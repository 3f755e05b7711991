using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SecureConnectors.Analyzers.Tests.Verifiers;

/// <summary>
/// .NET 8 reference assemblies from Basic.Reference.Assemblies: restored with the test project, so no test
/// downloads a reference pack while it runs.
/// </summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies None = new("net8.0");

    // The .NET 8 reference assemblies plus the SecureConnectors runtime library, whose attributes connector code uses.
    public static readonly ImmutableArray<MetadataReference> Net80 =
        ImmutableArray.CreateRange<MetadataReference>(Basic.Reference.Assemblies.Net80.References.All)
            .Add(MetadataReference.CreateFromFile(typeof(SecureConnectors.ConnectorAttribute).Assembly.Location));

    public const string EditorConfigPath = "/.editorconfig";

    public static string EditorConfig(string options) => "root = true\n\n[*.cs]\n" + options + "\n";
}
