using System.Collections.Immutable;
using System.Linq;
using System.Threading;

namespace SecureConnectors.CodeFixes.Rules.Logging;

/// <summary>
/// The Microsoft.Extensions.Compliance <c>Redactor</c>s that code at a position can call as they are: a local declared
/// and initialized before it, a parameter of the enclosing method, lambda or local function, or a field or property
/// of the enclosing type (or a primary constructor parameter) where instance members are reachable. Left out: what
/// would not compile there (an instance member from static code, a field or constructor initializer, or anything
/// from outside a static lambda), an <c>out</c> parameter, and a redactor declared nullable (calling it would warn).
/// Only the nearest are returned: the method's own redactors before the type's.
/// </summary>
internal static class RedactorsInScope
{
    public const string RedactorTypeName = "Microsoft.Extensions.Compliance.Redaction.Redactor";

    public static ImmutableArray<ISymbol> Nearest(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        if (model.Compilation.GetTypeByMetadataName(RedactorTypeName) is not { } redactorType
            || model.GetEnclosingSymbol(value.SpanStart, cancellationToken) is not { } enclosing)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        var member = enclosing;
        while (member is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            member = member.ContainingSymbol;
        }

        if (member is not IMethodSymbol method)
        {
            return ImmutableArray<ISymbol>.Empty; // a field or property initializer: no instance member, no local
        }

        var staticBoundary = value.Ancestors().FirstOrDefault(IsStaticFunction);
        var instanceReachable = !method.IsStatic && staticBoundary is null
            && !value.Ancestors().Any(static a => a is ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax);

        var inMethod = ImmutableArray.CreateBuilder<ISymbol>();
        var inType = ImmutableArray.CreateBuilder<ISymbol>();
        foreach (var symbol in model.LookupSymbols(value.SpanStart))
        {
            if (TypeOf(symbol) is not { } type || !IsRedactor(type, redactorType))
            {
                continue;
            }

            switch (symbol)
            {
                case ILocalSymbol local when IsUsableLocal(local, model, value, staticBoundary, cancellationToken):
                    inMethod.Add(local);
                    break;
                case IParameterSymbol { RefKind: not RefKind.Out } parameter when type.NullableAnnotation != NullableAnnotation.Annotated:
                    if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
                        && !SymbolEqualityComparer.Default.Equals(constructor, method))
                    {
                        // a primary constructor's parameter, read from a member: it is state of the instance
                        if (instanceReachable)
                        {
                            inType.Add(parameter);
                        }
                    }
                    else if (IsDeclaredWithin(parameter, staticBoundary))
                    {
                        inMethod.Add(parameter);
                    }

                    break;
                case IFieldSymbol or IPropertySymbol { IsIndexer: false, GetMethod: not null }
                    when type.NullableAnnotation != NullableAnnotation.Annotated && (symbol.IsStatic || instanceReachable):
                    inType.Add(symbol);
                    break;
            }
        }

        return inMethod.Count > 0 ? inMethod.ToImmutable() : inType.ToImmutable();
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        _ => null,
    };

    private static bool IsRedactor(ITypeSymbol type, INamedTypeSymbol redactorType)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, redactorType))
            {
                return true;
            }
        }

        return false;
    }

    // "var r = ...;" or "Redactor r = ...;" before the value: assigned wherever the value is. A var local is declared
    // nullable by C#; what counts is whether its initializer may be null.
    private static bool IsUsableLocal(ILocalSymbol local, SemanticModel model, ExpressionSyntax value, SyntaxNode? staticBoundary, CancellationToken cancellationToken)
    {
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || declarator.Span.End > value.SpanStart
            || !IsDeclaredWithin(local, staticBoundary))
        {
            return false;
        }

        return declarator.Parent is VariableDeclarationSyntax { Type.IsVar: true }
            ? model.GetTypeInfo(initializer, cancellationToken).Nullability.FlowState != NullableFlowState.MaybeNull
            : local.Type.NullableAnnotation != NullableAnnotation.Annotated;
    }

    // Inside a static lambda or local function only what it declares itself can be read.
    private static bool IsDeclaredWithin(ISymbol symbol, SyntaxNode? staticBoundary) =>
        staticBoundary is null
        || symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == staticBoundary.SyntaxTree && staticBoundary.Span.Contains(r.Span));

    private static bool IsStaticFunction(SyntaxNode node) => node switch
    {
        AnonymousFunctionExpressionSyntax function => function.Modifiers.Any(SyntaxKind.StaticKeyword),
        LocalFunctionStatementSyntax function => function.Modifiers.Any(SyntaxKind.StaticKeyword),
        _ => false,
    };
}
