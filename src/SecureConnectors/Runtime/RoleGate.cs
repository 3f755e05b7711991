using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SecureConnectors.Runtime;

/// <summary>
/// Who may make a call and read what: an operation's <see cref="RolesAttribute"/> roles, and the roles that read
/// restricted fields (<see cref="ConnectorOptions.RestrictedDataRoles"/>). Runs before the plan, so a refused call
/// requests no credential and sends nothing; a client without a role provider holds no role (fails safe).
/// </summary>
internal static class RoleGate
{
    private static readonly IReadOnlyCollection<string> NoRoles = Array.Empty<string>();

    /// <summary>
    /// The fields the call's actor may not read (a mask of restricted fields, or 0). Throws
    /// <see cref="AccessDeniedException"/> when the actor may not call the operation at all.
    /// </summary>
    public static async ValueTask<ulong> WithheldFieldsAsync(
        IActorRoleProvider? provider, OperationDefinition operation, CallSnapshot snapshot, string what, CancellationToken cancellationToken)
    {
        var gatesOperation = operation.Roles.Count > 0;
        var gatesFields = snapshot.RestrictedDataRoles.Count > 0 && operation.RestrictedFieldMask != 0;
        if (!gatesOperation && !gatesFields)
        {
            return 0;
        }

        var held = await RolesOfAsync(provider, snapshot, what, cancellationToken).ConfigureAwait(false);
        if (gatesOperation && !HoldsAny(held, operation.Roles))
        {
            throw new AccessDeniedException(
                $"{what} requires one of the roles {string.Join(", ", operation.Roles)}, which the call's actor does not hold{(provider is null ? " (the client has no IActorRoleProvider)" : "")}; nothing was sent.",
                operation.Roles);
        }

        if (!gatesFields || HoldsAny(held, snapshot.RestrictedDataRoles))
        {
            return 0;
        }

        var allFields = operation.Fields.Count == 64 ? ulong.MaxValue : (1UL << operation.Fields.Count) - 1;
        if ((operation.RestrictedFieldMask & allFields) == allFields)
        {
            // Every field is restricted: a call that may read nothing is not made.
            throw new AccessDeniedException(
                $"{what} reads only restricted fields, which need one of the roles {string.Join(", ", snapshot.RestrictedDataRoles)}; nothing was sent.",
                snapshot.RestrictedDataRoles);
        }

        return operation.RestrictedFieldMask;
    }

    private static async ValueTask<IReadOnlyCollection<string>> RolesOfAsync(
        IActorRoleProvider? provider, CallSnapshot snapshot, string what, CancellationToken cancellationToken)
    {
        if (provider is null)
        {
            return NoRoles;
        }

        try
        {
            return await provider.GetRolesAsync(snapshot.Actor, snapshot.Tenant, cancellationToken).ConfigureAwait(false) ?? NoRoles;
        }
        catch (Exception e) when (e is not OperationCanceledException and not ConnectorException)
        {
            throw new ConnectorException($"{what}: the role provider failed; nothing was sent.", null, e);
        }
    }

    private static bool HoldsAny(IReadOnlyCollection<string> held, IReadOnlyList<string> wanted)
    {
        foreach (var role in held)
        {
            foreach (var candidate in wanted)
            {
                if (string.Equals(role, candidate, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
