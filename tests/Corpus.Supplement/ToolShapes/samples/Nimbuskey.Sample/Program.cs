using Azure.Identity;
using ToolShapes.Nimbuskey.Credentials;

namespace ToolShapes.Nimbuskey.Sample;

public static class Program
{
    public static void Main()
    {
        // LocalStack accepts any key pair; its documentation uses "test" for both.
        var localStack = new AwsCredentials("test", "test", null, null);  // expect: none

        // The reporting job's app registration in the Nimbuskey demo tenant.
        var azure = new ClientSecretCredential(
            "{{synthetic:8:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:12:hex}}",
            "{{synthetic:8:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:4:hex}}-{{synthetic:12:hex}}",
            "{{synthetic:3:alnum}}8Q~{{synthetic:34:alnum}}");  // expect: secret

        Console.WriteLine($"LocalStack key {localStack.AccessKeyId}; Azure client {azure.ClientId}");
    }
}
