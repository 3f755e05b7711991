using Microsoft.CodeAnalysis;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>
/// The other logging libraries and a project's own logging facade, known by their names: a method whose name starts
/// with a level or a log verb (<c>Trace</c>, <c>Debug</c>, <c>Verbose</c>, <c>Info</c>, <c>Information</c>, <c>Warn</c>,
/// <c>Warning</c>, <c>Error</c>, <c>Fatal</c>, <c>Critical</c>, <c>Log</c>, <c>Write</c>: Serilog's
/// <c>Log.Information</c>, NLog's <c>logger.Info</c>, log4net's <c>log.DebugFormat</c>, QuantConnect's static
/// <c>Log.Trace</c>) of a type whose last word is log, logger or logging, or that derives from or implements one
/// (<c>ILog</c>, <c>IOcelotLogger</c>, <c>NLog.Logger</c>, <c>Serilog.ILogger</c>). Words, not suffixes: a
/// <c>Catalog</c> or a <c>Dialog</c> is no log.
/// </summary>
internal static class LoggingLibraries
{
    // The first words a log call starts with, checked as prefixes before the name is split: most calls a build meets
    // start with none of them.
    private static readonly string[] LevelPrefixes =
    {
        "Trace", "Debug", "Verbose", "Info", "Warn", "Error", "Fatal", "Critical", "Log", "Write",
    };

    public static bool IsLogCall(IMethodSymbol method)
    {
        if (method.ContainingType is not { } containing || !StartsWithLevel(method.Name))
        {
            return false;
        }

        var first = IdentifierWords.Split(method.Name);
        if (first.Count == 0
            || first[0] is not ("trace" or "debug" or "verbose" or "info" or "information" or "warn" or "warning" or "error"
                or "fatal" or "critical" or "log" or "write"))
        {
            return false;
        }

        for (var type = containing; type is not null; type = type.BaseType)
        {
            if (NamesALog(type.Name))
            {
                return true;
            }
        }

        foreach (var implemented in containing.AllInterfaces)
        {
            if (NamesALog(implemented.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithLevel(string name)
    {
        foreach (var prefix in LevelPrefixes)
        {
            if (name.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesALog(string typeName)
    {
        if (typeName.IndexOf("og", System.StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var words = IdentifierWords.Split(typeName);
        return words.Count > 0 && words[words.Count - 1] is "log" or "logger" or "logging";
    }
}
