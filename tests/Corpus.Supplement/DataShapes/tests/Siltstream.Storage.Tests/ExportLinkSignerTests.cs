using System.Text;
using DataShapes.Siltstream.Storage;
using Xunit;

namespace DataShapes.Siltstream.Storage.Tests;

public sealed class ExportLinkSignerTests
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static readonly byte[] LinkKey = Encoding.UTF8.GetBytes("export-link-test-key-0001");  // expect: none

    private readonly ExportLinkSigner _signer = new(LinkKey, new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1_767_225_600)));

    [Fact]
    public void Link_carries_its_own_signature()
    {
        var link = _signer.CreateLink("/exports/exp-42", TimeSpan.FromHours(1));
        var sig = link[(link.IndexOf("&sig=", StringComparison.Ordinal) + 5)..];

        Assert.Equal(_signer.ComputeSignature("/exports/exp-42", 1_767_229_200), sig);
        Assert.True(_signer.IsValid("/exports/exp-42", new Dictionary<string, string> { ["expires"] = "1767229200", ["sig"] = sig }));
    }

    [Fact]
    public void Tampered_path_is_refused()
    {
        var sig = _signer.ComputeSignature("/exports/exp-42", 1_767_229_200);
        Assert.False(_signer.IsValid("/exports/exp-43", new Dictionary<string, string> { ["expires"] = "1767229200", ["sig"] = sig }));
    }
}
