using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// The values of one configuration file that SC1003 and SC2002 read: a JSON or XML file by its name, not larger than
/// <see cref="MaxFileLength"/> (a larger one is a generated dump or a data file, not configuration a person writes).
/// </summary>
internal static class ConfigFileContents
{
    public const int MaxFileLength = 1024 * 1024;

    /// <summary>False for a file that is not configuration, unreadable or too large.</summary>
    /// <param name="booleans">Also JSON's true and false, as the text "true" or "false", and its whole numbers.</param>
    public static bool TryRead(AdditionalText file, bool booleans, CancellationToken cancellationToken, out SourceText text, out IReadOnlyList<ConfigValue> values)
    {
        text = null!;
        values = System.Array.Empty<ConfigValue>();
        var kind = ConfigFileKinds.Of(file.Path);
        if (kind == ConfigFileKind.None || file.GetText(cancellationToken) is not { } read || read.Length > MaxFileLength)
        {
            return false;
        }

        text = read;
        var content = read.ToString();
        values = kind == ConfigFileKind.Json
            ? JsonConfigReader.Read(content, cancellationToken, booleans)
            : XmlConfigReader.Read(content, cancellationToken);
        return true;
    }
}
