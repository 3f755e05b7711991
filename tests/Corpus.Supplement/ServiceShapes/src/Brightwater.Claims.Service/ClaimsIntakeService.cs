using System.Runtime.Serialization;
using CoreWCF;
using Microsoft.Extensions.Logging;

namespace Brightwater.Claims.Service;

[ServiceContract(Namespace = "http://brightwater-mutual.com/claims/2012/07")]
public interface IClaimsIntake
{
    [OperationContract(Action = "http://brightwater-mutual.com/claims/IClaimsIntake/Submit", ReplyAction = "http://brightwater-mutual.com/claims/IClaimsIntake/SubmitResponse")]  // expect: none
    string Submit(FirstNotice notice);
}

[DataContract(Namespace = "http://brightwater-mutual.com/claims/2012/07")]
public sealed class FirstNotice
{
    [DataMember]
    public string PolicyNumber { get; set; } = "";

    [DataMember]
    public DateTime LossDate { get; set; }

    [DataMember]
    public string Description { get; set; } = "";
}

public sealed class ClaimsIntakeService(ILogger<ClaimsIntakeService> logger) : IClaimsIntake
{
    public string Submit(FirstNotice notice)
    {
        var claimNumber = $"CL-{DateTime.UtcNow:yyyyMMdd}-{Random.Shared.Next(100000, 999999)}";
        logger.LogInformation("First notice {ClaimNumber} for policy {PolicyNumber}", claimNumber, notice.PolicyNumber);
        return claimNumber;
    }
}
