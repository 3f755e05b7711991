using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.FindSymbols;
using SecureConnectors.Analyzers.Rules.Secrets;

namespace SecureConnectors.CodeFixes.Rules.Secrets;

/// <summary>
/// SC1001: replaces the literal with a run-time lookup, "Read from environment"
/// (<c>Environment.GetEnvironmentVariable("NAME") ?? throw ...</c>) and, where an <c>IConfiguration</c> is at
/// hand, "Read from configuration". A <c>const</c> becomes <c>static readonly</c> so the code still compiles;
/// where the value must be a constant (attribute arguments, default values, case labels) no fix is offered.
/// An Authorization value keeps its scheme: <c>"Bearer " + (lookup)</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedSecretCodeFixProvider))]
public sealed class HardcodedSecretCodeFixProvider() : RuleCodeFixProvider(DiagnosticIds.HardcodedSecret)
{
    public const string EnvironmentKey = "ReadFromEnvironment";
    public const string ConfigurationKey = "ReadFromConfiguration";

    // A const that stays a const elsewhere (attribute, case label, another const) cannot become a lookup: finding
    // that out means finding its references, which is why this provider offers asynchronously.
    private protected override async Task<IEnumerable<CodeAction>> OffersAsync(FixSite site)
    {
        if (ConstDeclarationOf(site.Node) is { } constDeclaration
            && await IsUsedAsConstantAsync(constDeclaration, site.Model, site.Document.Project.Solution, site.CancellationToken).ConfigureAwait(false))
        {
            return Enumerable.Empty<CodeAction>();
        }

        return Offers(site);
    }

    private protected override IEnumerable<CodeAction> Offers(FixSite site)
    {
        if (site.Node is not ExpressionSyntax literal
            || LiteralText(literal) is not { } value
            || MustStayConstant(literal))
        {
            yield break;
        }

        var constDeclaration = ConstDeclarationOf(literal);
        site.Diagnostic.Properties.TryGetValue(HardcodedSecretAnalyzer.NameProperty, out var destination);
        var memberName = destination ?? EnclosingName(literal) ?? "Secret";

        // A receiving name that says nothing about a secret (a parameter called 'value' or 'parameter') would name
        // the variable after the plumbing: LEDGER_API_TOKEN says whose credential it is and what kind.
        if (SecretNames.Classify(memberName) == SecretKind.None)
        {
            memberName = AuthorizationScheme(value) is null ? "ApiToken" : "Authorization";
        }

        var typeName = literal.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText;
        var scheme = AuthorizationScheme(value);

        var environmentName = SecretVariableNames.Environment(typeName, memberName);
        yield return ReadFrom(
            $"Read from environment variable '{environmentName}'",
            EnvironmentKey,
            $"global::System.Environment.GetEnvironmentVariable(\"{environmentName}\") ?? throw new global::System.InvalidOperationException(\"{environmentName} is not set\")");

        if (ConfigurationAccess(literal, site.Model, site.CancellationToken) is { } configuration)
        {
            var key = SecretVariableNames.Configuration(typeName, memberName);
            yield return ReadFrom(
                $"Read from configuration key '{key}'",
                ConfigurationKey,
                $"{configuration}[\"{key}\"] ?? throw new global::System.InvalidOperationException(\"{key} is not configured\")");
        }

        CodeAction ReadFrom(string title, string equivalenceKey, string lookup) =>
            site.Change(title, equivalenceKey, cancellationToken => ReplaceAsync(site.Document, literal, constDeclaration, lookup, scheme, cancellationToken));
    }

    private static async Task<Document> ReplaceAsync(
        Document document, ExpressionSyntax literal, SyntaxNode? constDeclaration, string lookup, string? scheme, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacementText = scheme is null ? $"({lookup})" : $"\"{scheme} \" + ({lookup})";
        var replacement = SimplifiedNames.Annotate(SyntaxFactory.ParseExpression(replacementText)).WithTriviaFrom(literal);

        if (constDeclaration is null)
        {
            return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
        }

        var rewritten = constDeclaration.ReplaceNode(literal, replacement);
        rewritten = rewritten switch
        {
            FieldDeclarationSyntax field => field.WithModifiers(WithoutConst(field.Modifiers, SyntaxFactory.Token(SyntaxKind.StaticKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword))),
            LocalDeclarationStatementSyntax local => WithoutConst(local),
            _ => rewritten,
        };
        return document.WithSyntaxRoot(root.ReplaceNode(constDeclaration, rewritten));
    }

    private static SyntaxTokenList WithoutConst(SyntaxTokenList modifiers, params SyntaxToken[] insteadOfConst)
    {
        var result = SyntaxFactory.TokenList();
        foreach (var modifier in modifiers)
        {
            if (!modifier.IsKind(SyntaxKind.ConstKeyword))
            {
                result = result.Add(modifier);
                continue;
            }

            for (var i = 0; i < insteadOfConst.Length; i++)
            {
                var token = insteadOfConst[i].WithTrailingTrivia(SyntaxFactory.Space);
                result = result.Add(i == 0 ? token.WithLeadingTrivia(modifier.LeadingTrivia) : token);
            }

        }

        return result;
    }

