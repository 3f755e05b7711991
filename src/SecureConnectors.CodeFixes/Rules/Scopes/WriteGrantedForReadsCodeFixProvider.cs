using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Scopes;

namespace SecureConnectors.CodeFixes.Rules.Scopes;

/// <summary>SC3004: grants the narrower scopes the code uses instead of the broader one that covers them.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WriteGrantedForReadsCodeFixProvider))]
public sealed class WriteGrantedForReadsCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.WriteGrantedForReads);

    // Each fix rewrites its own literal: the edits never meet.
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || GrantArguments.FindLiteral(root, diagnostic) is not { } literal
                || !diagnostic.Properties.TryGetValue(ScopeDiagnosticProperties.Replacement, out var replacement)
                || string.IsNullOrEmpty(replacement))
            {
                continue;
            }

            var scopes = replacement!.Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Grant '{replacement}' instead",
                    async cancellationToken =>
                    {
                        var editor = await DocumentEditor.CreateAsync(context.Document, cancellationToken).ConfigureAwait(false);
                        GrantArguments.Replace(editor, literal, scopes.ToList());
                        return editor.GetChangedDocument();
                    },
                    nameof(WriteGrantedForReadsCodeFixProvider)),
                diagnostic);
        }
    }
}
