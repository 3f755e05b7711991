using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Diagnostics;

/// <summary>One descriptor per ID. Messages name the symbol or sink, never a secret value.</summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor HardcodedSecret = Create(
        DiagnosticIds.HardcodedSecret,
        DiagnosticCategories.Secrets,
        DiagnosticSeverity.Warning,
        title: "Hardcoded secret",
        message: "{0} looks like a credential written into the code; read it from configuration, the environment or a secret store",
        description: "A credential in source code is readable by everyone with the repository or the binary, and stays in version history after it is removed: revoke and rotate it (CWE-798).",
        "CWE-798");

    public static readonly DiagnosticDescriptor CredentialInUrl = Create(
        DiagnosticIds.CredentialInUrl,
        DiagnosticCategories.Secrets,
        DiagnosticSeverity.Warning,
        title: "Credential in a URL",
        message: "URL '{0}' carries a credential in its {1}; URLs end up in logs, proxies and browser history",
        description: "User-info and secret query parameters are written to server, proxy and client logs and sent in Referer headers (CWE-598).",
        "CWE-598");

    public static readonly DiagnosticDescriptor SecretInConfigurationFile = Create(
        DiagnosticIds.SecretInConfigurationFile,
        DiagnosticCategories.Secrets,
        DiagnosticSeverity.Warning,
        title: "Secret in a configuration file",
        message: "'{0}' in {1} holds a hardcoded {2}; keep it in user secrets, environment variables or a vault",
        description: "A configuration file is committed, copied to build output and deployed with the application: a credential in it is readable by everyone with the repository or the package, and stays in version history after it is removed (CWE-798).",
        "CWE-798");

    public static readonly DiagnosticDescriptor SignatureComparedInVariableTime = Create(
        DiagnosticIds.SignatureComparedInVariableTime,
        DiagnosticCategories.Secrets,
        DiagnosticSeverity.Warning,
        title: "Signature compared in variable time",
        message: "'{0}' is a signature or secret compared with a check that stops at the first difference; its timing lets a forger guess it byte by byte, use CryptographicOperations.FixedTimeEquals",
        description: "String and sequence equality return as soon as one character differs, so the time a webhook or token check takes reveals how much of a forged HMAC is right (CWE-208).",
        "CWE-208");

    public static readonly DiagnosticDescriptor SecretWrittenToLog = Create(
        DiagnosticIds.SecretWrittenToLog,
        DiagnosticCategories.Audit,
        DiagnosticSeverity.Warning,
        title: "Secret or personal data written to a log",
        message: "{0} '{1}' reaches {2}; logs are kept, copied and read by more people than the data was meant for, log its name instead",
        description: "Log sinks, console output and exception messages end up in files, log services and crash reports with wider access and longer retention than the secret or the personal field they quote (CWE-532).",
        "CWE-532");

    public static readonly DiagnosticDescriptor PlainHttpUrl = Create(
        DiagnosticIds.PlainHttpUrl,
        DiagnosticCategories.Transport,
        DiagnosticSeverity.Warning,
        title: "Endpoint uses a plain-text protocol",
        message: "Endpoint '{0}' is reached without TLS; credentials and data would travel unencrypted, use '{1}'",
        description: "An http://, ws:// or ftp:// address of a remote host sends requests, credentials and responses in clear text (CWE-319).",
        "CWE-319");

    public static readonly DiagnosticDescriptor CertificateValidationDisabled = Create(
        DiagnosticIds.CertificateValidationDisabled,
        DiagnosticCategories.Transport,
        DiagnosticSeverity.Warning,
        title: "TLS certificate validation is disabled",
        message: "{0}: {1}; anyone on the network path can impersonate the server",
        description: "A certificate validation callback that accepts every certificate, or ignores the errors it was given, turns TLS into unauthenticated encryption (CWE-295).",
        "CWE-295");

    public static readonly DiagnosticDescriptor ObsoleteTlsProtocol = Create(
        DiagnosticIds.ObsoleteTlsProtocol,
        DiagnosticCategories.Transport,
        DiagnosticSeverity.Warning,
        title: "Obsolete TLS or SSL protocol enabled",
        message: "'{0}' enables {1}, deprecated for known attacks; let the operating system choose the protocol",
        description: "SSL 2, SSL 3, TLS 1.0 and TLS 1.1 have known attacks and are disabled by current servers (CWE-327).",
        "CWE-327");

    public static readonly DiagnosticDescriptor RedirectFollowingHttpClient = Create(
        DiagnosticIds.RedirectFollowingHttpClient,
        DiagnosticCategories.Transport,
        DiagnosticSeverity.Warning,
        title: "Connector client built on an HttpClient that follows redirects",
        message: "'{0}' is built on an HttpClient whose handler follows redirects; its credential header would be re-sent to the redirect's origin, set 'AllowAutoRedirect = false' on the handler",
        description: "HttpClientHandler and SocketsHttpHandler follow redirects by default and drop only the Authorization header when they do: a credential in a custom header reaches whatever origin the redirect names before the connector client sees the response (CWE-522).",
        "CWE-522");

    public static readonly DiagnosticDescriptor BroadGrant = Create(
        DiagnosticIds.BroadGrant,
        DiagnosticCategories.Scopes,
        DiagnosticSeverity.Warning,
        title: "Wildcard or all-access grant",
        message: "Grant '{0}' is {1}; grant the scopes the connector's operations and fields need",
        description: "A wildcard or administrative scope gives the connector, and anyone who steals its credential, far more than the code uses (CWE-250).",
        "CWE-250");

    public static readonly DiagnosticDescriptor UnusedGrant = Create(
        DiagnosticIds.UnusedGrant,
        DiagnosticCategories.Scopes,
        DiagnosticSeverity.Warning,
        title: "Granted scope is not used",
        message: "Grant '{0}' is needed by no operation or projected field of '{1}'; remove it",
        description: "A scope the code never needs only widens what a leaked credential or a compromised connector can reach (CWE-250).",
        "CWE-250");

    public static readonly DiagnosticDescriptor MissingGrant = Create(
        DiagnosticIds.MissingGrant,
        DiagnosticCategories.Scopes,
        DiagnosticSeverity.Error,
        title: "Operation needs a scope that is not granted",
        message: "'{0}' needs scope '{1}'{2}, which connector '{3}' is not granted; grant it or stop using it",
        description: "The client refuses, at run time, a call whose scopes are not granted; declaring the grant keeps the connector's privileges visible in one place (CWE-285).",
        "CWE-285");

    public static readonly DiagnosticDescriptor WriteGrantedForReads = Create(
        DiagnosticIds.WriteGrantedForReads,
        DiagnosticCategories.Scopes,
        DiagnosticSeverity.Warning,
        title: "Broader scope granted where only a narrower one is used",
        message: "Grant '{0}' is used only for '{1}', which it covers; grant '{1}' instead",
        description: "A write (or otherwise broader) scope granted for code that only reads lets a leaked credential change data (CWE-250).",
        "CWE-250");

    public static readonly DiagnosticDescriptor MissingRoleProvider = Create(
        DiagnosticIds.MissingRoleProvider,
        DiagnosticCategories.Scopes,
        DiagnosticSeverity.Warning,
        title: "Client with role-gated operations built without a role provider",
        message: "'{0}' is built without an IActorRoleProvider, so {1} refuse every call; pass one as 'roles', or register one and use the AddXxx registration",
        description: "Operations declared with [Roles] are called only by actors holding one of the roles; a client without a role provider cannot tell, so it refuses them all (CWE-285).",
        "CWE-285");

    public static readonly DiagnosticDescriptor ConnectorDeclarationInvalid = Declaration(
        DiagnosticIds.ConnectorDeclarationInvalid,
        title: "Connector declaration cannot be generated",
        message: "Connector '{0}' cannot be generated: {1}");

    public static readonly DiagnosticDescriptor ConnectorBaseUrlInvalid = Declaration(
        DiagnosticIds.ConnectorBaseUrlInvalid,
        title: "Connector base URL is missing or not absolute",
        message: "A base URL of connector '{0}' cannot be used: {1}");

    public static readonly DiagnosticDescriptor ProviderErrorsInvalid = Declaration(
        DiagnosticIds.ProviderErrorsInvalid,
        title: "Provider error declaration is invalid",
        message: "[ProviderErrors] on '{0}' cannot be used: {1}");

    public static readonly DiagnosticDescriptor HeaderInvalid = Declaration(
        DiagnosticIds.HeaderInvalid,
        title: "Header declaration is invalid",
        message: "Header '{0}' on '{1}' cannot be sent: {2}");

    public static readonly DiagnosticDescriptor HeaderCarriesCredential = Declaration(
        DiagnosticIds.HeaderCarriesCredential,
        title: "Declared header would carry a credential",
        message: "Header '{0}' on '{1}' would carry a credential; remove it: the credential provider supplies the connector's credential, in Authorization or the connector's AuthHeader");

    public static readonly DiagnosticDescriptor BinaryOrMetadataResponseInvalid = Declaration(
        DiagnosticIds.BinaryOrMetadataResponseInvalid,
        title: "Binary or metadata response cannot be built",
        message: "'{0}' returns '{1}', which cannot be built: {2}");

    public static readonly DiagnosticDescriptor RegionInvalid = Declaration(
        DiagnosticIds.RegionInvalid,
        title: "Region declaration is invalid",
        message: "A region of connector '{0}' cannot be used: {1}");

    public static readonly DiagnosticDescriptor RolesInvalid = Declaration(
        DiagnosticIds.RolesInvalid,
        title: "Roles declaration is invalid",
        message: "[Roles] on '{0}' cannot be used: {1}");

    public static readonly DiagnosticDescriptor SecondHostWithRegions = Declaration(
        DiagnosticIds.SecondHostWithRegions,
        title: "Operation on a second host of a connector with regions",
        message: "Operation '{0}' declares its own BaseUrl, but connector '{1}' declares regions and sends every call to the call's region; remove BaseUrl, or declare the second host as its own connector with its regions");

    public static readonly DiagnosticDescriptor MemberNotOperation = Declaration(
        DiagnosticIds.MemberNotOperation,
        title: "Connector member is not an operation",
        message: "'{0}' cannot be generated: {1}");

    public static readonly DiagnosticDescriptor DuplicateOperationName = Declaration(
        DiagnosticIds.DuplicateOperationName,
        title: "Two operations share one name",
        message: "Operation name '{0}' is declared more than once; audit events and telemetry name operations, so each needs its own name");

    public static readonly DiagnosticDescriptor RouteTemplateInvalid = Declaration(
        DiagnosticIds.RouteTemplateInvalid,
        title: "Route template is invalid",
        message: "Route '{0}' of '{1}': {2}");

    public static readonly DiagnosticDescriptor ParameterNotBound = Declaration(
        DiagnosticIds.ParameterNotBound,
        title: "Operation parameter is not bound to the request",
        message: "Parameter '{0}' of '{1}' {2}");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Declaration(
        DiagnosticIds.UnsupportedReturnType,
        title: "Unsupported operation return type",
        message: "'{0}' returns '{1}'; return Task, Task<T>, Task<T?> (null on 404), Task<IReadOnlyList<T>>, IAsyncEnumerable<T> (paged), Task<ConnectorResponse<T>> or Task<ConnectorResponse<IReadOnlyList<T>>> where T is a [Projection] of the resource, or Task<Stream>, Task<byte[]> or Task<ConnectorResponse>");

    public static readonly DiagnosticDescriptor UnsupportedParameter = Declaration(
        DiagnosticIds.UnsupportedParameter,
        title: "Unsupported operation parameter",
        message: "Parameter '{0}' of '{1}': {2}");

    public static readonly DiagnosticDescriptor MultipleBodyParameters = Declaration(
        DiagnosticIds.MultipleBodyParameters,
        title: "More than one body parameter",
        message: "'{0}' has more than one [Body] parameter; a request has one body");

    public static readonly DiagnosticDescriptor ProjectionDeclarationInvalid = Declaration(
        DiagnosticIds.ProjectionDeclarationInvalid,
        title: "Projection declaration cannot be generated",
        message: "Projection '{0}' cannot be generated: {1}");

    public static readonly DiagnosticDescriptor ProjectionPropertyNotAField = Declaration(
        DiagnosticIds.ProjectionPropertyNotAField,
        title: "Projection property is not a field of the resource",
        message: "Property '{0}' of projection '{1}' is not a [Field] property of resource '{2}'");

    public static readonly DiagnosticDescriptor ProjectionPropertyTypeMismatch = Declaration(
        DiagnosticIds.ProjectionPropertyTypeMismatch,
        title: "Projection property type differs from the resource field",
        message: "Property '{0}' of projection '{1}' is '{2}', but the field of resource '{3}' is '{4}'");

    public static readonly DiagnosticDescriptor UnsupportedFieldType = Declaration(
        DiagnosticIds.UnsupportedFieldType,
        title: "Projection property type cannot be read",
        message: "Property '{0}' of projection '{1}' is '{2}', which cannot be read: {3}");

    public static readonly DiagnosticDescriptor FieldPathInvalid = Declaration(
        DiagnosticIds.FieldPathInvalid,
        title: "Field path or Select cannot be read",
        message: "Field '{1}' of '{0}' declares '{2}': {3}");

    public static readonly DiagnosticDescriptor PagingWithoutAsyncEnumerable = Declaration(
        DiagnosticIds.PagingWithoutAsyncEnumerable,
        title: "Paging attribute on an operation that is not paged",
        message: "'{0}' has {1} but does not return IAsyncEnumerable<T>; return IAsyncEnumerable<T> of a [Projection] to enumerate every page, or remove {1}");

    public static readonly DiagnosticDescriptor PagedOperationWithoutPaging = Declaration(
        DiagnosticIds.PagedOperationWithoutPaging,
        title: "Paged operation declares no paging",
        message: "'{0}' returns IAsyncEnumerable<{1}> but says not how to reach the next page; add [CursorPaging(\"after\", NextCursorPath = \"...\")], [LinkHeaderPaging] or [PagePaging(\"page\")], or return Task<IReadOnlyList<{1}>> to read one page");

    public static readonly DiagnosticDescriptor MultiplePagingAttributes = Declaration(
        DiagnosticIds.MultiplePagingAttributes,
        title: "More than one paging attribute",
        message: "'{0}' declares {1}; an operation pages one way, keep the one attribute that matches the provider's documentation");

    public static readonly DiagnosticDescriptor PagingParameterInvalid = Declaration(
        DiagnosticIds.PagingParameterInvalid,
        title: "Paging query parameter is invalid",
        message: "'{0}' {1}: {2}");

    public static readonly DiagnosticDescriptor ResponsePathInvalid = Declaration(
        DiagnosticIds.ResponsePathInvalid,
        title: "Response path is invalid",
        message: "'{0}': {1} '{2}' cannot be read: {3}");

    public static readonly DiagnosticDescriptor PageSizeInvalid = Declaration(
        DiagnosticIds.PageSizeInvalid,
        title: "Page size is less than 1",
        message: "'{0}' [PagePaging]: PageSize is {1}, but a page holds at least one item; write the page size the provider documents (PageSize = 100), or leave it out for 100");

    public static readonly DiagnosticDescriptor CursorSourceInvalid = Declaration(
        DiagnosticIds.CursorSourceInvalid,
        title: "Cursor paging does not say where the cursor is",
        message: "'{0}' [CursorPaging]: {1}");

    public static readonly DiagnosticDescriptor NullableResultUnsupported = Declaration(
        DiagnosticIds.NullableResultUnsupported,
        title: "Only a single result can be null",
        message: "'{0}' returns '{1}', but only a single record can be missing (null on 404); write {2}");

    public static readonly DiagnosticDescriptor UnsupportedBodyProperty = Declaration(
        DiagnosticIds.UnsupportedBodyProperty,
        title: "Body property type cannot be written",
        message: "Property '{0}' of body type '{1}' is '{2}'; bodies write strings, bools, numbers, dates, Guid, Uri, enums, objects, lists and string-keyed dictionaries of them, and sending this one throws NotSupportedException");

    public static readonly DiagnosticDescriptor UnsupportedBodyType = Declaration(
        DiagnosticIds.UnsupportedBodyType,
        title: "Body parameter type cannot be written",
        message: "Body parameter '{0}' of '{1}' is '{2}': {3}");

    public static readonly DiagnosticDescriptor QueryFormatNotDate = Declaration(
        DiagnosticIds.QueryFormatNotDate,
        title: "Query Format on a value that is not a date",
        message: "Parameter '{0}' of '{1}' is '{2}'; [Query(Format = ...)] applies to DateOnly, DateTime and DateTimeOffset");

    public static readonly DiagnosticDescriptor QueryCollectionNotCollection = Declaration(
        DiagnosticIds.QueryCollectionNotCollection,
        title: "Query Collection on a single value",
        message: "Parameter '{0}' of '{1}' is '{2}'; [Query(Collection = ...)] applies to IEnumerable<T> parameters");

    // Declaration errors: the generator cannot build the declaration; what it generates instead compiles but throws.
    private static DiagnosticDescriptor Declaration(string id, string title, string message) =>
        new(
            id,
            title,
            message,
            DiagnosticCategories.Connector,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The SecureConnectors generator cannot build this declaration and says why here. An operation it cannot build is still generated, as a member that throws NotSupportedException, so the client compiles and this error is what the build shows.",
            helpLinkUri: HelpLinks.For(id),
            customTags: new[] { "declaration" });

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        DiagnosticSeverity severity,
        string title,
        string message,
        string description,
        string cwe) =>
        new(
            id,
            title,
            message,
            category,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinks.For(id),
            customTags: new[] { cwe, "security" });
}
