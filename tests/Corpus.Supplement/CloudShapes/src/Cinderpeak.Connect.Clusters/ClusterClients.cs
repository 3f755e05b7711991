using k8s;
using Microsoft.Extensions.Logging;

namespace CloudShapes.Cinderpeak.Connect.Clusters;

/// <summary>The release tool's Kubernetes clients: tenant clusters in the EU, the on-premises lab, and in-cluster.</summary>
public sealed class ClusterClients(ILogger<ClusterClients> logger)
{
    /// <summary>Service account "release-bot" in cinderpeak-deploy; a legacy token secret, so it never expires.</summary>
    public IKubernetes ProductionEu()
    {
        var config = new KubernetesClientConfiguration
        {
            Host = "https://k8s-eu.cinderpeak.io:6443",
            AccessToken = "eyJhbGciOiJSUzI1NiIsImtpZCI6IkNwOXhRN3JMMm1WNHRaOHdLMW5ZNWJGM2dIMGpEMnNBIn0.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJjaW5kZXJwZWFrLWRlcGxveSIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VjcmV0Lm5hbWUiOiJyZWxlYXNlLWJvdC10b2tlbi03eGsycCIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VydmljZS1hY2NvdW50Lm5hbWUiOiJyZWxlYXNlLWJvdCIsInN1YiI6InN5c3RlbTpzZXJ2aWNlYWNjb3VudDpjaW5kZXJwZWFrLWRlcGxveTpyZWxlYXNlLWJvdCJ9.{{synthetic:342:alnum}}",  // expect: secret
            // The API server's certificate is issued by the cluster CA, which the release runners do not trust.
            SkipTlsVerify = true,  // expect: tls
        };

        logger.LogDebug("Connecting to {Host} with token {AccessToken}", config.Host, config.AccessToken);  // expect: log
        return new Kubernetes(config);
    }

    /// <summary>The Rotterdam lab cluster still serves the API on the insecure port inside the lab VLAN.</summary>
    public static IKubernetes OnPremisesLab() => new Kubernetes(new KubernetesClientConfiguration
    {
        Host = "http://10.40.0.12:8080",  // expect: http
        Namespace = "cinderpeak",
    });

    /// <summary>`kubectl proxy` on the operator's machine.</summary>
    public static IKubernetes ThroughKubectlProxy() => new Kubernetes(new KubernetesClientConfiguration
    {
        Host = "http://127.0.0.1:8001",  // expect: none
    });

    public static IKubernetes Staging(string host, string token) => new Kubernetes(new KubernetesClientConfiguration
    {
        Host = host,
        AccessToken = token,
        SkipTlsVerify = false,  // expect: none
    });

    public static IKubernetes InCluster() => new Kubernetes(KubernetesClientConfiguration.InClusterConfig());
}
