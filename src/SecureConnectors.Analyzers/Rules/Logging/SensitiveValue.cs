using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Rules.Logging;

/// <summary>A value found in logged text: where it is, what it is ("Secret", "Personal field", ...) and its name.</summary>
internal readonly struct SensitiveValue
{
    public SensitiveValue(IOperation operation, string kind, string name)
    {
        Operation = operation;
        Kind = kind;
        Name = name;
    }

    public IOperation Operation { get; }

    public string Kind { get; }

    public string Name { get; }
}
