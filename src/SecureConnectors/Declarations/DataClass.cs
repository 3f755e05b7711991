namespace SecureConnectors;

/// <summary>How sensitive a provider field's values are.</summary>
public enum DataClass
{
    /// <summary>Published information.</summary>
    Public = 0,

    /// <summary>Business information that is not personal (the default).</summary>
    Internal = 1,

    /// <summary>Information about a person: names, contact details, identifiers.</summary>
    Personal = 2,

    /// <summary>Information whose exposure causes serious harm: government identifiers, salaries, health, bank details.</summary>
    Restricted = 3,
}
