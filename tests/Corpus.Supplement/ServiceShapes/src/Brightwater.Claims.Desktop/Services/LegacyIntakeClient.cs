using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.Logging;

namespace Brightwater.Claims.Desktop.Services;

/// <summary>First notice of loss to the 2009 ASMX intake, posted by hand: svcutil chokes on its WSDL.</summary>
public sealed class LegacyIntakeClient(HttpClient http, ILogger<LegacyIntakeClient> logger)
{
    private const string IntakeUrl = "http://intake.brightwater-mutual.com/ClaimsIntake.asmx";  // expect: http
    private const string SubmitFirstNoticeSoapAction = "http://brightwater-mutual.com/claims/SubmitFirstNotice";  // expect: none
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly XNamespace Claims = "http://brightwater-mutual.com/claims/2012/07";

    public async Task<string> SubmitFirstNoticeAsync(string policyNumber, DateOnly lossDate, string description, CancellationToken cancellationToken)
    {
        var envelope = new XElement(Soap + "Envelope",
            new XElement(Soap + "Body",
                new XElement(Claims + "SubmitFirstNotice",
                    new XElement(Claims + "PolicyNumber", policyNumber),
                    new XElement(Claims + "LossDate", lossDate.ToString("yyyy-MM-dd")),
                    new XElement(Claims + "Description", description))));
        using var request = new HttpRequestMessage(HttpMethod.Post, IntakeUrl)
        {
            Content = new StringContent(envelope.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "text/xml"),
        };
        request.Headers.Add("SOAPAction", $"\"{SubmitFirstNoticeSoapAction}\"");

        using var response = await http.SendAsync(request, cancellationToken);
        var reply = await response.Content.ReadAsStringAsync(cancellationToken);
        logger.LogInformation("Intake answered {Status} ({Length} characters)", response.StatusCode, reply.Length);
        return reply;
    }
}
