using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL handed to the operating system to open (<c>Process.Start("http://...")</c>, <c>ProcessStartInfo.FileName</c>,
/// MAUI's and Xamarin's <c>Browser</c>/<c>Launcher</c>, UWP's <c>Launcher.LaunchUriAsync</c>, Unity's
/// <c>Application.OpenURL</c>): a page the user's browser shows, like a homepage link. The program sends nothing of its
/// own there; the browser decides how it is fetched (HSTS, upgrades).
/// </summary>
internal static class ShellOpenedLinks
{
    /// <summary>Whether the parameter is the file or URL that the call opens (not <c>curl</c>'s arguments).</summary>
    public static bool Opens(IMethodSymbol method, IParameterSymbol parameter)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        var ns = type.ContainingNamespace?.ToDisplayString();
        return (ns, type.Name) switch
        {
            ("System.Diagnostics", "Process") => method.Name == "Start" && parameter.Name == "fileName",
            ("System.Diagnostics", "ProcessStartInfo") => method.MethodKind == MethodKind.Constructor && parameter.Name == "fileName",
            ("Microsoft.Maui.ApplicationModel" or "Xamarin.Essentials" or "Windows.System", "Browser" or "Launcher")
                => method.Name.StartsWith("Open", System.StringComparison.Ordinal) || method.Name.StartsWith("Launch", System.StringComparison.Ordinal),
            ("UnityEngine", "Application") => method.Name == "OpenURL",
            _ => false,
        };
    }

    /// <summary><c>new ProcessStartInfo { FileName = "http://..." }</c>, <c>startInfo.FileName = ...</c>.</summary>
    public static bool IsOpenedFileName(IOperation target) =>
        target is IPropertyReferenceOperation { Property: { Name: "FileName", ContainingType: { Name: "ProcessStartInfo" } type } }
        && type.ContainingNamespace?.ToDisplayString() == "System.Diagnostics";
}
