namespace SecureConnectors;

/// <summary>How a <c>[Query]</c> parameter holding several values is written.</summary>
public enum QueryCollection
{
    /// <summary>The name once per value: <c>expand[]=a&amp;expand[]=b</c>.</summary>
    Repeat,

    /// <summary>One name, the values joined with commas: <c>labels=bug,ui</c>.</summary>
    Csv,
}
