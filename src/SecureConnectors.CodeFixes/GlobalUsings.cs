// What every code fix in this assembly is written with: the Roslyn code-fix API, C# syntax, the diagnostic IDs and
// the shared provider shape. A file names only what is its own (Linq, Editing, Simplification, its rule's namespace),
// so its usings say what it depends on beyond being a code fix.
global using System.Collections.Generic;
global using Microsoft.CodeAnalysis;
global using Microsoft.CodeAnalysis.CodeActions;
global using Microsoft.CodeAnalysis.CodeFixes;
global using Microsoft.CodeAnalysis.CSharp;
global using Microsoft.CodeAnalysis.CSharp.Syntax;
global using SecureConnectors.Analyzers.Diagnostics;
global using SecureConnectors.CodeFixes.Infrastructure;
