using System;
using System.IO;
using System.Runtime.CompilerServices;
using SecureConnectors.Analyzers.Generator.Emitting;
using Xunit;

namespace SecureConnectors.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated text with <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.&lt;Name&gt;.verified.cs</c>. On a mismatch or a first run it writes
/// <c>.received.cs</c> beside it and fails at the first differing line; <c>SC_UPDATE_SNAPSHOTS=1</c> accepts the new text.
/// </summary>
internal static class Snapshot
{
    // From the test's output folder, not [CallerFilePath]: CI builds map source paths to "/_/" (deterministic builds).
    private static readonly string Folder = FindFolder();

    public static void Match(string actual, string name, string testClass, [CallerMemberName] string test = "", string extension = "cs")
    {
        var folder = Folder;
        var stem = Path.Combine(folder, $"{testClass}.{test}.{name}");
        var normalized = Normalize(actual);
        var verifiedPath = stem + ".verified." + extension;
        var receivedPath = stem + ".received." + extension;

        if (Environment.GetEnvironmentVariable("SC_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            File.Delete(receivedPath);
            return;
        }

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(verified is null
            ? $"No snapshot {verifiedPath}; wrote {receivedPath}. Review it and rename it, or run with SC_UPDATE_SNAPSHOTS=1."
            : $"{verifiedPath} differs at {FirstDifference(verified, normalized)}; wrote {receivedPath}.");
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "SecureConnectors.Generator.Tests", "Snapshots");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/SecureConnectors.Generator.Tests/Snapshots not found above " + AppContext.BaseDirectory);
    }

    // LF line ends, and the tool version scrubbed so that a version bump does not touch every snapshot.
    private static string Normalize(string text) =>
        text.Replace("\r\n", "\n").Replace($"\"{GeneratedCode.Tool}\", \"{GeneratedCode.Version}\"", $"\"{GeneratedCode.Tool}\", \"VERSION\"");

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end>";
            var right = i < a.Length ? a[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n  expected: {left}\n  actual:   {right}";
            }
        }

        return "(no line differs)";
    }
}
