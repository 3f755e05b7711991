using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Package;

/// <summary>
/// The analyzer and code-fix assemblies load in the oldest host the package supports: Roslyn 4.8 (the .NET 8 SDK,
/// Visual Studio 17.8). Such a host brings its own Roslyn, System.Collections.Immutable and System.Reflection.Metadata
/// 7.0 and its own MEF; an assembly that references a newer version of any of them, or System.Composition directly
/// (served here only as 8.0), may fail to load there and its fixes silently disappear.
/// </summary>
public sealed class HostCompatibilityTests
{
    // What a Roslyn 4.8 host provides, at the highest assembly version it has.
    private static readonly Dictionary<string, Version> HostProvided = new(StringComparer.Ordinal)
    {
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
    };

    [Theory]
    [InlineData("SecureConnectors.Analyzers")]
    [InlineData("SecureConnectors.CodeFixes")]
    public void References_only_what_a_Roslyn_4_8_host_provides(string assemblyName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (Name: metadata.GetString(reference.Name), reference.Version))
            .ToList();

        Assert.DoesNotContain(references, r => r.Name.StartsWith("System.Composition", StringComparison.Ordinal));
        foreach (var (name, version) in references)
        {
            if (HostProvided.TryGetValue(name, out var provided))
            {
                Assert.True(version <= provided, $"{assemblyName} references {name} {version}; a Roslyn 4.8 host has {provided}.");
            }
            else
            {
                // Everything else must come from the framework the host runs on (netstandard2.0 facades) or from us.
                Assert.True(name is "netstandard" or "SecureConnectors.Analyzers", $"{assemblyName} references {name} {version}, which a Roslyn 4.8 host may not have.");
            }
        }
    }
}
