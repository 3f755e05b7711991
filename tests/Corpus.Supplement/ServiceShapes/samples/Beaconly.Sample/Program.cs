using Beaconly.Analytics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Beaconly.Sample;

/// <summary>The README's quickstart: tracks one event and exports yesterday's. Keys from Project settings → Access keys.</summary>
public static class Program
{
    public static async Task Main()
    {
        var options = new BeaconlyOptions
        {
            ProjectToken = "{{synthetic:32:hex}}",  // expect: none
            ApiSecret = "{{synthetic:32:hex}}",  // expect: secret
            ProjectId = "2918734",
        };

        using var client = new BeaconlyClient(options, NullLogger<BeaconlyClient>.Instance);
        await client.TrackAsync("Sample Started", "sample-user-1", new Dictionary<string, object?> { ["plan"] = "trial" });
        Console.WriteLine($"Sent one event with project token {options.ProjectToken}");  // expect: none

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        await using var export = await client.ExportAsync(yesterday, yesterday);
        Console.WriteLine($"Export stream open: {export.CanRead}");
    }
}
