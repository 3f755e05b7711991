using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Dispatcher;
using Microsoft.Extensions.Logging;

namespace Brightwater.Claims.Desktop.Services;

/// <summary>Traces the SOAP traffic when the desk runs with /trace: support asks for the file when a quote looks wrong.</summary>
public sealed class SoapLoggingInspector(ILogger<SoapLoggingInspector> logger) : IClientMessageInspector
{
    public object? BeforeSendRequest(ref Message request, IClientChannel channel)
    {
        using var buffer = request.CreateBufferedCopy(int.MaxValue);
        request = buffer.CreateMessage();
        logger.LogDebug("SOAP {Action} to {Via}",
            request.Headers.Action,  // expect: none
            channel.Via);

        // The policy service's envelopes carry a wsse:UsernameToken with the password in clear text.
        logger.LogTrace("SOAP request {Envelope}",
            buffer.CreateMessage().ToString());  // expect: log
        return null;
    }

    public void AfterReceiveReply(ref Message reply, object? correlationState)
    {
        logger.LogDebug("SOAP reply {Action}, fault: {IsFault}", reply.Headers.Action, reply.IsFault);
    }
}
