using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>
/// The constructor an attribute application binds to. <c>SemanticModel.GetSymbolInfo(attribute)</c> binds the
/// attribute again in a fresh attribute model on every call: on a project that declares connectors (twenty
/// <c>[Field("...")]</c> per resource) that was most of SC1001's extra cost. The attributes of the declared symbol
/// are bound once per compilation and cached on the symbol (the compiler needs them anyway to emit), so the
/// constructor is read from there when the attribute's owner is a plain declaration, and bound only otherwise.
/// </summary>
internal static class AttributeConstructors
{
    public static IMethodSymbol? Of(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        if (attribute.Parent is AttributeListSyntax { Target: null } list && Owner(list.Parent, model, cancellationToken) is { } owner)
        {
            foreach (var data in owner.GetAttributes())
            {
                if (data.ApplicationSyntaxReference is { } reference
                    && reference.Span == attribute.Span
                    && reference.SyntaxTree == attribute.SyntaxTree)
                {
                    return data.AttributeConstructor;
                }
            }
        }

        return model.GetSymbolInfo(attribute, cancellationToken).Symbol as IMethodSymbol;
    }

    /// <summary>
    /// The attribute's type when no constructor could be picked (<c>[TestCase("...", Missing.Value)]</c> with an argument of
    /// a type the build lacks, or half-typed code): the type every candidate constructor belongs to, if they agree.
    /// </summary>
    public static INamedTypeSymbol? TypeOfUnresolved(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        INamedTypeSymbol? type = null;
        foreach (var candidate in model.GetSymbolInfo(attribute, cancellationToken).CandidateSymbols)
        {
            if (candidate is not IMethodSymbol { ContainingType: { } owner } || (type is not null && !SymbolEqualityComparer.Default.Equals(type, owner)))
            {
                return null;
            }

            type = owner;
        }

        return type;
    }

    // Declarations whose attributes (with no target specifier) are the declared symbol's own.
    private static ISymbol? Owner(SyntaxNode? declaration, SemanticModel model, CancellationToken cancellationToken) => declaration switch
    {
        BaseTypeDeclarationSyntax or MethodDeclarationSyntax or PropertyDeclarationSyntax or ParameterSyntax or ConstructorDeclarationSyntax
            => model.GetDeclaredSymbol(declaration, cancellationToken),
        BaseFieldDeclarationSyntax { Declaration.Variables: { Count: > 0 } variables } => model.GetDeclaredSymbol(variables[0], cancellationToken),
        _ => null,
    };
}
