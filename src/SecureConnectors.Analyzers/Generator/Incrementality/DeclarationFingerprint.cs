using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Incrementality;

/// <summary>
/// Everything a compilation's declarations bind against: the declaration shape of every source tree, the
/// metadata references (by identity: a rebuilt reference is a new object) and the compilation options. Two
/// compilations with equal fingerprints bind every declaration alike, so a parse of declarations made in one holds in
/// the other. Computed only when first compared: a command-line build, with its single compilation, never pays for it.
/// </summary>
internal sealed class DeclarationFingerprint
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationFingerprint> PerCompilation = new();

    private readonly object gate = new();
    private Compilation? pending;
    private Snapshot? snapshot;

    // Fingerprints found alike share one token, so that the hundreds of declarations of one compilation compare in
    // constant time after the first (a token, not a link to the other fingerprint: no chain of old ones stays alive).
    private object alike = new();

    private DeclarationFingerprint(Compilation compilation) => pending = compilation;

    public static DeclarationFingerprint Of(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => new DeclarationFingerprint(c));

    public bool BindsLike(DeclarationFingerprint other, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(Volatile.Read(ref alike), Volatile.Read(ref other.alike)))
        {
            return true;
        }

        if (!Read(cancellationToken).SameAs(other.Read(cancellationToken)))
        {
            return false;
        }

        Volatile.Write(ref other.alike, Volatile.Read(ref alike));
        return true;
    }

    private Snapshot Read(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (snapshot is null)
            {
                snapshot = Snapshot.Take(pending!, cancellationToken);

                // Held until now so that the shape could be taken; from here on the fingerprint pins no compilation.
                pending = null;
            }

            return snapshot;
        }
    }

    private sealed class Snapshot
    {
        private readonly string? assemblyName;
        private readonly CompilationOptions options;
        private readonly ulong[] trees;
        private readonly MetadataReference[] references;

        private Snapshot(string? assemblyName, CompilationOptions options, ulong[] trees, MetadataReference[] references)
        {
            this.assemblyName = assemblyName;
            this.options = options;
            this.trees = trees;
            this.references = references;
        }

        public static Snapshot Take(Compilation compilation, CancellationToken cancellationToken)
        {
            var trees = new List<ulong>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                trees.Add(DeclarationShape.Of(tree, cancellationToken));
            }

            return new Snapshot(compilation.AssemblyName, compilation.Options, trees.ToArray(), compilation.References.ToArray());
        }

        public bool SameAs(Snapshot other) =>
            assemblyName == other.assemblyName
            && options.Equals(other.options)
            && trees.SequenceEqual(other.trees)
            && references.Length == other.references.Length
            && references.Zip(other.references, ReferenceEquals).All(same => same);
    }
}
