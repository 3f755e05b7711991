#if !NET5_0_OR_GREATER
using System.ComponentModel;

namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets netstandard2.0 compile <c>init</c> accessors (<see cref="SecureConnectors.CredentialRequest.ForceRefresh"/>); the
/// compiler only needs the type to exist. net8.0 has it in the box.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
internal static class IsExternalInit
{
}
#endif
