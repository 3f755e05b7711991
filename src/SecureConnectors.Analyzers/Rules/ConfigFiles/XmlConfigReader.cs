using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// Reads the values of an XML configuration file (web.config, app.config, *.exe.config) with their paths and
/// exact spans: every attribute value and every element's text. Two .NET shapes get the path the application
/// reads them by: <c>&lt;add key="StripeApiKey" value="..."/&gt;</c> (the value under <c>appSettings:StripeApiKey</c>) and
/// <c>&lt;connectionStrings&gt;&lt;add name="Default" connectionString="..."/&gt;</c> (under <c>connectionStrings:Default</c>),
/// <c>&lt;setting name="PartnerApiKey"&gt;&lt;value&gt;...&lt;/value&gt;&lt;/setting&gt;</c> of applicationSettings and userSettings (by its name).
/// DTDs are prohibited and nothing external is resolved; on malformed XML it stops and returns what it read before
/// the error.
/// </summary>
internal static class XmlConfigReader
{
    // New settings per file: XmlReaderSettings is a mutable class, and files are read concurrently.
    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static IReadOnlyList<ConfigValue> Read(string text, CancellationToken cancellationToken = default)
    {
        var values = new List<ConfigValue>();
        var positions = new XmlPositions(text);
        var elements = new List<string>();
        var settingNames = new List<string?>(); // per element: the name of a <setting name="..."> element
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings());
            var lineInfo = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        Truncate(elements, settingNames, reader.Depth);
                        elements.Add(reader.LocalName);
                        settingNames.Add(reader.LocalName == "setting" ? reader.GetAttribute("name") : null);
                        ReadAttributes(reader, lineInfo, positions, elements, values);
                        if (reader.IsEmptyElement)
                        {
                            Truncate(elements, settingNames, elements.Count - 1);
                        }

                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                        if (elements.Count > 0 && positions.ElementTextSpan(lineInfo, reader.NodeType == XmlNodeType.CDATA) is { } span)
                        {
                            values.Add(new ConfigValue(TextPathOf(elements, settingNames), reader.Value.Trim(), span));
                        }

                        break;
                    case XmlNodeType.EndElement:
                        Truncate(elements, settingNames, reader.Depth);
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Malformed XML: keep what was read before the error, report nothing after it.
        }

        return values;
    }

    private static void ReadAttributes(XmlReader reader, IXmlLineInfo lineInfo, XmlPositions positions, List<string> elements, List<ConfigValue> values)
    {
        if (!reader.HasAttributes)
        {
            return;
        }

        // <add key="..." value="..."/>, <add name="..." connectionString="..."/> and any name/value pair (a .runsettings
        // <Parameter name="AdminPassword" value="..."/>, log4net's <param name="..." value="..."/>): the value is read by
        // the key or name.
        var key = reader.GetAttribute("key");
        var name = reader.GetAttribute("name");
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.Prefix == "xmlns" || reader.LocalName == "xmlns" || positions.AttributeValueSpan(lineInfo, reader.Name) is not { } span)
            {
                continue;
            }

            var attribute = reader.LocalName;
            var path = attribute switch
            {
                "value" when !string.IsNullOrEmpty(key) => PathOf(elements, key),
                "value" when !string.IsNullOrEmpty(name) => PathOf(elements, name),
                "connectionString" when !string.IsNullOrEmpty(name) => PathOf(elements, name),
                _ => PathOf(elements, attribute),
            };
            values.Add(new ConfigValue(path, reader.Value, span));
        }

        reader.MoveToElement();
    }

    private static void Truncate(List<string> elements, List<string?> settingNames, int depth)
    {
        while (elements.Count > depth)
        {
            elements.RemoveAt(elements.Count - 1);
            settingNames.RemoveAt(settingNames.Count - 1);
        }
    }

    // .NET Framework's applicationSettings and userSettings (Settings.settings):
    // <setting name="PartnerApiKey" serializeAs="String"><value>...</value></setting> is read by its name, as
    // appSettings' <add key="..." value="..."/> is: applicationSettings:Contoso.Properties.Settings:PartnerApiKey.
    private static string[] TextPathOf(List<string> elements, List<string?> settingNames)
    {
        var count = elements.Count;
        if (count >= 2 && elements[count - 1] == "value" && elements[count - 2] == "setting" && !string.IsNullOrEmpty(settingNames[count - 2]))
        {
            return PathOf(elements.GetRange(0, count - 2), settingNames[count - 2]);
        }

        return PathOf(elements, null);
    }

    // The element path without the root <configuration> and without the <add> of a keyed entry:
    // appSettings:StripeApiKey, connectionStrings:Default, system.net:mailSettings:smtp:network:password.
    private static string[] PathOf(List<string> elements, string? last)
    {
        var path = new List<string>(elements.Count + 1);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if ((i == 0 && elements.Count > 1 && element == "configuration") || (last is not null && i == elements.Count - 1 && element == "add"))
            {
                continue;
            }

            path.Add(element);
        }

        if (last is not null)
        {
            path.Add(last);
        }

        return path.ToArray();
    }

    /// <summary>
    /// Turns XmlReader line information into offsets of the text. Lines are counted as XML counts them
    /// (\r\n, \r, \n), which is not how SourceText counts them when the text holds U+2028 or U+0085.
    /// </summary>
    private sealed class XmlPositions
    {
        private readonly string _text;
        private readonly List<int> _lineStarts = new() { 0 };

        public XmlPositions(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] is '\r' or '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        // The value between the quotes of the attribute whose name starts at the reader's position.
        public TextSpan? AttributeValueSpan(IXmlLineInfo lineInfo, string name)
        {
            var at = Offset(lineInfo);
            if (at < 0 || string.CompareOrdinal(_text, at, name, 0, name.Length) != 0)
            {
                return null;
            }

            var i = SkipSpaces(at + name.Length);
            if (i >= _text.Length || _text[i] != '=')
            {
                return null;
            }

            i = SkipSpaces(i + 1);
            if (i >= _text.Length || _text[i] is not ('"' or '\''))
            {
                return null;
            }

            var close = _text.IndexOf(_text[i], i + 1);
            return close < 0 ? null : TextSpan.FromBounds(i + 1, close);
        }

        // The text of an element without its surrounding white space. Only text that is closed by markup counts:
        // a file that ends inside the text holds only part of the value.
        public TextSpan? ElementTextSpan(IXmlLineInfo lineInfo, bool cdata)
        {
            var start = Offset(lineInfo);
            if (start < 0)
            {
                return null;
            }

            var end = cdata ? _text.IndexOf("]]>", start, StringComparison.Ordinal) : _text.IndexOf('<', start);
            if (end < 0)
            {
                return null;
            }

            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            return TextSpan.FromBounds(start, end);
        }

        private int Offset(IXmlLineInfo lineInfo)
        {
            if (!lineInfo.HasLineInfo() || lineInfo.LineNumber < 1 || lineInfo.LineNumber > _lineStarts.Count || lineInfo.LinePosition < 1)
            {
                return -1;
            }

            var offset = _lineStarts[lineInfo.LineNumber - 1] + lineInfo.LinePosition - 1;
            return offset < _text.Length ? offset : -1;
        }

        private int SkipSpaces(int i)
        {
            while (i < _text.Length && _text[i] is ' ' or '\t' or '\r' or '\n')
            {
                i++;
            }

            return i;
        }
    }
}
