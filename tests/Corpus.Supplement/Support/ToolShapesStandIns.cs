// Minimal stand-ins for ToolShapes/, under the libraries' real namespaces and type names, so that its files read like
// real tool and SDK code without any package the corpus project does not reference: ASP.NET Core's
// AuthenticationHandler<TOptions>, AuthenticateResult and AuthenticationScheme (Support/ServiceShapesStandIns.cs has
// HttpContext, AuthenticationSchemeOptions, AuthenticationTicket and AuthenticationBuilder), Kiota's authentication
// abstractions (IAccessTokenProvider, AllowedHostsValidator, BaseBearerTokenAuthenticationProvider, RequestInformation),
// the OPC UA .NET Standard stack (ApplicationConfiguration, SecurityConfiguration, CertificateValidator and its
// CertificateValidation event, CoreClientUtils), MQTTnet's client options and TLS options builders, and NModbus's
// master. Only the members ToolShapes calls exist; nothing here is ever run. No URL, key or password literal. No
// labels: every line here is a negative.
//
// The other Support/*.cs files already declare xUnit (Fact, Theory, InlineData, Trait, Assert, Record,
// ITestOutputHelper), Moq (Mock<T>, Setup, It, ReturnsAsync), WebApplication/WebApplicationBuilder, Kestrel's
// HttpsConnectionAdapterOptions and Azure.Identity's ClientSecretCredential; nothing of theirs is repeated here.

using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

#region ASP.NET Core authentication handlers

namespace Microsoft.AspNetCore.Authentication
{
    public sealed class AuthenticationScheme(string name, string? displayName, Type handlerType)
    {
        public string Name { get; } = name;

        public string? DisplayName { get; } = displayName;

        public Type HandlerType { get; } = handlerType;
    }

    public sealed class AuthenticateResult
    {
        private AuthenticateResult()
        {
        }

        public bool Succeeded => Ticket is not null;

        public AuthenticationTicket? Ticket { get; private init; }

        public Exception? Failure { get; private init; }

        public bool None { get; private init; }

        public static AuthenticateResult Success(AuthenticationTicket ticket) => new() { Ticket = ticket };

        public static AuthenticateResult Fail(string failureMessage) => new() { Failure = new AuthenticationFailureException(failureMessage) };

        public static AuthenticateResult NoResult() => new() { None = true };
    }

    public abstract class AuthenticationHandler<TOptions>
        where TOptions : AuthenticationSchemeOptions, new()
    {
        protected AuthenticationHandler(IOptionsMonitor<TOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        {
            OptionsMonitor = options;
            Logger = logger.CreateLogger(GetType().FullName ?? nameof(AuthenticationHandler<TOptions>));
            UrlEncoder = encoder;
        }

        public IOptionsMonitor<TOptions> OptionsMonitor { get; }

        public TOptions Options { get; private set; } = new();

        public AuthenticationScheme Scheme { get; private set; } = new(nameof(AuthenticationHandler<TOptions>), null, typeof(object));

        protected ILogger Logger { get; }

        protected UrlEncoder UrlEncoder { get; }

        protected HttpContext Context { get; private set; } = new();

        protected HttpRequest Request => Context.Request;

        protected HttpResponse Response => Context.Response;

        protected TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
        {
            Scheme = scheme;
            Context = context;
            Options = OptionsMonitor.Get(scheme.Name);
            return Task.CompletedTask;
        }

        public Task<AuthenticateResult> AuthenticateAsync() => HandleAuthenticateAsync();

        protected abstract Task<AuthenticateResult> HandleAuthenticateAsync();

        protected virtual Task HandleChallengeAsync(AuthenticationProperties properties) => Task.CompletedTask;
    }

    // ASP.NET Core declares AddScheme on AuthenticationBuilder; here it is an extension of Support/ServiceShapesStandIns.cs's
    // AuthenticationBuilder, which reads the same at the call site.
    public static class AuthenticationBuilderSchemeExtensions
    {
        public static AuthenticationBuilder AddScheme<TOptions, THandler>(this AuthenticationBuilder builder, string authenticationScheme, Action<TOptions>? configureOptions)
            where TOptions : AuthenticationSchemeOptions, new()
            where THandler : AuthenticationHandler<TOptions>
        {
            configureOptions?.Invoke(new TOptions());
            return builder;
        }
    }
}

#endregion

#region Kiota abstractions

namespace Microsoft.Kiota.Abstractions
{
    public sealed class RequestHeaders : Dictionary<string, HashSet<string>>
    {
        public RequestHeaders()
            : base(StringComparer.OrdinalIgnoreCase)
        {
        }

