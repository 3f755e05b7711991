using System.Runtime.Serialization;
using System.ServiceModel;

namespace Brightwater.Claims.Desktop.Services;

// svcutil's 2012 output, trimmed to what the desk calls. The namespaces and actions are the services' XML names.
[ServiceContract(Namespace = "http://brightwater-mutual.com/claims/2012/07", ConfigurationName = "Rating.IRatingService")]
public interface IRatingService
{
    [OperationContract(Action = "http://tempuri.org/IRatingService/GetQuote", ReplyAction = "http://tempuri.org/IRatingService/GetQuoteResponse")]
    Task<RatingQuote> GetQuoteAsync(RatingRequest request);
}

[ServiceContract(Namespace = "http://brightwater-mutual.com/claims/2012/07", ConfigurationName = "Policy.IPolicyService")]
public interface IPolicyService
{
    [OperationContract(Action = "http://brightwater-mutual.com/claims/2012/07/IPolicyService/GetPolicy")]  // expect: none
    Task<PolicySummary> GetPolicyAsync(string policyNumber);
}

[ServiceContract(Namespace = "http://brightwater-mutual.com/documents/2013/02", ConfigurationName = "Documents.IDocumentService")]
public interface IDocumentService
{
    [OperationContract]
    Task<byte[]> GetClaimDocumentAsync(string claimNumber, int documentId);
}

[ServiceContract(Namespace = "http://brightwater-mutual.com/archive/2009/11")]
public interface IArchiveService
{
    [OperationContract]
    Task<byte[]> GetArchivedPolicyAsync(string policyNumber, int year);
}

[DataContract(Namespace = "http://schemas.datacontract.org/2004/07/Brightwater.Rating")]
public sealed class RatingRequest
{
    [DataMember]
    public string PolicyNumber { get; set; } = "";

    [DataMember]
    public decimal InsuredValue { get; set; }

    [DataMember]
    public string PostalCode { get; set; } = "";
}

[DataContract(Namespace = "http://schemas.datacontract.org/2004/07/Brightwater.Rating")]
public sealed class RatingQuote
{
    [DataMember]
    public decimal Premium { get; set; }

    [DataMember]
    public string Currency { get; set; } = "USD";
}

[DataContract(Namespace = "http://brightwater-mutual.com/claims/2012/07")]
public sealed class PolicySummary
{
    [DataMember]
    public string PolicyNumber { get; set; } = "";

    [DataMember]
    public DateTime InceptionDate { get; set; }

    [DataMember]
    public bool Active { get; set; }
}
