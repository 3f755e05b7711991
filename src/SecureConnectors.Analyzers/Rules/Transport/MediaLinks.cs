using System;
using System.Collections.Generic;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A URL whose path names an image, audio or video file (<c>http://i.imgur.com/H7ybFd0.png</c>): in test code, the
/// link an entity under test holds (a card's attachment, a profile's picture), which the code hands to an API as a
/// value and never fetches. A request the test makes is an API's path, not a picture's.
/// </summary>
internal static class MediaLinks
{
    private static readonly HashSet<string> MediaExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "tif", "tiff", "heic",
        "mp3", "wav", "ogg", "m4a", "flac", "mp4", "webm", "mov", "avi", "mkv",
    };

    private static readonly char[] PathEnds = { '?', '#' };

    public static bool NamesMediaFile(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = scheme < 0 ? -1 : url.IndexOf('/', scheme + 3);
        if (pathStart < 0)
        {
            return false;
        }

        var pathEnd = url.IndexOfAny(PathEnds, pathStart);
        var path = (pathEnd < 0 ? url.Substring(pathStart) : url.Substring(pathStart, pathEnd - pathStart)).TrimEnd();
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') && MediaExtensions.Contains(path.Substring(dot + 1));
    }
}
