using System.Diagnostics;
using ToolShapes.Snipdock.Infrastructure;

namespace ToolShapes.Snipdock.Plugins;

/// <summary>Installs community plugins with the curl that ships with Windows 10 and later.</summary>
public sealed class PluginInstaller(string pluginsDirectory)
{
    public async Task<bool> InstallAsync(string pluginId, CancellationToken cancellationToken)
    {
        var target = Path.Combine(pluginsDirectory, pluginId + ".zip");
        var curl = new ProcessStartInfo("curl") { UseShellExecute = false, RedirectStandardError = true };
        curl.ArgumentList.Add("-fsSL");
        curl.ArgumentList.Add("-o");
        curl.ArgumentList.Add(target);
        curl.ArgumentList.Add($"http://plugins.snipdock.app/packages/{pluginId}.zip");  // expect: http

        using var process = Process.Start(curl) ?? throw new InvalidOperationException("curl did not start");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            Log.Error($"Plugin {pluginId} download failed: {await process.StandardError.ReadToEndAsync(cancellationToken)}");
            return false;
        }

        System.IO.Compression.ZipFile.ExtractToDirectory(target, Path.Combine(pluginsDirectory, pluginId), overwriteFiles: true);
        return true;
    }
}
