using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace TestShapes.Quillmere.Payroll.ContractTests.Broker;

[TestClass]
public sealed class BrokerAddressTests
{
    [DataTestMethod]
    [DataRow("https://quillmere.pactflow.io", true)]
    [DataRow("http://pact-broker.ci.quillmere.io", false)]  // expect: none
    [DataRow("http://localhost:9292", true)]
    public void Only_a_tls_or_local_broker_receives_the_token(string brokerUrl, bool allowed)
    {
        Assert.AreEqual(allowed, BrokerAddresses.MayReceiveToken(new Uri(brokerUrl)));
    }
}
