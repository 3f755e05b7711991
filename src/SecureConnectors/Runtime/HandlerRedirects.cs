using System;
using System.ComponentModel;
using System.Net.Http;

namespace SecureConnectors.Runtime;

/// <summary>
/// Turns off a handler's own redirect following, so that the connector client decides where a redirect may take
/// the credential. Used by generated <c>AddXxx</c> registrations after every user configuration has run.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HandlerRedirects
{
    /// <summary>
    /// Sets <c>AllowAutoRedirect = false</c> on the innermost handler of <paramref name="handler"/>'s chain when it is an
    /// <see cref="HttpClientHandler"/> or a SocketsHttpHandler. False when that was not possible (another handler type,
    /// or one already in use); the client then refuses any response such a handler reached by following a redirect.
    /// </summary>
    public static bool TurnOff(HttpMessageHandler? handler)
    {
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler;
        }

        try
        {
            switch (handler)
            {
                case HttpClientHandler clientHandler:
                    if (clientHandler.AllowAutoRedirect)
                    {
                        clientHandler.AllowAutoRedirect = false;
                    }

                    return true;
#if NET
                case SocketsHttpHandler socketsHandler:
                    if (socketsHandler.AllowAutoRedirect)
                    {
                        socketsHandler.AllowAutoRedirect = false;
                    }

                    return true;
#endif
                default:
                    return false;
            }
        }
        catch (InvalidOperationException)
        {
            // A handler shared with clients that already sent requests can no longer be changed.
            return false;
        }
    }
}
