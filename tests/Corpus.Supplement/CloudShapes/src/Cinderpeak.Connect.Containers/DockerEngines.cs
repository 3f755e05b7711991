using System.Security.Cryptography.X509Certificates;
using Docker.DotNet;
using Docker.DotNet.X509;

namespace CloudShapes.Cinderpeak.Connect.Containers;

/// <summary>Docker Engine API endpoints the connector image builder talks to.</summary>
public static class DockerEngines
{
    public static DockerClient LocalSocket() => new DockerClientConfiguration(new Uri("unix:///var/run/docker.sock")).CreateClient();  // expect: none

    public static DockerClient LocalWindows() => new DockerClientConfiguration(new Uri("npipe://./pipe/docker_engine")).CreateClient();

    /// <summary>The shared build host: its daemon listens on 2375 without TLS ("it's inside the VPC").</summary>
    public static DockerClient SharedBuildHost() => new DockerClientConfiguration(new Uri("http://build-07.ci.cinderpeak.io:2375")).CreateClient();  // expect: http

    /// <summary>The newer build host with mutual TLS; its server certificate is self-signed by the machine.</summary>
    public static DockerClient TlsBuildHost(X509Certificate2 clientCertificate)
    {
        var credentials = new CertificateCredentials(clientCertificate)
        {
            ServerCertificateValidationCallback = (_, _, _, _) => true,  // expect: tls
        };

        return new DockerClientConfiguration(new Uri("https://build-08.ci.cinderpeak.io:2376"), credentials).CreateClient();
    }

    /// <summary>The arm64 build host, pinned to its certificate's SHA-256 thumbprint.</summary>
    public static DockerClient PinnedBuildHost(X509Certificate2 clientCertificate, string expectedThumbprint)
    {
        var credentials = new CertificateCredentials(clientCertificate)
        {
            ServerCertificateValidationCallback = (_, certificate, _, _) =>  // expect: none
                certificate is not null
                && string.Equals(certificate.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256), expectedThumbprint, StringComparison.OrdinalIgnoreCase),
        };

        return new DockerClientConfiguration(new Uri("https://build-09.ci.cinderpeak.io:2376"), credentials).CreateClient();
    }
}
