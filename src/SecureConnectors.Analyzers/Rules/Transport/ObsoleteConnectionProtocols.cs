using System;
using System.Collections.Generic;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// A connection string setting that allows an obsolete protocol: MySqlConnector's and MySql.Data's
/// <c>TlsVersion</c> (also <c>TLS Version</c>, <c>Tls-Version</c>: a comma-separated list such as
/// <c>TLS 1.0, TLS 1.2</c> or <c>TLSv1.1</c>) and StackExchange.Redis's <c>sslProtocols</c> (enum names joined by
/// <c>|</c>). The drivers hand these lists to the TLS handshake, so an obsolete entry is one the server may be talked
/// down to. What is kept is the list without its obsolete entries, or nothing: without the setting the operating
/// system chooses, which is the safe default.
/// </summary>
internal static class ObsoleteConnectionProtocols
{
    /// <summary>A setting found: the key, where its whole value list is, the obsolete flags, and the list without them.</summary>
    public readonly struct Finding
    {
        public Finding(string key, int keyIndex, int valueIndex, int valueLength, long flags, string? keptValue)
        {
            Key = key;
            KeyIndex = keyIndex;
            ValueIndex = valueIndex;
            ValueLength = valueLength;
            Flags = flags;
            KeptValue = keptValue;
        }

        public string Key { get; }

        /// <summary>Where the setting starts (its key, as written), for removing the whole setting.</summary>
        public int KeyIndex { get; }

        public int ValueIndex { get; }

        public int ValueLength { get; }

        public long Flags { get; }

        /// <summary>The value without its obsolete entries; null when none is left and the setting should go.</summary>
        public string? KeptValue { get; }
    }

    private static readonly char[] SettingEnds = { ';', '&' };

    /// <summary>A cheap first look for the literals of a build.</summary>
    public static bool MayContainSetting(string text) =>
        text.IndexOf('=') > 0
        && (ConnectionStringScanner.Mentions(text, "tls") || ConnectionStringScanner.Mentions(text, "sslprotocol"));

    /// <summary>The first setting of <paramref name="text"/> that allows an obsolete protocol.</summary>
    public static bool TryFind(string text, out Finding finding)
    {
        Finding found = default;
        var any = ConnectionStringScanner.Any(text, (key, index, length) =>
        {
            var normalized = ConnectionStringScanner.Normalized(key);
            var isVersionList = normalized is "tlsversion" or "tls-version" or "tls_version";
            if (!isVersionList && normalized != "sslprotocols")
            {
                return false;
            }

            var end = ValueEnd(text, index);
            var entries = Entries(text, index, end, out var separator);
            long flags = 0;
            var kept = new List<string>();
            foreach (var entry in entries)
            {
                var entryFlags = ObsoleteProtocols.FlagsNamedBy(entry, versionNumbers: isVersionList);
                flags |= entryFlags;
                if (entryFlags == 0)
                {
                    kept.Add(entry);
                }
            }

            if (flags == 0)
            {
                return false;
            }

            var keyIndex = text.LastIndexOf(key, index, StringComparison.Ordinal);
            found = new Finding(key, keyIndex, index, end - index, flags, kept.Count == 0 ? null : string.Join(separator, kept));
            return true;
        });
        finding = found;
        return any;
    }

    // The scanner ends a value at ',' (StackExchange.Redis separates its options so); a MySQL version list has commas
    // inside its value. The value runs on through a ',' unless what follows it is the next "key=value" option.
    private static int ValueEnd(string text, int valueIndex)
    {
        var end = text.IndexOfAny(SettingEnds, valueIndex);
        if (end < 0)
        {
            end = text.Length;
        }

        for (var comma = text.IndexOf(',', valueIndex, end - valueIndex); comma >= 0; comma = text.IndexOf(',', comma + 1, end - comma - 1))
        {
            var next = text.IndexOf(',', comma + 1, end - comma - 1);
            var segmentEnd = next < 0 ? end : next;
            if (text.IndexOf('=', comma + 1, segmentEnd - comma - 1) >= 0)
            {
                end = comma;
                break;
            }
        }

        while (end > valueIndex && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '\'' or '"'))
        {
            end--;
        }

        return end;
    }

    private static List<string> Entries(string text, int start, int end, out string separator)
    {
        var value = text.Substring(start, end - start);
        separator = value.IndexOf('|') >= 0 ? "|" : ", ";
        var entries = new List<string>();
        foreach (var part in value.Split(',', '|'))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                entries.Add(trimmed);
            }
        }

        return entries;
    }
}
