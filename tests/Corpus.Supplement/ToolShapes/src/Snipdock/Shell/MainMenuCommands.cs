using System.Diagnostics;
using ToolShapes.Snipdock.Infrastructure;

namespace ToolShapes.Snipdock.Shell;

/// <summary>The tray menu's Help submenu.</summary>
public sealed class MainMenuCommands
{
    public const string HomepageUrl = "http://snipdock.app";  // expect: none
    private const string HelpPage = "http://snipdock.app/docs/";  // expect: none

    public void OpenHomepage() => Open(HomepageUrl);

    public void OpenHelp(string topic) => Process.Start(new ProcessStartInfo { FileName = HelpPage + Uri.EscapeDataString(topic), UseShellExecute = true });

    public void ReportIssue() => Process.Start(new ProcessStartInfo("http://snipdock.app/issues/new") { UseShellExecute = true });  // expect: none

    public void OpenReleaseNotes(Version version) => Process.Start(new ProcessStartInfo($"http://snipdock.app/releases/{version}") { UseShellExecute = true });

    private static void Open(string url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url) { UseShellExecute = true });
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Log.Error($"No browser to open {url}", ex);
        }
    }
}
