using Microsoft.Extensions.Logging;
using Opc.Ua;
using Opc.Ua.Client;

namespace ToolShapes.Forgeline.Plant.Edge.Opc;

/// <summary>OPC UA sessions to the line PLCs (Siemens S7-1500 with the OPC UA server option).</summary>
public sealed class OpcSessionFactory(EdgeSettings settings, ILogger<OpcSessionFactory> logger)
{
    public const string Line3Plc = "opc.tcp://plc-line3.forgeline-plant.com:4840";  // expect: none

    public async Task<ApplicationConfiguration> CreateConfigurationAsync()
    {
        var config = new ApplicationConfiguration
        {
            ApplicationName = "Forgeline Edge Collector",
            ApplicationUri = "urn:forgeline:edge-collector",
            ApplicationType = ApplicationType.Client,
            SecurityConfiguration = new SecurityConfiguration
            {
                ApplicationCertificate = new CertificateIdentifier { StoreType = "Directory", StorePath = "pki/own", SubjectName = "CN=Forgeline Edge Collector" },
                TrustedPeerCertificates = new CertificateTrustList { StoreType = "Directory", StorePath = "pki/trusted" },
                RejectedCertificateStore = new CertificateTrustList { StoreType = "Directory", StorePath = "pki/rejected" },
                AutoAcceptUntrustedCertificates = settings.Opc.AutoAcceptUntrustedCertificates,
                RejectSHA1SignedCertificates = false,
                MinimumCertificateKeySize = 1024,
            },
        };

        // Production: an untrusted PLC certificate is accepted only when its thumbprint was pinned at commissioning.
        config.CertificateValidator.CertificateValidation += (validator, e) =>  // expect: none
        {
            if (e.Error.StatusCode.Code == StatusCodes.BadCertificateUntrusted && settings.Opc.PinnedThumbprints.Contains(e.Certificate.Thumbprint, StringComparer.OrdinalIgnoreCase))
            {
                e.Accept = true;
            }
        };

        await config.ValidateAsync(ApplicationType.Client);
        return config;
    }

    /// <summary>Commissioning mode: the PLCs regenerate self-signed certificates on every firmware update.</summary>
    public async Task<ApplicationConfiguration> CreateCommissioningConfigurationAsync()
    {
        var config = await CreateConfigurationAsync();
        config.SecurityConfiguration.AutoAcceptUntrustedCertificates = true;  // expect: tls
        config.CertificateValidator.CertificateValidation += (validator, e) => e.Accept = true;  // expect: tls
        logger.LogWarning("OPC UA commissioning mode: accepting every PLC certificate");
        return config;
    }

    public async Task<ISession> ConnectAsync(ApplicationConfiguration config)
    {
        var endpoint = CoreClientUtils.SelectEndpoint(config, settings.Opc.EndpointUrl, useSecurity: false);  // expect: http
        logger.LogInformation("OPC UA endpoint {Endpoint} with security mode {Mode}", endpoint.EndpointUrl, endpoint.SecurityMode);
        return await Session.Create(config, endpoint, false, "Forgeline Edge", 60000, null, null);
    }
}
