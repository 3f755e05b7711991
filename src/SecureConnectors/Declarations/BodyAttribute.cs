using System;

namespace SecureConnectors;

/// <summary>Sends the parameter as the request's JSON body (System.Text.Json). At most one per operation.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class BodyAttribute : Attribute
{
}
