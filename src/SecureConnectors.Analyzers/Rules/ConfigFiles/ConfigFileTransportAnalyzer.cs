using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SecureConnectors.Analyzers.Configuration;
using SecureConnectors.Analyzers.Diagnostics;
using SecureConnectors.Analyzers.Rules.Secrets;
using SecureConnectors.Analyzers.Rules.Transport;

namespace SecureConnectors.Analyzers.Rules.ConfigFiles;

/// <summary>
/// SC2001, SC2002 and SC2003 in configuration files. SC2002: a setting whose name says it turns certificate validation off, set to the value
/// that does (<c>"DangerousAcceptAnyServerCertificate": true</c> in a reverse proxy's cluster configuration,
/// <c>"VerifySsl": false</c>, <c>&lt;add key="IgnoreSslErrors" value="true" /&gt;</c>), read from the same
/// AdditionalFiles as SC1003 with the names SC2002 reads in code (<see cref="CertificateTrustSettings"/>). The
/// configuration binder hands the value to the options type that the code never shows, so the file is where it is
/// seen. SC2003: an <c>SslProtocols</c>/<c>EnabledSslProtocols</c>/<c>SecurityProtocol</c> setting (a string or an
/// array of them) that names an obsolete protocol (<c>"Tls11"</c>, <c>"Ssl3, Tls12"</c>), bound to the same enum the
/// code rule reads, or a connection string's protocol list that allows one (<see cref="ObsoleteConnectionProtocols"/>). Also a connection string to a remote server (<see cref="ConnectionStringHosts"/>) that turns
/// certificate validation off (SC2002, <see cref="ConnectionStringTrust"/>) or encryption off (SC2001,
/// <see cref="PlainConnectionSettings"/>), or a TLS switch set to false beside a remote server's setting (SC2001,
/// <see cref="TlsSwitches"/>), and WCF's <c>certificateValidationMode="None"</c> for a service certificate (SC2002,
/// <see cref="WcfValidationModes"/>). Test projects' files are left alone, as the same settings in test code are.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileTransportAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.CertificateValidationDisabled, Descriptors.ObsoleteTlsProtocol, Descriptors.PlainHttpUrl);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (!TestCode.IsTestProject(start.Compilation))
            {
                var allowedHosts = new AnalyzerOptionCache<AllowedHosts>(
                    start.Options.AnalyzerConfigOptionsProvider, AllowedHosts.OptionKey, AllowedHosts.MSBuildProperty, AllowedHosts.Parse);
                start.RegisterAdditionalFileAction(context => Analyze(context, allowedHosts));
            }
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, AnalyzerOptionCache<AllowedHosts> allowedHosts)
    {
        var file = context.AdditionalFile;
        if (TestCode.IsTestPath(file.Path) || !ConfigFileContents.TryRead(file, booleans: true, context.CancellationToken, out var text, out var values))
        {
            return;
        }

        var hosts = allowedHosts.For(file);
        HashSet<string>? localSections = null;
        foreach (var value in values)
        {
            ReportObsoleteProtocols(context, text, value);
            ReportObsoleteConnectionProtocols(context, text, value);
            ReportDistrustingConnectionString(context, text, value);
            ReportPlainConnectionString(context, text, value);
            ReportTlsSwitchedOff(context, text, value, values);
            ReportPlainUrl(context, text, value, hosts);
            if (ReportWcfValidationMode(context, text, value))
            {
                continue;
            }

            if (!IsBoolean(value.Value, out var set) || CertificateTrustSettings.DisablingValue(ConfigKeyNames.SettingName(value.Path)) != set)
            {
                continue;
            }

            // appsettings.Development.json: a section whose servers are all on the developer's machine (a YARP cluster
            // whose destinations are https://localhost:7443/) accepts their development certificates and nothing else.
            localSections ??= ConfigFileKinds.IsDevelopmentSettings(file.Path) ? LocalServerSections.FindWhollyLocal(values) : new HashSet<string>();
            if (LocalServerSections.Covers(localSections, value.Path))
            {
                continue;
            }

            var location = Location.Create(file.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.CertificateValidationDisabled,
                location,
                "'" + ConfigKeyNames.Display(value.Path) + "' in " + ConfigFileKinds.FileName(file.Path),
                set ? "the client accepts any server certificate" : "the client does not validate server certificates"));
        }
    }

    // WCF's <clientCredentials><serviceCertificate><authentication certificateValidationMode="None" />: the client accepts
    // any certificate the service presents (WcfValidationModes, the same switch in code). A service's check of its
    // clients (<clientCertificate><authentication .../>) is left alone.
    private static bool ReportWcfValidationMode(AdditionalFileAnalysisContext context, Microsoft.CodeAnalysis.Text.SourceText text, ConfigValue value)
    {
        if (value.Path.Count == 0
            || !string.Equals(value.Path[value.Path.Count - 1], "certificateValidationMode", StringComparison.OrdinalIgnoreCase)
            || !string.Equals(value.Value.Trim(), "None", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var element in value.Path)
        {
            if (string.Equals(element, "clientCertificate", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var file = context.AdditionalFile;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CertificateValidationDisabled,
            Location.Create(file.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span)),
            "'certificateValidationMode=\"None\"' in " + ConfigFileKinds.FileName(file.Path),
            "the client accepts any service certificate"));
        return true;
    }

    // "Partners:Ledger:BaseUrl": "http://api.ledger.com/v2/": the address an options type hands to an HttpClient, a log
    // sink or an authentication handler, which the code never shows. Judged as a literal's URL is: a remote host, under
    // a key that names no identifier, listener, proxy or page for people (SC2001's page lists them).
    private static void ReportPlainUrl(AdditionalFileAnalysisContext context, Microsoft.CodeAnalysis.Text.SourceText text, ConfigValue value, AllowedHosts hosts)
    {
        if (!PlainTextUrl.MayContainUrl(value.Value)
            || !PlainTextUrl.TryParse(value.Value, out var url)
            || !HostClassifier.IsRemote(url, hosts)
            || ConfigKeyNames.SettingName(value.Path) is not { } key
            || key.StartsWith("$", StringComparison.Ordinal)
            || UrlUseClassifier.IsNonEndpointName(key)
            || NamesProxy(key)
            || IsListeningAddress(key, value.Path))
        {
            return;
        }

        var location = Location.Create(context.AdditionalFile.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlainHttpUrl, location, url.Scheme + "://" + url.Host, url.SecureScheme));
    }

    // .NET Framework's <proxy proxyaddress="http://..."/> and the like: XML attributes glue their words in lower case, so
    // the word split that finds "proxy" in ProxyUrl or HTTP_PROXY does not see it; an HTTPS request through a proxy
    // travels in a CONNECT tunnel.
    private static bool NamesProxy(string key) => key.IndexOf("proxy", StringComparison.OrdinalIgnoreCase) >= 0;

    // Where the app itself listens, not a server it calls: launchSettings' applicationUrl, the urls setting and its
    // environment variables, Kestrel's endpoints (HTTPS offloaded in front of the app is the proxy's business), and a
    // WCF service's metadata address and host base addresses.
    private static bool IsListeningAddress(string key, IReadOnlyList<string> path)
    {
        if (key.Equals("applicationUrl", StringComparison.OrdinalIgnoreCase)
            || (key.Equals("urls", StringComparison.OrdinalIgnoreCase) && path[0].Equals(key, StringComparison.Ordinal))
            || key.Equals("ASPNETCORE_URLS", StringComparison.OrdinalIgnoreCase)
            || key.Equals("DOTNET_URLS", StringComparison.OrdinalIgnoreCase)
            || key.Equals("ASPNETCORE_HTTP_URLS", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // WCF's service side: the metadata page a service publishes (<serviceMetadata httpGetUrl="..."/>) and the base
        // addresses its host listens on (<host><baseAddresses><add baseAddress="..."/>).
        if (key.Equals("httpGetUrl", StringComparison.OrdinalIgnoreCase) || key.Equals("httpsGetUrl", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var segment in path)
        {
            if (segment.Equals("Kestrel", StringComparison.OrdinalIgnoreCase) || segment.Equals("baseAddresses", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportObsoleteProtocols(AdditionalFileAnalysisContext context, Microsoft.CodeAnalysis.Text.SourceText text, ConfigValue value)
    {
        // "SslProtocols": [ "Tls11", "Tls12" ] reads as SslProtocols:0 and SslProtocols:1: the name is above the index.
        if (ConfigKeyNames.SettingName(value.Path) is not { } setting
            || !NamesProtocols(setting)
            || ObsoleteProtocols.ObsoleteFlagsNamedIn(value.Value) is not (> 0 and var flags))
        {
            return;
        }

        var location = Location.Create(context.AdditionalFile.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ObsoleteTlsProtocol,
            location,
            ConfigKeyNames.Display(value.Path) + "' in '" + ConfigFileKinds.FileName(context.AdditionalFile.Path),
            ObsoleteProtocols.Describe(flags)));
    }

    // "Server=mysql.contoso.com;TlsVersion=TLS 1.0, TLS 1.2": SC2003, a remote server the driver may talk TLS 1.0 with.
    private static void ReportObsoleteConnectionProtocols(AdditionalFileAnalysisContext context, Microsoft.CodeAnalysis.Text.SourceText text, ConfigValue value)
    {
        if (!ObsoleteConnectionProtocols.MayContainSetting(value.Value)
            || !ObsoleteConnectionProtocols.TryFind(value.Value, out var finding)
            || ConnectionStringHosts.FirstRemoteHost(value.Value) is not { } host)
        {
            return;
        }

        var location = Location.Create(context.AdditionalFile.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ObsoleteTlsProtocol,
            location,
            finding.Key + "' in the connection string to '" + host + "' in '" + ConfigFileKinds.FileName(context.AdditionalFile.Path),
            ObsoleteProtocols.Describe(finding.Flags)));
    }

    // "mongodb://routes-0.internal:27017/?tls=true&tlsAllowInvalidCertificates=true": a configuration file's connection
    // string that distrusts a remote server. One that names a development server (localhost, (localdb), a container's
    // one-label service name) is where TrustServerCertificate=True usually lives, and is left alone.
    private static void ReportDistrustingConnectionString(AdditionalFileAnalysisContext context, Microsoft.CodeAnalysis.Text.SourceText text, ConfigValue value)
    {
        if (!ConnectionStringTrust.MayContainSetting(value.Value)
            || !ConnectionStringTrust.TryFind(value.Value, out var setting)
            || !ConnectionStringHosts.NamesRemoteHost(value.Value))
        {
            return;
        }

        var location = Location.Create(context.AdditionalFile.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CertificateValidationDisabled,
            location,
            "'" + setting.Key + "=" + value.Value.Substring(setting.ValueIndex, setting.ValueLength) + "' in the connection string '"
                + ConfigKeyNames.Display(value.Path) + "' in " + ConfigFileKinds.FileName(context.AdditionalFile.Path),
            "the client accepts any server certificate"));
    }

    // "Server=tcp:ledger.database.windows.net;Encrypt=False": SC2001, a remote database reached without TLS.
    private static void ReportPlainConnectionString(AdditionalFileAnalysisContext context, Microsoft.CodeAnalysis.Text.SourceText text, ConfigValue value)
    {
        if (!PlainConnectionSettings.MayContainSetting(value.Value)
            || !PlainConnectionSettings.TryFind(value.Value, out var setting, out var secureValue)
            || ConnectionStringHosts.FirstRemoteHost(value.Value) is not { } host)
        {
            return;
        }

        var location = Location.Create(context.AdditionalFile.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlainHttpUrl, location, host, setting.Key + "=" + secureValue));
    }

    // { "url": "intake.logs.datadoghq.com", "port": 10516, "useSSL": false }: SC2001, a switch named to turn TLS on, set to
    // false beside the setting that names a remote server. appSettings is one flat list of unrelated settings, so a
    // switch there has no server beside it.
    private static void ReportTlsSwitchedOff(
        AdditionalFileAnalysisContext context, Microsoft.CodeAnalysis.Text.SourceText text, ConfigValue value, IReadOnlyList<ConfigValue> values)
    {
        if (value.Path.Count < 2
            || !IsBoolean(value.Value, out var set)
            || set
            || !TlsSwitches.IsTlsSwitch(value.Path[value.Path.Count - 1])
            || string.Equals(value.Path[value.Path.Count - 2], "appSettings", StringComparison.OrdinalIgnoreCase)
            || RemoteServerBeside(value, values) is not { } host
            || (!TlsSwitches.NeverUpgrades(value.Path[value.Path.Count - 1]) && HasStartTlsPortBeside(value, values)))
        {
            return;
        }

        var location = Location.Create(context.AdditionalFile.Path, value.Span, text.Lines.GetLinePositionSpan(value.Span));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlainHttpUrl, location, host, value.Path[value.Path.Count - 1] + " = true"));
    }

    private static string? RemoteServerBeside(ConfigValue tlsSwitch, IReadOnlyList<ConfigValue> values)
    {
        foreach (var sibling in Siblings(tlsSwitch, values))
        {
            if (TlsSwitches.IsServerSetting(sibling.Path[sibling.Path.Count - 1])
                && TlsSwitches.HostOf(sibling.Value) is { } host
                && HostClassifier.IsRemoteHost(host))
            {
                return host;
            }
        }

        return null;
    }

    // { "Host": "smtp.contoso.com", "Port": 587, "UseSsl": false }: a mail client that may still upgrade with STARTTLS.
    private static bool HasStartTlsPortBeside(ConfigValue tlsSwitch, IReadOnlyList<ConfigValue> values)
    {
        foreach (var sibling in Siblings(tlsSwitch, values))
        {
            if (TlsSwitches.IsPortSetting(sibling.Path[sibling.Path.Count - 1])
                && int.TryParse(sibling.Value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
                && TlsSwitches.IsStartTlsPort(port))
            {
                return true;
            }
        }

        return false;
    }

    // The settings of the same object as the switch ({ "url": ..., "port": ..., "useSSL": ... }).
    private static IEnumerable<ConfigValue> Siblings(ConfigValue setting, IReadOnlyList<ConfigValue> values)
    {
        foreach (var candidate in values)
        {
            if (candidate.IsSiblingOf(setting))
            {
                yield return candidate;
            }
        }
    }

    private static bool NamesProtocols(string name) =>
        name.IndexOf("SslProtocol", StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("TlsProtocol", StringComparison.OrdinalIgnoreCase) >= 0
        || name.IndexOf("SecurityProtocol", StringComparison.OrdinalIgnoreCase) >= 0;

    private static bool IsBoolean(string value, out bool set)
    {
        var trimmed = value.Trim();
        set = trimmed.Equals("true", StringComparison.OrdinalIgnoreCase);
        return set || trimmed.Equals("false", StringComparison.OrdinalIgnoreCase);
    }
}
