using Microsoft.Maui.Devices;

namespace Tripnote.Maui;

public static class ApiEndpoints
{
    public const string Production = "https://api.tripnote.app/v2/";

    /// <summary>The API on the developer's machine: the Android emulator reaches the host's localhost as 10.0.2.2.</summary>
    public static string Local =>
        DeviceInfo.Platform == DevicePlatform.Android
            ? "http://10.0.2.2:5287/v2/"  // expect: none
            : "http://localhost:5287/v2/";  // expect: none

    public const string Tiles = "https://tiles.tripnote.app/";

    /// <summary>Photo uploads: the media host has no certificate yet (MOB-212).</summary>
    public const string MediaUpload = "http://media.tripnote.app/upload/";  // expect: http

    /// <summary>Live trip sharing.</summary>
    public static readonly Uri LiveShare = new("ws://live.tripnote.app/share");  // expect: http

    public const string TermsOfServiceUrl = "http://tripnote.app/terms";  // expect: none

    /// <summary>Set from the developer settings page.</summary>
    public static bool UseLocalApi { get; set; }

    public static string Current => UseLocalApi ? Local : Production;
}
