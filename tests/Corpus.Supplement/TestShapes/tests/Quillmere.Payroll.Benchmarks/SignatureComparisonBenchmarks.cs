using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using TestShapes.Quillmere.Payroll.Webhooks;

namespace TestShapes.Quillmere.Payroll.Benchmarks;

/// <summary>
/// What fixed-time comparison costs next to ordinal comparison, for the ADR that moved the webhook receivers to
/// CryptographicOperations.FixedTimeEquals. Random keys and bodies made in GlobalSetup; nothing leaves the process.
/// </summary>
[MemoryDiagnoser]
public class SignatureComparisonBenchmarks
{
    private string _computedSignature = "";
    private string _receivedSignature = "";
    private byte[] _body = [];
    private string _secret = "";

    [Params(64, 4096, 65536)]
    public int BodySize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _body = RandomNumberGenerator.GetBytes(BodySize);
        _secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _computedSignature = WebhookSignature.ComputeSignature(_secret, 1767225600, _body);
        _receivedSignature = new string(_computedSignature.AsSpan());
    }

    [Benchmark(Baseline = true)]
    public bool FixedTime() =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(_computedSignature), Encoding.ASCII.GetBytes(_receivedSignature));  // expect: none

    [Benchmark]
    public bool Ordinal() => _computedSignature == _receivedSignature;  // expect: none

    [Benchmark]
    public bool ThroughTheHelper() => WebhookSignature.Matches(_secret, 1767225600, _body, _receivedSignature);
}
