using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// Where text ends up in a log: <c>ILogger</c> (<c>Log*</c> extension methods, <c>Log</c>, <c>BeginScope</c>),
/// a <c>[LoggerMessage]</c> method, <c>Console.Write*</c> (also through <c>Console.Error</c>/<c>Console.Out</c>),
/// <c>Debug</c>/<c>Trace</c> output, the other logging libraries and a project's own facade by their names
/// (<see cref="LoggingLibraries"/>), and the message of a new exception (messages are logged and shown in crash
/// reports). Names are checked before symbols.
/// </summary>
internal sealed class LogSinks
{
    private readonly INamedTypeSymbol? logger;
    private readonly INamedTypeSymbol? loggerExtensions;
    private readonly INamedTypeSymbol? exception;
    private readonly INamedTypeSymbol? loggerMessageAttribute;

    public LogSinks(Compilation compilation)
    {
        logger = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger");
        loggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
        exception = compilation.GetTypeByMetadataName("System.Exception");
        loggerMessageAttribute = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");
    }

    /// <summary>The sink's name for the message, or null when the call writes no log.</summary>
    public string? Describe(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var name = method.Name;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (name.StartsWith("Log", System.StringComparison.Ordinal) || name == "BeginScope")
        {
            if (SymbolEqualityComparer.Default.Equals(type, loggerExtensions) || IsLogger(type))
            {
                var logger = method.IsExtensionMethod || method.IsStatic
                    ? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)
                    : invocation.Instance;
                return NullLoggers.WritesNothing(logger) ? null : "ILogger." + name;
            }
        }

        if (name.StartsWith("Write", System.StringComparison.Ordinal) && type.Name == "Console" && InNamespace(type, "System"))
        {
            return "Console." + name;
        }

        // Console.Error.WriteLine(...), Console.Out.Write(...): the same console through its TextWriter.
        if (name.StartsWith("Write", System.StringComparison.Ordinal) && type.Name == "TextWriter"
            && invocation.Instance is IPropertyReferenceOperation { Property: { Name: "Error" or "Out", ContainingType: { Name: "Console" } console } stream }
            && InNamespace(console, "System"))
        {
            return "Console." + stream.Name + "." + name;
        }

        if ((name.StartsWith("Write", System.StringComparison.Ordinal) || name.StartsWith("Trace", System.StringComparison.Ordinal) || name is "Print" or "Fail")
            && type.Name is "Debug" or "Trace" && InNamespace(type, "System.Diagnostics"))
        {
            return type.Name + "." + name;
        }

        if (IsLoggerMessage(method))
        {
            return "[LoggerMessage] " + name;
        }

        return LoggingLibraries.IsLogCall(method) ? type.Name + "." + name : null;
    }

    /// <summary>"the message of ArgumentException", or null when the created type is not an exception.</summary>
    public string? Describe(IObjectCreationOperation creation)
    {
        for (var t = creation.Type as INamedTypeSymbol; t is not null && exception is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t, exception))
            {
                return "the message of " + creation.Type!.Name;
            }
        }

        return null;
    }

    /// <summary>Arguments that carry text or objects into the log: not the logger, level, event id, exception or formatter.</summary>
    public static bool CarriesText(IArgumentOperation argument)
    {
        var type = argument.Parameter?.Type;
        return type is not null
            && (type.SpecialType is SpecialType.System_String or SpecialType.System_Object
                || type.TypeKind == TypeKind.TypeParameter
                || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object or SpecialType.System_String }
                || IsSequenceOfStrings(type)
                || IsSpanOfValues(type)
                || (type.TypeKind is TypeKind.Struct or TypeKind.Class && type.SpecialType == SpecialType.None && !IsPlumbing(type)));
    }

    /// <summary>
    /// <c>params ReadOnlySpan&lt;object?&gt;</c> (C# 13; .NET 9's <c>Console.WriteLine</c>, <c>string.Format</c> and
    /// <c>TextWriter.WriteLine</c> overloads): the values after a format, one by one.
    /// </summary>
    public static bool IsSpanOfValues(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", TypeArguments.Length: 1 } span
        && span.TypeArguments[0].SpecialType is SpecialType.System_Object or SpecialType.System_String
        && span.ContainingNamespace?.ToDisplayString() == "System";

    // IEnumerable<string> and its kin: OptionsValidationException's failure messages, a list of lines to write.
    private static bool IsSequenceOfStrings(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeArguments.Length: 1 } named
        && named.TypeArguments[0].SpecialType == SpecialType.System_String
        && named.Name is "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection" or "IList" or "ICollection" or "List";

    // Parameters that are not the logged value: ILogger, Exception, EventId, LogLevel, delegates, tokens.
    private static bool IsPlumbing(ITypeSymbol type) =>
        type.Name is "ILogger" or "EventId" or "LogLevel" or "CancellationToken" || type.TypeKind == TypeKind.Delegate || IsException(type);

    private static bool IsException(ITypeSymbol type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Name == "Exception" && InNamespace(t, "System"))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsLogger(INamedTypeSymbol type)
    {
        if (logger is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, logger))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, logger))
            {
                return true;
            }
        }

        return false;
    }

    // A partial method in source declared with [LoggerMessage]: the generator writes its body.
    private bool IsLoggerMessage(IMethodSymbol method)
    {
        if (loggerMessageAttribute is null || !(method.IsPartialDefinition || method.PartialDefinitionPart is not null))
        {
            return false;
        }

        var definition = method.PartialDefinitionPart ?? method;
        foreach (var attribute in definition.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, loggerMessageAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InNamespace(ISymbol symbol, string name) => symbol.ContainingNamespace?.ToDisplayString() == name;
}