        public void Add(string headerName, string headerValue)
        {
            if (!TryGetValue(headerName, out var values))
            {
                values = [];
                this[headerName] = values;
            }

            values.Add(headerValue);
        }
    }

    public class RequestInformation
    {
        public Uri URI { get; set; } = new(Uri.UriSchemeHttps + Uri.SchemeDelimiter + nameof(RequestInformation));

        public RequestHeaders Headers { get; } = new();
    }
}

namespace Microsoft.Kiota.Abstractions.Authentication
{
    public interface IAuthenticationProvider
    {
        Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default);
    }

    public interface IAccessTokenProvider
    {
        AllowedHostsValidator AllowedHostsValidator { get; }

        Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default);
    }

    public class AllowedHostsValidator(IEnumerable<string>? validHosts = null)
    {
        public IEnumerable<string> AllowedHosts { get; set; } = validHosts?.ToArray() ?? [];

        public bool IsUrlHostValid(Uri uri) => !AllowedHosts.Any() || AllowedHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }

    public class BaseBearerTokenAuthenticationProvider(IAccessTokenProvider accessTokenProvider) : IAuthenticationProvider
    {
        public IAccessTokenProvider AccessTokenProvider { get; } = accessTokenProvider;

        public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            var token = await AccessTokenProvider.GetAuthorizationTokenAsync(request.URI, additionalAuthenticationContext, cancellationToken);
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Add("Authorization", "Bearer " + token);
            }
        }
    }
}

#endregion

#region OPC UA .NET Standard (Opc.Ua, Opc.Ua.Client)

namespace Opc.Ua
{
    public enum ApplicationType
    {
        Server,
        Client,
        ClientAndServer,
        DiscoveryServer,
    }

    public enum MessageSecurityMode
    {
        Invalid,
        None,
        Sign,
        SignAndEncrypt,
    }

    public readonly record struct StatusCode(uint Code);

    public static class StatusCodes
    {
        public const uint BadCertificateUntrusted = 0x801A0000;

        public const uint BadCertificateHostNameInvalid = 0x80160000;
    }

    public sealed class ServiceResult(uint code)
    {
        public StatusCode StatusCode { get; } = new(code);
    }

    public sealed class CertificateIdentifier
    {
        public string? StoreType { get; set; }

        public string? StorePath { get; set; }

        public string? SubjectName { get; set; }
    }

    public sealed class CertificateTrustList
    {
        public string? StoreType { get; set; }

        public string? StorePath { get; set; }
    }

    public sealed class SecurityConfiguration
    {
        public CertificateIdentifier? ApplicationCertificate { get; set; }

        public CertificateTrustList? TrustedPeerCertificates { get; set; }

        public CertificateTrustList? RejectedCertificateStore { get; set; }

        public bool AutoAcceptUntrustedCertificates { get; set; }

        public bool RejectSHA1SignedCertificates { get; set; } = true;

        public ushort MinimumCertificateKeySize { get; set; } = 2048;

        public bool AddAppCertToTrustedStore { get; set; } = true;
    }

    public sealed class CertificateValidationEventArgs(ServiceResult error, X509Certificate2 certificate) : EventArgs
    {
        public ServiceResult Error { get; } = error;

        public X509Certificate2 Certificate { get; } = certificate;

        public bool Accept { get; set; }

        public bool AcceptAll { get; set; }
    }

    public delegate void CertificateValidationEventHandler(CertificateValidator sender, CertificateValidationEventArgs e);

    public class CertificateValidator
    {
        public event CertificateValidationEventHandler? CertificateValidation;

        protected void OnCertificateValidation(CertificateValidationEventArgs e) => CertificateValidation?.Invoke(this, e);
    }

    public sealed class ApplicationConfiguration
    {
        public string? ApplicationName { get; set; }

        public string? ApplicationUri { get; set; }

        public string? ProductUri { get; set; }

        public ApplicationType ApplicationType { get; set; }

        public SecurityConfiguration SecurityConfiguration { get; set; } = new();

        public CertificateValidator CertificateValidator { get; set; } = new();

        public Task ValidateAsync(ApplicationType applicationType) => Task.CompletedTask;
    }

    public sealed class EndpointDescription
    {
        public string? EndpointUrl { get; set; }

        public MessageSecurityMode SecurityMode { get; set; }

        public string? SecurityPolicyUri { get; set; }
    }
}

namespace Opc.Ua.Client
{
    public static class CoreClientUtils
    {
        public static EndpointDescription SelectEndpoint(ApplicationConfiguration application, string discoveryUrl, bool useSecurity, int operationTimeout = 15000)
            => throw new NotSupportedException("stand-in");
    }

