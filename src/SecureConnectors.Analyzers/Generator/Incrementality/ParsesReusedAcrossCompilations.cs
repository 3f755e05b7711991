using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Generator.Incrementality;

/// <summary>
/// The generator's parse of one declaration, carried from one compilation to the next while neither the declaration's
/// syntax node nor anything declarations bind against changed. The generator's parse step reruns on every new
/// compilation (every keystroke in an editor), and a parse binds attributes, projections and resources anew each time;
/// so would merely finding the declaration's symbol and attributes, which is why the generator does not use
/// <c>ForAttributeWithMetadataName</c> (it binds them before a transform can ask a cache).
/// A keystroke inside a method body changes neither (the node of an untouched file is the same object, and
/// <see cref="DeclarationFingerprint"/> leaves bodies out), so the last parse is returned as is. Anything else (a new
/// type, a changed constant, a using, a reference, the options) parses again.
/// </summary>
internal sealed class ParsesReusedAcrossCompilations<TSpec>
    where TSpec : class
{
    private readonly ConditionalWeakTable<SyntaxNode, Slot> slots = new();
    private int parsed;
    private int reused;

    /// <summary>How many declarations were parsed (for tests and benchmarks).</summary>
    public int Parsed => Volatile.Read(ref parsed);

    /// <summary>How many times a previous compilation's parse was returned instead.</summary>
    public int Reused => Volatile.Read(ref reused);

    /// <summary>
    /// Every spec the declarations found by <paramref name="find"/> in the compilation's trees parse to, in tree and
    /// document order; a declaration that parses to nothing (not ours, or unbuildable) is left out.
    /// </summary>
    public ImmutableArray<TSpec> ParseAll(
        Compilation compilation,
        Func<SyntaxTree, CancellationToken, ImmutableArray<SyntaxNode>> find,
        Func<SyntaxNode, SemanticModel, CancellationToken, TSpec?> parse,
        CancellationToken cancellationToken)
    {
        var specs = ImmutableArray.CreateBuilder<TSpec>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            // One semantic model per tree, made only when a declaration in it must be parsed: a model caches the
            // binding it did, and a file often declares a resource, its projections and the connector together.
            SemanticModel? model = null;
            foreach (var declaration in find(tree, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var spec = Get(declaration, compilation, (node, ct) => parse(node, model ??= compilation.GetSemanticModel(tree), ct), usableIn: null, cancellationToken);
                if (spec is not null)
                {
                    specs.Add(spec);
                }
            }
        }

        return specs.ToImmutable();
    }

    /// <summary>
    /// The parse of one declared type, for the analyzers (which are handed symbols, one compilation after another in an
    /// editor): reused on the same conditions as in <see cref="ParseAll"/>, keyed by the type's first declaration (the
    /// fingerprint covers every other part, a generated one included), and only while <paramref name="usableIn"/> says
    /// the result still fits the new compilation (a diagnostic must not point into a tree that an edit replaced).
    /// </summary>
    public TSpec? GetForType<TState>(
        INamedTypeSymbol type,
        Compilation compilation,
        TState state,
        Func<TState, TSpec?> parse,
        Func<TSpec, Compilation, bool> usableIn,
        CancellationToken cancellationToken)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return parse(state);
        }

        return Get(references[0].GetSyntax(cancellationToken), compilation, (_, _) => parse(state), usableIn, cancellationToken);
    }

    private TSpec? Get(
        SyntaxNode declaration,
        Compilation compilation,
        Func<SyntaxNode, CancellationToken, TSpec?> parse,
        Func<TSpec, Compilation, bool>? usableIn,
        CancellationToken cancellationToken)
    {
        var fingerprint = DeclarationFingerprint.Of(compilation);
        var slot = slots.GetValue(declaration, static _ => new Slot());
        var last = slot.Last;
        if (last is not null
            && (last.Spec is null || usableIn is null || usableIn(last.Spec, compilation))
            && last.Fingerprint.BindsLike(fingerprint, cancellationToken))
        {
            // Anchored to the newest compilation, so the next comparison is against it (and the old one can go).
            slot.Last = new Parse(fingerprint, last.Spec);
            Interlocked.Increment(ref reused);
            return last.Spec;
        }

        var spec = parse(declaration, cancellationToken);
        Interlocked.Increment(ref parsed);
        slot.Last = new Parse(fingerprint, spec);
        return spec;
    }

    private sealed class Slot
    {
        private volatile Parse? last;

        public Parse? Last
        {
            get => last;
            set => last = value;
        }
    }

    private sealed class Parse(DeclarationFingerprint fingerprint, TSpec? spec)
    {
        public DeclarationFingerprint Fingerprint { get; } = fingerprint;

        public TSpec? Spec { get; } = spec;
    }
}
