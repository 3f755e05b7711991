using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SecureConnectors.Testing;

/// <summary>
/// Checks over every request a <see cref="FakeProvider"/> received: what a security review's "authentication testing"
/// asks a connector to show. Each throws <see cref="ConnectorAssertException"/> on a violation, and also when the fake
/// received no request at all: a check over nothing proves nothing (the client under test probably does not send
/// through this fake).
/// </summary>
public static class ConnectorAssert
{
    /// <summary>Every request carried the connector's credential header (<see cref="FakeProvider.CredentialHeader"/>).</summary>
    public static void NoCallWithoutCredential(FakeProvider provider) =>
        Check(provider, nameof(NoCallWithoutCredential), "carried no credential", request => request.HasCredential ? null : "");

    /// <summary>
    /// Each request asked, in the fields parameter, only for fields that the projection of the operation it matched
    /// reads (the manifest's <c>sent</c> names). A request that asked for fields and matched no operation fails too.
    /// </summary>
    public static void OnlyProjectedFieldsRequested(FakeProvider provider)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        var projected = provider.Connectors
            .SelectMany(c => c.Operations)
            .ToDictionary(o => (o.Connector.Name, o.Name), o => new HashSet<string>(
                o.Projection?.Fields.Select(f => f.Sent).OfType<string>() ?? Enumerable.Empty<string>(), StringComparer.Ordinal));
        Check(provider, nameof(OnlyProjectedFieldsRequested), "asked for fields no projection of its operation reads", request =>
        {
            if (request.RequestedFields is not { Count: > 0 } asked)
            {
                return null;
            }

            var allowed = request.Operation is null ? null : projected[(request.Connector!, request.Operation)];
            var extra = asked.Where(f => allowed is null || !allowed.Contains(f)).Distinct().ToList();
            return extra.Count == 0 ? null : ": " + string.Join(", ", extra);
        });
    }

    /// <summary>No request that carried the credential went to a host the manifest does not declare (<c>hosts</c>, or <c>host</c>).</summary>
    public static void CredentialOnlyToDeclaredHosts(FakeProvider provider) =>
        Check(provider, nameof(CredentialOnlyToDeclaredHosts), "sent the credential to an undeclared host", request =>
            request.HasCredential && !request.ToDeclaredHost ? ": " + request.Uri.Host : null);

    // violation returns null for a request that keeps the rule, else a detail to append ("" for none).
    private static void Check(FakeProvider provider, string rule, string broke, Func<RecordedRequest, string?> violation)
    {
        if (provider is null)
        {
            throw new ArgumentNullException(nameof(provider));
        }

        var requests = provider.Requests;
        if (requests.Count == 0)
        {
            throw new ConnectorAssertException(
                $"ConnectorAssert.{rule}: the fake provider received no request; send the client's calls through it (new HttpClient(fake)).",
                Array.Empty<RecordedRequest>());
        }

        var violations = new List<RecordedRequest>();
        var message = new StringBuilder();
        foreach (var request in requests)
        {
            if (violation(request) is { } detail)
            {
                violations.Add(request);
                message.Append("\n  ").Append(request).Append(detail);
            }
        }

        if (violations.Count > 0)
        {
            throw new ConnectorAssertException(
                $"ConnectorAssert.{rule}: {violations.Count} of {requests.Count} requests {broke}:{message}", violations);
        }
    }
}