    public interface ISession : IDisposable
    {
        bool Connected { get; }
    }

    public static class Session
    {
        public static Task<ISession> Create(ApplicationConfiguration configuration, EndpointDescription endpoint, bool updateBeforeConnect, string sessionName, uint sessionTimeout, object? identity, IList<string>? preferredLocales)
            => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region MQTTnet (v4 client options)

namespace MQTTnet
{
    using MQTTnet.Client;

    public sealed class MqttFactory
    {
        public IMqttClient CreateMqttClient() => throw new NotSupportedException("stand-in");
    }
}

namespace MQTTnet.Client
{
    public sealed class MqttClientConnectResult;

    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }

        Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
    }

    public sealed class MqttClientCertificateValidationEventArgs(X509Certificate? certificate, X509Chain? chain, SslPolicyErrors sslPolicyErrors)
    {
        public X509Certificate? Certificate { get; } = certificate;

        public X509Chain? Chain { get; } = chain;

        public SslPolicyErrors SslPolicyErrors { get; } = sslPolicyErrors;
    }

    public sealed class MqttClientTlsOptions
    {
        public bool UseTls { get; set; }

        public bool AllowUntrustedCertificates { get; set; }

        public bool IgnoreCertificateChainErrors { get; set; }

        public bool IgnoreCertificateRevocationErrors { get; set; }

        public SslProtocols SslProtocol { get; set; } = SslProtocols.None;

        public Func<MqttClientCertificateValidationEventArgs, bool>? CertificateValidationHandler { get; set; }
    }

    public sealed class MqttClientOptions
    {
        public string? ClientId { get; set; }

        public string? Server { get; set; }

        public int? Port { get; set; }

        public string? UserName { get; set; }

        public string? Password { get; set; }

        public MqttClientTlsOptions TlsOptions { get; set; } = new();
    }

    public sealed class MqttClientTlsOptionsBuilder
    {
        private readonly MqttClientTlsOptions _options = new();

        public MqttClientTlsOptionsBuilder UseTls(bool useTls = true)
        {
            _options.UseTls = useTls;
            return this;
        }

        public MqttClientTlsOptionsBuilder WithSslProtocols(SslProtocols sslProtocols)
        {
            _options.SslProtocol = sslProtocols;
            return this;
        }

        public MqttClientTlsOptionsBuilder WithCertificateValidationHandler(Func<MqttClientCertificateValidationEventArgs, bool> certificateValidationHandler)
        {
            _options.CertificateValidationHandler = certificateValidationHandler;
            return this;
        }

        public MqttClientTlsOptions Build() => _options;
    }

    public sealed class MqttClientOptionsBuilder
    {
        private readonly MqttClientOptions _options = new();

        public MqttClientOptionsBuilder WithClientId(string clientId)
        {
            _options.ClientId = clientId;
            return this;
        }

        public MqttClientOptionsBuilder WithTcpServer(string host, int? port = null)
        {
            _options.Server = host;
            _options.Port = port;
            return this;
        }

        public MqttClientOptionsBuilder WithConnectionUri(string uri)
        {
            var parsed = new Uri(uri);
            return WithTcpServer(parsed.Host, parsed.Port);
        }

        public MqttClientOptionsBuilder WithCredentials(string? username, string? password)
        {
            _options.UserName = username;
            _options.Password = password;
            return this;
        }

        public MqttClientOptionsBuilder WithTlsOptions(Action<MqttClientTlsOptionsBuilder> configure)
        {
            var builder = new MqttClientTlsOptionsBuilder();
            configure(builder);
            _options.TlsOptions = builder.Build();
            return this;
        }

        public MqttClientOptionsBuilder WithTlsOptions(MqttClientTlsOptions tlsOptions)
        {
            _options.TlsOptions = tlsOptions;
            return this;
        }

        public MqttClientOptions Build() => _options;
    }
}

#endregion

#region NModbus

namespace NModbus
{
    public interface IModbusMaster : IDisposable
    {
        Task<ushort[]> ReadHoldingRegistersAsync(byte slaveAddress, ushort startAddress, ushort numberOfPoints);
    }

    public sealed class ModbusFactory
    {
        public IModbusMaster CreateMaster(TcpClient client) => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region ASP.NET Core URL helpers

namespace Microsoft.AspNetCore.Http.Extensions
{
    public static class UriHelper
    {
        public static string GetEncodedPathAndQuery(this HttpRequest request) => request.Path.Value ?? "/";
    }
}

#endregion
