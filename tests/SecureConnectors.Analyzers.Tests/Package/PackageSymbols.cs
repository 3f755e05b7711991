using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace SecureConnectors.Analyzers.Tests.Package;

/// <summary>
/// What a debugger needs from the packed package: a symbols package (.snupkg) with the PDB of every assembly the
/// package ships, at the same path, matching that exact build (the PDB id in the assembly's debug directory), and
/// SourceLink in each PDB that points at the repository's sources of one commit.
/// </summary>
internal static class PackageSymbols
{
    // The SourceLink custom debug information of a portable PDB (the format's published GUID).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static void AssertShipsMatchingPdbsWithSourceLink(string package, string symbolsPackage)
    {
        Assert.True(File.Exists(symbolsPackage), "no symbols package next to " + package);
        using var nupkg = ZipFile.OpenRead(package);
        using var snupkg = ZipFile.OpenRead(symbolsPackage);
        var assemblies = nupkg.Entries.Where(entry => entry.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, assemblies.Count); // two analyzer assemblies, the runtime for two frameworks

        foreach (var assembly in assemblies)
        {
            var pdbPath = Path.ChangeExtension(assembly.FullName, ".pdb");
            var pdb = snupkg.GetEntry(pdbPath);
            Assert.True(pdb is not null, "no PDB for " + assembly.FullName + " in the symbols package");

            using var pe = new PEReader(new MemoryStream(ReadAll(assembly)));
            using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(ReadAll(pdb!)));
            var reader = pdbProvider.GetMetadataReader();
            AssertSameBuild(assembly.FullName, pe, reader);
            AssertSourceLink(assembly.FullName, reader);
        }

        Assert.All(snupkg.Entries.Where(entry => entry.FullName.Contains('/', StringComparison.Ordinal) && !entry.FullName.StartsWith("package/", StringComparison.Ordinal) && !entry.FullName.StartsWith("_rels/", StringComparison.Ordinal)),
            entry => Assert.EndsWith(".pdb", entry.FullName, StringComparison.Ordinal));
    }

    private static void AssertSameBuild(string name, PEReader pe, MetadataReader pdb)
    {
        var codeView = pe.ReadDebugDirectory().Single(entry => entry.Type == DebugDirectoryEntryType.CodeView);
        var expected = pe.ReadCodeViewDebugDirectoryData(codeView).Guid;
        var actual = new Guid(pdb.DebugMetadataHeader!.Id.Take(16).ToArray());
        Assert.True(expected == actual, name + ": its PDB comes from another build");
    }

    private static void AssertSourceLink(string name, MetadataReader pdb)
    {
        var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(pdb.GetCustomDebugInformation)
            .Where(information => pdb.GetGuid(information.Kind) == SourceLinkKind)
            .Select(information => Encoding.UTF8.GetString(pdb.GetBlobBytes(information.Value)))
            .SingleOrDefault();
        Assert.True(sourceLink is not null, name + ": its PDB has no SourceLink");
        Assert.Matches(
            new Regex(@"""https://raw\.githubusercontent\.com/secure-connectors/secure-connectors/[0-9a-f]{40}/\*"""),
            sourceLink);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
