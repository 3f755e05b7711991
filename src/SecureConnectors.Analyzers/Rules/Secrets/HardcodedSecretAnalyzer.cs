using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SecureConnectors.Analyzers.Configuration;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Secrets;

/// <summary>
/// SC1001: a credential written into the code, reported on the literal where it is written.
/// By content, anywhere: a provider credential format, a connection string with a password or key, an
/// Authorization value. By destination: a literal that reaches a name or sink that holds secrets (member,
/// parameter, argument, dictionary or form key, header, attribute argument) and has the shape its kind needs.
/// Also a secret split across constants (<see cref="FoldedConstants"/>), and a literal kept in a neutrally named constant, static readonly field or local that a credential sink
/// receives elsewhere (<see cref="SecretsThroughSymbols"/>). The message names the destination or format, never
/// the value.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardcodedSecretAnalyzer : DiagnosticAnalyzer
{
    internal const string NameProperty = "Name";
    internal const char Hole = '\u0001';

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            var names = new AnalyzerOptionCache<string?>(provider, SecretOptions.NamePatternsKey, null, static v => v);
            var allowlist = new AnalyzerOptionCache<string?>(provider, SecretOptions.AllowlistKey, null, static v => v);
            var parsed = new System.Collections.Concurrent.ConcurrentDictionary<(string?, string?), SecretOptions>();
            var testProject = TestCode.IsTestProject(start.Compilation);
            // Options and the test-file check are read per file, and only for the few literals that get that far.
            SecretOptions OptionsFor(SyntaxTree tree)
            {
                var key = (names.For(tree), allowlist.For(tree));
                return key is (null, null) ? SecretOptions.Default : parsed.GetOrAdd(key, static k => SecretOptions.Parse(k.Item1, k.Item2));
            }

            start.RegisterSyntaxNodeAction(
                context => AnalyzeLiteral(context, OptionsFor, testProject),
                StringLiterals.Kinds);

            start.RegisterSyntaxNodeAction(
                context =>
                {
                    if (FoldedConstants.MayFold(context.Node))
                    {
                        AnalyzeFolded(context, OptionsFor(context.Node.SyntaxTree), testProject);
                    }
                },
                SyntaxKind.AddExpression,
                SyntaxKind.InvocationExpression);

            // A key written as bytes in test code is a test vector: what a crypto test signs, encrypts or decrypts its own
            // data with. Provider credentials reach tests as strings (API keys, tokens), which are still read.
            start.RegisterSyntaxNodeAction(
                context =>
                {
                    if (!testProject && ByteKeyInitializers.SecretNameFor(context.Node) is { } name && !TestCode.IsTestFile(context.Node.SyntaxTree))
                    {
                        Report(context, $"Byte array assigned to '{name}'", name);
                    }
                },
                SyntaxKind.ArrayInitializerExpression,
                SyntaxKind.CollectionExpression);

            // Calls and creations, not every argument: arguments are among the most numerous nodes, and the
            // sinks are found by the called name first.
            var throughSymbols = new SecretsThroughSymbols();
            start.RegisterSyntaxNodeAction(
                context => AnalyzeSinkCall(context, throughSymbols),
                SyntaxKind.InvocationExpression,
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.ImplicitObjectCreationExpression);
        });
    }

    private static void AnalyzeSinkCall(SyntaxNodeAnalysisContext context, SecretsThroughSymbols throughSymbols)
    {
        var arguments = context.Node switch
        {
            InvocationExpressionSyntax invocation => invocation.ArgumentList,
            BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
            _ => null,
        };
        if (arguments is null)
        {
            return;
        }

        foreach (var syntax in arguments.Arguments)
        {
            if (SecretsThroughSymbols.MayBeSink(syntax))
            {
                AnalyzeSinkArgument(context, syntax, throughSymbols);
            }
        }
    }

    private static void AnalyzeSinkArgument(SyntaxNodeAnalysisContext context, ArgumentSyntax syntax, SecretsThroughSymbols throughSymbols)
    {
        if (SafeOperations.Of(context.SemanticModel, syntax, context.CancellationToken) is not IArgumentOperation argument
            || throughSymbols.Find(argument, context.CancellationToken) is not { } found)
        {
            return;
        }

        var value = found.Literal.Token.ValueText;
        var name = ((VariableDeclaratorSyntax)found.Literal.Parent!.Parent!).Identifier.ValueText;
        if ((Placeholders.NamesAStandIn(name) && (TestCode.IsTestProject(context.Compilation) || TestCode.IsTestFile(found.Literal.SyntaxTree)))
            || Placeholders.SpellsItsName(value, name))
        {
            return;
        }

        // Content-shaped values were reported where they are written already.
        if (SecretGate.Accepts(found.Destination.Kind, found.Destination.AsSent(value)) && SecretContent.Describe(value, Hole) is null && throughSymbols.TryMarkReported(found.Literal))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.HardcodedSecret,
                found.Literal.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(NameProperty, name),
                $"String assigned to '{name}', which a credential sink receives,"));
        }
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context, System.Func<SyntaxTree, SecretOptions> optionsFor, bool testProject)
    {
        var text = StringLiterals.TextOf(context.Node, Hole);
        if (text is null || text.Length < 6)
        {
            return;
        }

        // The user's allowlist is asked last, only about values found secret: it is a regular expression.
        if (SecretContent.Describe(text, Hole, () => testProject || TestCode.IsTestFile(context.Node.SyntaxTree)) is { } content)
        {
            // FakeBotToken = "<a bot token's shape>": in test code, what a name that says fake, mock or dummy holds is the
            // test's stand-in, whatever it looks like (asked only of values found by content, which are few).
            if ((testProject || TestCode.IsTestFile(context.Node.SyntaxTree))
                && SecretDestinations.Find(context.Node, context.SemanticModel, context.CancellationToken) is { } holder
                && Placeholders.NamesAStandIn(holder.Name))
            {
                return;
            }

            if (!optionsFor(context.Node.SyntaxTree).IsAllowed(text))
            {
                Report(context, "String with " + content, NameFor(context.Node, context));
            }

            return;
        }

        // options.Headers = "x-honeycomb-team=...": an OpenTelemetry exporter's header list authenticates to the backend,
        // as the same setting in a configuration file does for SC1003.
        if (context.Node.Parent is AssignmentExpressionSyntax { Left: var headers } headerList && headerList.Right == context.Node
            && WrittenNames.Rightmost(headers) is { Length: > 0 } headersName
            && headersName.EndsWith("Headers", System.StringComparison.OrdinalIgnoreCase)
            && ConfigFiles.HeaderListSettings.HoldsCredential(headersName, text)
            && !optionsFor(context.Node.SyntaxTree).IsAllowed(text))
        {
            Report(context, "Header list assigned to '" + headersName + "'", headersName);
            return;
        }

        // Fixture passwords (P@ssw0rd!) are exempt in test code only; elsewhere they are weak hardcoded credentials.
        bool InTestCode() => testProject || TestCode.IsTestFile(context.Node.SyntaxTree);
        var fixturePassword = text.IndexOf(Hole) < 0 && !InTestCode()
            && ((Placeholders.IsFixturePassword(text) && SecretShape.LooksLikePassword(text))
                || (AuthorizationValues.PasswordOf(text) is { } paired && Placeholders.IsFixturePassword(paired) && SecretShape.LooksLikePassword(paired)));

        // veryVerySecretKey: letters only, which elsewhere name things, are a typed key where tokens are signed with them.
        var wordedKey = !fixturePassword && text.IndexOf(Hole) < 0 && SigningKeys.IsWordedKey(text) && !InTestCode();
        if (text.IndexOf(Hole) >= 0 || (!fixturePassword && !wordedKey && !SecretGate.CouldBeSecret(text)))
        {
            return;
        }

        // idsrv3test, MockSigningKey42: in test code a value that says test opens the test's own fixtures; a JWT
        // that names no principal is a library's test vector there, whatever name holds it; and key bytes written as a
        // string turned into bytes where it stands (Encoding.UTF8.GetBytes("..."), Convert.FromBase64String("...")) are
        // a crypto test's vector, as a byte array initializer's are.
        if ((Placeholders.CallsItselfATestValue(text) && InTestCode()) || JsonWebTokens.IsTestVector(text, InTestCode)
            || (ByteKeyInitializers.IsConvertedToBytes(context.Node) && InTestCode())
            || ((HandMadeFixtures.IsOddLengthHex(text) || HandMadeFixtures.IsOtpSeed(text) || HandMadeFixtures.IsKeyboardMash(text)
                || LocalServerInitializers.IsForLocalServer(context.Node)) && InTestCode()))
        {
            return;
        }

        var options = optionsFor(context.Node.SyntaxTree);

        // OAUTH2_CLIENT_SECRET = "OAuth2ClientSecret": a value that spells its holder's name is that setting's name.
        if (SecretDestinations.Find(context.Node, context.SemanticModel, context.CancellationToken) is not { } destination
            || (Placeholders.NamesAStandIn(destination.Name) && InTestCode())
            || Placeholders.SpellsItsName(text, destination.Name))
        {
            return;
        }

        var kind = destination.Kind == SecretKind.None && options.IsSecretName(destination.Name) ? SecretKind.Secret : destination.Kind;
        var accepted = SecretGate.Accepts(kind, destination.AsSent(text))
            || (fixturePassword && kind is SecretKind.Password or SecretKind.Secret or SecretKind.Authorization)
            || (wordedKey && kind == SecretKind.Secret && SigningKeys.SignsTokens(destination));
        if (kind != SecretKind.None && accepted && !(InTestCode() && HandMadeFixtures.CommentCallsItFake(context.Node)) && !options.IsAllowed(text))
        {
            Report(context, "String assigned to " + destination.Description, destination.Name);
        }
    }

    // A secret split across constants: reported on the whole expression when no piece was reported alone.
    private static void AnalyzeFolded(SyntaxNodeAnalysisContext context, SecretOptions options, bool testProject)
    {
        if (FoldedConstants.Fold(context.Node, context.SemanticModel, context.CancellationToken) is not { } folded
            || folded.Value.Length < 16 || folded.Value.IndexOf(Hole) >= 0)
        {
            return;
        }

        bool InTestCode() => testProject || TestCode.IsTestFile(context.Node.SyntaxTree);
        var destination = SecretDestinations.Find(context.Node, context.SemanticModel, context.CancellationToken);
        var kind = destination is { } d ? (d.Kind == SecretKind.None && options.IsSecretName(d.Name) ? SecretKind.Secret : d.Kind) : SecretKind.None;
        foreach (var piece in folded.Pieces)
        {
            var text = piece.Token.ValueText;
            if (SecretContent.Describe(text, Hole, InTestCode) is not null || (kind != SecretKind.None && SecretGate.Accepts(kind, destination!.Value.AsSent(text))))
            {
                return; // that piece is reported where it is written
            }
        }

        if (FoldedConstants.UsesSecretConstant(context.Node, context.SemanticModel, context.CancellationToken) || options.IsAllowed(folded.Value))
        {
            return;
        }

        if (SecretContent.Describe(folded.Value, Hole, InTestCode) is { } content)
        {
            Report(context, "String built from constants with " + content, destination?.Name);
        }
        else if (kind != SecretKind.None && SecretGate.Accepts(kind, destination!.Value.AsSent(folded.Value)))
        {
            Report(context, "String built from constants and assigned to " + destination!.Value.Description, destination.Value.Name);
        }
    }

    // The environment variable a fix proposes is named after the receiving member when there is one.
    private static string? NameFor(SyntaxNode literal, SyntaxNodeAnalysisContext context) =>
        SecretDestinations.Find(literal, context.SemanticModel, context.CancellationToken)?.Name;

    private static void Report(SyntaxNodeAnalysisContext context, string what, string? name)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (name is not null)
        {
            properties = properties.Add(NameProperty, name);
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.HardcodedSecret, context.Node.GetLocation(), properties, what));
    }
}
