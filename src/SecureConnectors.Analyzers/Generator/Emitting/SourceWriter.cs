using System.Text;

namespace SecureConnectors.Analyzers.Generator.Emitting;

/// <summary>Writes indented C# text, four spaces per level, LF line ends (generated text is the same on every OS).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder text = new();
    private int indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', indent * 4);
        }

        text.Append(line).Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        if (line.Length > 0)
        {
            Line(line);
        }

        Line("{");
        indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        indent--;
        return Line("}" + suffix);
    }

    /// <summary>Indents the lines that follow one more level, without a brace (the statements of a switch section).</summary>
    public SourceWriter Indent()
    {
        indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        indent--;
        return this;
    }

    public override string ToString() => text.ToString();
}
