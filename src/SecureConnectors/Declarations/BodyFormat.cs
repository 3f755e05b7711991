namespace SecureConnectors;

/// <summary>How a <c>[Body]</c> parameter is written into the request.</summary>
public enum BodyFormat
{
    /// <summary><c>application/json</c> (UTF-8).</summary>
    Json,

    /// <summary>
    /// <c>application/x-www-form-urlencoded</c>, nested values in brackets as Stripe reads them: <c>address[line1]=</c>,
    /// <c>metadata[key]=</c>, <c>items[0]=</c>, <c>items[0][price]=</c>.
    /// </summary>
    Form,
}
