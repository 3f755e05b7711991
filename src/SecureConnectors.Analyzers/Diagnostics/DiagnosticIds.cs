namespace SecureConnectors.Analyzers.Diagnostics;

/// <summary>Every diagnostic ID of the package; the only place an "SC" literal is written.</summary>
internal static class DiagnosticIds
{
    public const string HardcodedSecret = "SC1001";
    public const string CredentialInUrl = "SC1002";
    public const string SecretInConfigurationFile = "SC1003";
    public const string SignatureComparedInVariableTime = "SC1004";
    public const string PlainHttpUrl = "SC2001";
    public const string CertificateValidationDisabled = "SC2002";
    public const string ObsoleteTlsProtocol = "SC2003";
    public const string RedirectFollowingHttpClient = "SC2004";
    public const string BroadGrant = "SC3001";
    public const string UnusedGrant = "SC3002";
    public const string MissingGrant = "SC3003";
    public const string WriteGrantedForReads = "SC3004";
    public const string MissingRoleProvider = "SC3005";
    public const string ConnectorDeclarationInvalid = "SC4001";
    public const string ConnectorBaseUrlInvalid = "SC4002";
    public const string MemberNotOperation = "SC4003";
    public const string DuplicateOperationName = "SC4004";
    public const string RouteTemplateInvalid = "SC4005";
    public const string ParameterNotBound = "SC4006";
    public const string UnsupportedReturnType = "SC4007";
    public const string UnsupportedParameter = "SC4008";
    public const string MultipleBodyParameters = "SC4009";
    public const string ProjectionDeclarationInvalid = "SC4010";
    public const string ProjectionPropertyNotAField = "SC4011";
    public const string ProjectionPropertyTypeMismatch = "SC4012";
    public const string UnsupportedFieldType = "SC4013";
    public const string FieldPathInvalid = "SC4014";
    public const string PagingWithoutAsyncEnumerable = "SC4017";
    public const string PagedOperationWithoutPaging = "SC4018";
    public const string MultiplePagingAttributes = "SC4019";
    public const string PagingParameterInvalid = "SC4020";
    public const string ResponsePathInvalid = "SC4021";
    public const string PageSizeInvalid = "SC4022";
    public const string CursorSourceInvalid = "SC4023";
    public const string NullableResultUnsupported = "SC4024";
    public const string UnsupportedBodyProperty = "SC4025";
    public const string UnsupportedBodyType = "SC4026";
    public const string QueryFormatNotDate = "SC4027";
    public const string QueryCollectionNotCollection = "SC4028";
    public const string ProviderErrorsInvalid = "SC4030";
    public const string HeaderInvalid = "SC4031";
    public const string HeaderCarriesCredential = "SC4032";
    public const string BinaryOrMetadataResponseInvalid = "SC4033";
    public const string RegionInvalid = "SC4035";
    public const string RolesInvalid = "SC4036";
    public const string SecondHostWithRegions = "SC4037";
    public const string SecretWrittenToLog = "SC5001";
}
