using System;
using System.Collections.Generic;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// ASP.NET's <c>&lt;machineKey validationKey="..." decryptionKey="..."/&gt;</c> in web.config: the keys that sign and
/// encrypt forms-authentication tickets, view state and cookies, secrets whose names SC1001's name rules do not know
/// (a "validation key" elsewhere may be anything). <c>AutoGenerate</c> (the default, with or without
/// <c>,IsolateApps</c>) asks the server to make them and is not a key. In a test project's configuration the keys are
/// the test host's own, as key bytes in test code are a test's vector: not read there.
/// </summary>
internal static class MachineKeys
{
    public static bool IsKey(IReadOnlyList<string> path, string value) =>
        path.Count >= 2
        && path[path.Count - 2] == "machineKey"
        && path[path.Count - 1] is "validationKey" or "decryptionKey"
        && !value.TrimStart().StartsWith("AutoGenerate", StringComparison.OrdinalIgnoreCase);
}
