using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecureConnectors.Analyzers.Infrastructure;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Confluent.Kafka's <c>SslEndpointIdentificationAlgorithm = SslEndpointIdentificationAlgorithm.None</c> (librdkafka's
/// <c>ssl.endpoint.identification.algorithm=none</c>): the client still checks the broker's chain but not that the
/// certificate names the broker, so any certificate a public CA issued to anyone passes. <c>Https</c> checks the name.
/// Read from the written names, so that it holds where Confluent.Kafka is not referenced yet.
/// </summary>
internal static class KafkaHostnameChecks
{
    public const string SettingName = "SslEndpointIdentificationAlgorithm";

    public static bool TurnsOff(AssignmentExpressionSyntax assignment) =>
        WrittenNames.IsEnumMember(assignment.Right, SettingName, "None") && WrittenNames.Rightmost(assignment.Left) == SettingName;
}
