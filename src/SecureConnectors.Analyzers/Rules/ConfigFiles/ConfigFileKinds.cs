using System;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>How a configuration file is read, by its name.</summary>
internal enum ConfigFileKind
{
    /// <summary>Not a file this rule reads.</summary>
    None,

    /// <summary>appsettings*.json (any environment suffix) and launchSettings.json.</summary>
    Json,

    /// <summary>*.config: web.config, app.config, MyApp.exe.config, NuGet.Config.</summary>
    Xml,
}

/// <summary>
/// Which additional files are configuration files. User secrets (secrets.json) are not: keeping a secret there,
/// outside the project, is what the rule asks for.
/// </summary>
internal static class ConfigFileKinds
{
    public static ConfigFileKind Of(string? path)
    {
        var name = FileName(path);
        if (name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            return ConfigFileKind.Json;
        }

        return name.Length > ".config".Length && name.EndsWith(".config", StringComparison.OrdinalIgnoreCase)
            ? ConfigFileKind.Xml
            : ConfigFileKind.None;
    }

    /// <summary>
    /// appsettings.Development.json: the settings of the developer's own machine, where docker compose runs the
    /// servers the app talks to on localhost or by their one-label service names.
    /// </summary>
    public static bool IsDevelopmentSettings(string? path) =>
        FileName(path).Equals("appsettings.Development.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without its folders; paths come with either separator.</summary>
    public static string FileName(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "";
        }

        var slash = path!.LastIndexOfAny(new[] { '/', '\\' });
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
