using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// Reads the string values of a JSON configuration file (appsettings*.json, launchSettings.json) with their
/// configuration paths and exact spans. Tolerant as the .NET configuration JSON reader is: // and /* */ comments
/// and trailing commas are allowed. Never throws: on malformed input it stops and returns the values read before
/// the error, so a file being typed reports nothing past the point where it stops being JSON.
/// A reader of our own because System.Text.Json is not available to analyzers on netstandard2.0 hosts.
/// </summary>
internal sealed class JsonConfigReader
{
    // Deeper nesting than any configuration file has: stop rather than recurse without bound.
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _booleans;
    private readonly List<string> _path = new();
    private readonly List<ConfigValue> _values = new();
    private int _position;

    private JsonConfigReader(string text, CancellationToken cancellationToken, bool booleans)
    {
        _text = text;
        _cancellationToken = cancellationToken;
        _booleans = booleans;
    }

    /// <summary>
    /// Every string value up to the end of the document or the first syntax error; with <paramref name="booleans"/>
    /// also every <c>true</c> and <c>false</c>, as the text "true" or "false" (the configuration binder reads them so),
    /// and every whole number, as its digits.
    /// </summary>
    public static IReadOnlyList<ConfigValue> Read(string text, CancellationToken cancellationToken = default, bool booleans = false)
    {
        var reader = new JsonConfigReader(text, cancellationToken, booleans);
        reader.ReadDocument();
        return reader._values;
    }

    private void ReadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        if (SkipTrivia())
        {
            ReadValue(depth: 0);
        }
    }

    // Returns false at a syntax error; the caller stops.
    private bool ReadValue(int depth)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (depth > MaxDepth || _position >= _text.Length)
        {
            return false;
        }

        switch (_text[_position])
        {
            case '{':
                return ReadObject(depth);
            case '[':
                return ReadArray(depth);
            case '"':
                var start = _position + 1;
                if (ReadString() is not { } value)
                {
                    return false;
                }

                _values.Add(new ConfigValue(_path.ToArray(), value, TextSpan.FromBounds(start, _position - 1)));
                return true;
            default:
                return ReadLiteral();
        }
    }

    private bool ReadObject(int depth)
    {
        _position++; // {
        while (true)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_text[_position] == '}')
            {
                _position++;
                return true;
            }

            if (_text[_position] != '"' || ReadString() is not { } key || !SkipTrivia() || _text[_position] != ':')
            {
                return false;
            }

            _position++;
            if (!SkipTrivia())
            {
                return false;
            }

            _path.Add(key);
            var ok = ReadValue(depth + 1);
            _path.RemoveAt(_path.Count - 1);
            if (!ok || !AfterMember('}'))
            {
                return false;
            }
        }
    }

    private bool ReadArray(int depth)
    {
        _position++; // [
        for (var index = 0; ; index++)
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_text[_position] == ']')
            {
                _position++;
                return true;
            }

            _path.Add(index.ToString(CultureInfo.InvariantCulture));
            var ok = ReadValue(depth + 1);
            _path.RemoveAt(_path.Count - 1);
            if (!ok || !AfterMember(']'))
            {
                return false;
            }
        }
    }

    // After a member or element: a comma (a trailing one is tolerated by the loop) or the closing bracket, left for the loop.
    private bool AfterMember(char close)
    {
        if (!SkipTrivia())
        {
            return false;
        }

        if (_text[_position] == ',')
        {
            _position++;
            return true;
        }

        return _text[_position] == close;
    }

    // true, false, null and numbers: skipped, or for true, false and whole numbers kept when the caller asks for them.
    private bool ReadLiteral()
    {
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] is '-' or '+' or '.'))
        {
            _position++;
        }

        if (_position == start)
        {
            return false;
        }

        var word = _text.Substring(start, _position - start);
        // A port beside a TLS switch is read as a whole number (SC2001's STARTTLS ports).
        if (_booleans && (word is "true" or "false" || int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            _values.Add(new ConfigValue(_path.ToArray(), word, TextSpan.FromBounds(start, _position)));
        }

        return word is "true" or "false" or "null" || double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    // A string at _position (on its opening quote); leaves _position after the closing quote. Null when malformed.
    private string? ReadString()
    {
        _position++;
        StringBuilder? decoded = null;
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var value = decoded is null
                    ? _text.Substring(runStart, _position - runStart)
                    : decoded.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return value;
            }

            if (c is '\n' or '\r')
            {
                return null;
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            decoded ??= new StringBuilder();
            decoded.Append(_text, runStart, _position - runStart);
            if (_position + 1 >= _text.Length)
            {
                return null;
            }

            var escaped = _text[_position + 1];
            _position += 2;
            switch (escaped)
            {
                case '"': decoded.Append('"'); break;
                case '\\': decoded.Append('\\'); break;
                case '/': decoded.Append('/'); break;
                case 'b': decoded.Append('\b'); break;
                case 'f': decoded.Append('\f'); break;
                case 'n': decoded.Append('\n'); break;
                case 'r': decoded.Append('\r'); break;
                case 't': decoded.Append('\t'); break;
                case 'u':
                    if (_position + 4 > _text.Length
                        || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        return null;
                    }

                    decoded.Append((char)code);
                    _position += 4;
                    break;
                default:
                    return null;
            }

            runStart = _position;
        }

        return null;
    }

    // White space and comments; false at the end of the text or at an unterminated comment.
    private bool SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (char.IsWhiteSpace(c))
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] is not ('\n' or '\r'))
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                _position = end + 2;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
