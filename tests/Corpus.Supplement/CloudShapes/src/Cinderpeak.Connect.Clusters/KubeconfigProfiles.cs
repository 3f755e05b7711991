using System.Text;
using k8s;

namespace CloudShapes.Cinderpeak.Connect.Clusters;

/// <summary>Kubeconfigs the release tool carries so that it runs on build agents without ~/.kube.</summary>
public static class KubeconfigProfiles
{
    // User "ci-deployer" of the staging cluster, pasted from `kubectl config view --raw --minify`.
    private const string StagingKubeconfig = "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU{{synthetic:120:base64}}\n    server: https://k8s-staging.cinderpeak.io:6443\n  name: staging\ncontexts:\n- context:\n    cluster: staging\n    user: ci-deployer\n  name: staging\ncurrent-context: staging\nusers:\n- name: ci-deployer\n  user:\n    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IkNwOXhRN3JMMm1WNHRaOHdLMW5ZNWJGM2dIMGpEMnNBIn0.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJjaSIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VydmljZS1hY2NvdW50Lm5hbWUiOiJjaS1kZXBsb3llciIsInN1YiI6InN5c3RlbTpzZXJ2aWNlYWNjb3VudDpjaTpjaS1kZXBsb3llciJ9.{{synthetic:342:alnum}}\n";  // expect: secret

    public static KubernetesClientConfiguration Staging() =>
        KubernetesClientConfiguration.BuildConfigFromConfigFile(new MemoryStream(Encoding.UTF8.GetBytes(StagingKubeconfig)), "staging");

    /// <summary>A kind cluster on the developer's machine; the token comes from the environment when the file is written.</summary>
    public static string LocalKind(int port) => $$"""
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            server: https://127.0.0.1:{{port}}
            insecure-skip-tls-verify: true
          name: kind-cinderpeak
        contexts:
        - context:
            cluster: kind-cinderpeak
            user: kind-cinderpeak
          name: kind-cinderpeak
        current-context: kind-cinderpeak
        users:
        - name: kind-cinderpeak
          user:
            token: ${KIND_TOKEN}
        """;

    public static KubernetesClientConfiguration FromOperatorMachine() =>
        KubernetesClientConfiguration.BuildConfigFromConfigFile(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config"));
}