    // "const string x = ..." -> "string x = ...", the indentation that was on "const" moved to the type.
    private static LocalDeclarationStatementSyntax WithoutConst(LocalDeclarationStatementSyntax local)
    {
        var constToken = local.Modifiers.First(static m => m.IsKind(SyntaxKind.ConstKeyword));
        var modifiers = WithoutConst(local.Modifiers);
        var declaration = local.Declaration;
        if (modifiers.Count == 0)
        {
            declaration = declaration.WithType(declaration.Type.WithLeadingTrivia(constToken.LeadingTrivia));
        }

        return local.WithModifiers(modifiers).WithDeclaration(declaration);
    }

    private static string? LiteralText(ExpressionSyntax literal) => literal switch
    {
        LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } text => text.Token.ValueText,
        InterpolatedStringExpressionSyntax interpolated when interpolated.Contents.All(static c => c is InterpolatedStringTextSyntax) =>
            string.Concat(interpolated.Contents.Cast<InterpolatedStringTextSyntax>().Select(static t => t.TextToken.ValueText)),
        _ => null,
    };

    // Places where C# requires a constant: the lookup could not compile there.
    private static bool MustStayConstant(SyntaxNode literal) =>
        literal.Ancestors().Any(static a => a is AttributeArgumentSyntax or CaseSwitchLabelSyntax or ConstantPatternSyntax
            || (a is EqualsValueClauseSyntax { Parent: ParameterSyntax }));

    private static SyntaxNode? ConstDeclarationOf(SyntaxNode literal)
    {
        var declaration = literal.Ancestors().FirstOrDefault(static a => a is FieldDeclarationSyntax or LocalDeclarationStatementSyntax or StatementSyntax or MemberDeclarationSyntax);
        return declaration switch
        {
            FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => field,
            LocalDeclarationStatementSyntax local when local.IsConst => local,
            _ => null,
        };
    }

    // A const that other constants, attributes, case labels or default values use must stay a const.
    private static async Task<bool> IsUsedAsConstantAsync(SyntaxNode declaration, SemanticModel model, Solution solution, CancellationToken cancellationToken)
    {
        var variables = declaration switch
        {
            FieldDeclarationSyntax field => field.Declaration.Variables,
            LocalDeclarationStatementSyntax local => local.Declaration.Variables,
            _ => default,
        };

        foreach (var variable in variables)
        {
            if (model.GetDeclaredSymbol(variable, cancellationToken) is not { } symbol)
            {
                continue;
            }

            var references = await SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken).ConfigureAwait(false);
            foreach (var location in references.SelectMany(static r => r.Locations))
            {
                var tree = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var node = tree?.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is not null && (MustStayConstant(node) || ConstDeclarationOf(node) is not null))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? EnclosingName(SyntaxNode literal)
    {
        foreach (var ancestor in literal.Ancestors())
        {
            switch (ancestor)
            {
                case VariableDeclaratorSyntax variable:
                    return variable.Identifier.ValueText;
                case PropertyDeclarationSyntax property:
                    return property.Identifier.ValueText;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax identifier }:
                    return identifier.Identifier.ValueText;
                case AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member }:
                    return member.Name.Identifier.ValueText;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static string? AuthorizationScheme(string value)
    {
        if (!AuthorizationValues.CarriesCredential(value))
        {
            return null;
        }

        var space = value.Trim().IndexOf(' ');
        return space > 0 ? value.Trim().Substring(0, space) : null;
    }

    // An IConfiguration the literal's code can reach: a parameter of the enclosing method, constructor, local
    // function or lambda, or a field or property of the type (a static one from static code).
    private static string? ConfigurationAccess(SyntaxNode literal, SemanticModel model, CancellationToken cancellationToken)
    {
        var body = literal.Ancestors().FirstOrDefault(static a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or ArrowExpressionClauseSyntax);
        if (body is null)
        {
            return null; // field initializers cannot reach instance members
        }

        if (model.GetEnclosingSymbol(literal.SpanStart, cancellationToken) is not { } member)
        {
            return null;
        }

        for (var symbol = member; symbol is IMethodSymbol method; symbol = method.ContainingSymbol)
        {
            var parameter = method.Parameters.FirstOrDefault(static p => IsConfiguration(p.Type));
            if (parameter is not null)
            {
                return parameter.Name;
            }
        }

        var isStatic = member.IsStatic || member.ContainingSymbol is IMethodSymbol { IsStatic: true };
        var type = member.ContainingType;
        var candidate = type?.GetMembers().FirstOrDefault(m =>
            (m is IFieldSymbol { IsImplicitlyDeclared: false } field && IsConfiguration(field.Type) && (!isStatic || field.IsStatic))
            || (m is IPropertySymbol property && IsConfiguration(property.Type) && (!isStatic || property.IsStatic)));
        return candidate?.Name;
    }

    private static bool IsConfiguration(ITypeSymbol type) =>
        type.Name is "IConfiguration" or "IConfigurationRoot" or "IConfigurationSection" or "IConfigurationManager" or "ConfigurationManager"
        || type.AllInterfaces.Any(static i => i.Name == "IConfiguration");
}
