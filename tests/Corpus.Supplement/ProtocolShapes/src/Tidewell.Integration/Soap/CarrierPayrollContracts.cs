using System.ServiceModel;

namespace ProtocolShapes.Tidewell.Integration.Soap;

[ServiceContract(Namespace = "http://schemas.carrier-mutual-benefits.com/payroll/2016/07")]  // expect: none
public interface ICarrierPayrollService
{
    [OperationContract(Action = "http://schemas.carrier-mutual-benefits.com/payroll/2016/07/IPayrollService/SubmitDeductions")]
    Task<DeductionReceipt> SubmitDeductionsAsync(DeductionBatch batch);
}

public sealed class DeductionBatch
{
    public string PayrollRunId { get; set; } = "";

    public List<DeductionLine> Lines { get; set; } = [];
}

public sealed class DeductionLine
{
    public string MemberNumber { get; set; } = "";

    public decimal Amount { get; set; }
}

public sealed class DeductionReceipt
{
    public string ReceiptNumber { get; set; } = "";

    public DateTimeOffset AcceptedAt { get; set; }
}

/// <summary>Bound from <c>Integration:CarrierSoap</c>.</summary>
public sealed class CarrierSoapOptions
{
    public string Endpoint { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}

/// <summary>The WS-Security UsernameToken of the carrier's callbacks (PasswordDigest profile).</summary>
public sealed record UsernameTokenHeader(string Username, string PasswordDigest, string Nonce, string Created);
