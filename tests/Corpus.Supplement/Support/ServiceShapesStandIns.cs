// Minimal stand-ins for ServiceShapes/, under the libraries' real namespaces and type names, so that its files read
// like real integration code without any package the corpus project does not reference: the WCF client
// (System.ServiceModel: bindings, endpoint addresses, client credentials, message inspectors), CoreWCF (service
// builder, service credentials, metadata, dispatch inspectors, user name validators), ASP.NET Core's HTTP abstractions,
// MVC controllers, Identity's UserManager, CORS, authentication (OAuth handler and options, JWT bearer),
// Microsoft.IdentityModel's token types, Swashbuckle/OpenAPI models, the test host (TestServer, WebHostBuilder) and
// JustEat.HttpClientInterception. Only the members ServiceShapes calls exist; nothing here is ever run. No URL, key or
// password literal. No labels: every line here is a negative.
//
// The other Support/*.cs files already declare xUnit, Moq, MockHttp, WebApplicationFactory, IWebHostBuilder,
// ConfigureTestServices, WebApplication/WebApplicationBuilder and the hosting types; nothing of theirs is repeated here.

using System.Net;
using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi.Models;
using Swashbuckle.AspNetCore.SwaggerGen;

#region WCF client (System.ServiceModel, System.ServiceModel.Http / .Primitives)

namespace System.ServiceModel
{
    using System.ServiceModel.Channels;
    using System.ServiceModel.Description;

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class)]
    public sealed class ServiceContractAttribute : Attribute
    {
        public string? Namespace { get; set; }

        public string? Name { get; set; }

        public string? ConfigurationName { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class OperationContractAttribute : Attribute
    {
        public string? Action { get; set; }

        public string? ReplyAction { get; set; }

        public bool IsOneWay { get; set; }
    }

    public enum BasicHttpSecurityMode
    {
        None,
        Transport,
        Message,
        TransportWithMessageCredential,
        TransportCredentialOnly,
    }

    public enum SecurityMode
    {
        None,
        Transport,
        Message,
        TransportWithMessageCredential,
    }

    public enum HttpClientCredentialType
    {
        None,
        Basic,
        Digest,
        Ntlm,
        Windows,
        Certificate,
        InheritedFromHost,
    }

    public enum BasicHttpMessageCredentialType
    {
        UserName,
        Certificate,
    }

    public enum MessageCredentialType
    {
        None,
        Windows,
        UserName,
        Certificate,
        IssuedToken,
    }

    public sealed class HttpTransportSecurity
    {
        public HttpClientCredentialType ClientCredentialType { get; set; }
    }

    public sealed class BasicHttpMessageSecurity
    {
        public BasicHttpMessageCredentialType ClientCredentialType { get; set; }
    }

    public sealed class BasicHttpSecurity
    {
        public BasicHttpSecurityMode Mode { get; set; }

        public HttpTransportSecurity Transport { get; } = new();

        public BasicHttpMessageSecurity Message { get; } = new();
    }

    public sealed class NonDualMessageSecurityOverHttp
    {
        public MessageCredentialType ClientCredentialType { get; set; }
    }

    public sealed class WSHttpSecurity
    {
        public SecurityMode Mode { get; set; }

        public NonDualMessageSecurityOverHttp Message { get; } = new();
    }

    public class BasicHttpBinding : Binding
    {
        public BasicHttpBinding()
            : this(BasicHttpSecurityMode.None)
        {
        }

        public BasicHttpBinding(BasicHttpSecurityMode securityMode) => Security.Mode = securityMode;

        public long MaxReceivedMessageSize { get; set; } = 65536;

        public BasicHttpSecurity Security { get; } = new();
    }

    public class WSHttpBinding : Binding
    {
        public WSHttpBinding(SecurityMode securityMode) => Security.Mode = securityMode;

        public WSHttpSecurity Security { get; } = new();
    }

    public abstract class EndpointIdentity
    {
        public static EndpointIdentity CreateDnsIdentity(string dnsName) => new DnsEndpointIdentity(dnsName);

        private sealed class DnsEndpointIdentity(string dnsName) : EndpointIdentity
        {
            public override string ToString() => dnsName;
        }
    }

    public class EndpointAddress
    {
        public EndpointAddress(string uri)
            : this(new Uri(uri), null)
        {
        }

        public EndpointAddress(Uri uri, EndpointIdentity? identity)
        {
            Uri = uri;
            Identity = identity;
        }

        public Uri Uri { get; }

        public EndpointIdentity? Identity { get; }
    }

    public class CommunicationException(string message) : Exception(message);

    public class FaultException(string reason) : CommunicationException(reason);

    public interface IClientChannel : IDisposable
    {
        Uri Via { get; }
    }

    public class ChannelFactory<TChannel> : IDisposable
    {
        public ChannelFactory(Binding binding, EndpointAddress remoteAddress) => Endpoint = new ServiceEndpoint(binding, remoteAddress);

        public ServiceEndpoint Endpoint { get; }

        public ClientCredentials Credentials { get; } = new();

        public TChannel CreateChannel() => throw new NotSupportedException("stand-in");

        public void Dispose() => GC.SuppressFinalize(this);
    }
}

namespace System.ServiceModel.Channels
{
    public abstract class Binding;

    public sealed class MessageHeaders
    {
        public string? Action { get; set; }
    }

    public abstract class Message
    {
        public abstract MessageHeaders Headers { get; }

        public virtual bool IsFault => false;

        public MessageBuffer CreateBufferedCopy(int maxBufferSize) => throw new NotSupportedException("stand-in");
    }

    public abstract class MessageBuffer : IDisposable
    {
        public abstract Message CreateMessage();

        public void Dispose() => GC.SuppressFinalize(this);
    }
}

namespace System.ServiceModel.Description
{
    using System.ServiceModel.Channels;
    using System.ServiceModel.Security;

    public sealed class ServiceEndpoint(Binding binding, EndpointAddress address)
    {
        public Binding Binding { get; } = binding;

        public EndpointAddress Address { get; } = address;
    }

    public class ClientCredentials
    {
        public UserNamePasswordClientCredential UserName { get; } = new();

        public X509CertificateInitiatorClientCredential ClientCertificate { get; } = new();

        public X509CertificateRecipientClientCredential ServiceCertificate { get; } = new();
    }
}

namespace System.ServiceModel.Security
{
    public enum X509CertificateValidationMode
    {
        None,
        PeerTrust,
        ChainTrust,
        PeerOrChainTrust,
        Custom,
    }

    public sealed class UserNamePasswordClientCredential
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }
    }

    public sealed class X509CertificateInitiatorClientCredential
    {
        public X509Certificate2? Certificate { get; set; }

        public void SetCertificate(StoreLocation storeLocation, StoreName storeName, X509FindType findType, object findValue)
        {
        }
    }

    public sealed class X509ServiceCertificateAuthentication
    {
        public X509CertificateValidationMode CertificateValidationMode { get; set; } = X509CertificateValidationMode.ChainTrust;

        public X509RevocationMode RevocationMode { get; set; } = X509RevocationMode.Online;
    }

    public sealed class X509CertificateRecipientClientCredential
    {
        public X509ServiceCertificateAuthentication Authentication { get; } = new();

        public X509ServiceCertificateAuthentication SslCertificateAuthentication { get; set; } = new();
    }

    public class MessageSecurityException(string message) : CommunicationException(message);
}

namespace System.ServiceModel.Dispatcher
{
    using System.ServiceModel.Channels;

    public interface IClientMessageInspector
    {
        object? BeforeSendRequest(ref Message request, IClientChannel channel);

        void AfterReceiveReply(ref Message reply, object? correlationState);
    }
}

#endregion

#region CoreWCF

namespace CoreWCF
{
    using CoreWCF.Channels;
    using CoreWCF.Description;

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class)]
    public sealed class ServiceContractAttribute : Attribute
    {
        public string? Namespace { get; set; }

        public string? Name { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class OperationContractAttribute : Attribute
    {
        public string? Action { get; set; }

        public string? ReplyAction { get; set; }
    }

    public enum BasicHttpSecurityMode
    {
        None,
        Transport,
        Message,
        TransportWithMessageCredential,
        TransportCredentialOnly,
    }

    public class BasicHttpBinding(BasicHttpSecurityMode securityMode) : Binding
    {
        public BasicHttpSecurityMode SecurityMode { get; } = securityMode;
    }

    public class FaultException(string reason) : Exception(reason);

    public interface IClientChannel
    {
        Uri Via { get; }
    }

    public sealed class InstanceContext;

    public abstract class ServiceHostBase
    {
        public ServiceCredentials Credentials { get; } = new();
    }
}

namespace CoreWCF.Channels
{
    public abstract class Binding;

    public sealed class MessageProperties : Dictionary<string, object>;

    public sealed class MessageHeaders
    {
        public string? Action { get; set; }
    }

    public abstract class Message
    {
        public abstract MessageHeaders Headers { get; }

        public MessageProperties Properties { get; } = [];

        public MessageBuffer CreateBufferedCopy(int maxBufferSize) => throw new NotSupportedException("stand-in");
    }

    public abstract class MessageBuffer
    {
        public abstract Message CreateMessage();
    }

    public sealed class HttpRequestMessageProperty
    {
        public static string Name => nameof(HttpRequestMessageProperty);

        public WebHeaderCollection Headers { get; } = new();
    }
}

namespace CoreWCF.Description
{
    using CoreWCF.Security;

    public sealed class ServiceDebugBehavior
    {
        public bool IncludeExceptionDetailInFaults { get; set; }
    }

    public sealed class ServiceMetadataBehavior
    {
        public bool HttpGetEnabled { get; set; }

        public Uri? HttpGetUrl { get; set; }

        public bool HttpsGetEnabled { get; set; }
    }

    public sealed class X509CertificateInitiatorServiceCredential
    {
        public X509ClientCertificateAuthentication Authentication { get; } = new();
    }

    public sealed class X509CertificateRecipientServiceCredential
    {
        public void SetCertificate(StoreLocation storeLocation, StoreName storeName, X509FindType findType, object findValue)
        {
        }
    }

    public sealed class ServiceCredentials
    {
        public X509CertificateInitiatorServiceCredential ClientCertificate { get; } = new();

        public X509CertificateRecipientServiceCredential ServiceCertificate { get; } = new();
    }
}

namespace CoreWCF.Security
{
    public enum X509CertificateValidationMode
    {
        None,
        PeerTrust,
        ChainTrust,
        PeerOrChainTrust,
        Custom,
    }

    public sealed class X509ClientCertificateAuthentication
    {
        public X509CertificateValidationMode CertificateValidationMode { get; set; } = X509CertificateValidationMode.ChainTrust;

        public X509RevocationMode RevocationMode { get; set; } = X509RevocationMode.Online;
    }
}

namespace CoreWCF.Dispatcher
{
    using CoreWCF.Channels;

    public interface IDispatchMessageInspector
    {
        object? AfterReceiveRequest(ref Message request, IClientChannel channel, InstanceContext instanceContext);

        void BeforeSendReply(ref Message reply, object? correlationState);
    }
}

namespace CoreWCF.IdentityModel.Selectors
{
    public abstract class UserNamePasswordValidator
    {
        public abstract ValueTask ValidateAsync(string userName, string password);
    }
}

namespace CoreWCF.Configuration
{
    using CoreWCF.Channels;
    using CoreWCF.Description;

    public sealed class ServiceOptions
    {
        public ServiceDebugBehavior DebugBehavior { get; } = new();
    }

    public interface IServiceBuilder
    {
        IServiceBuilder AddService<TService>(Action<ServiceOptions>? options = null)
            where TService : class;

        IServiceBuilder AddServiceEndpoint<TService, TContract>(Binding binding, string address)
            where TService : class;

        IServiceBuilder ConfigureServiceHostBase<TService>(Action<ServiceHostBase> configureServiceHostBase)
            where TService : class;
    }

    public static class ServiceModelApplicationBuilderExtensions
    {
        public static WebApplication UseServiceModel(this WebApplication app, Action<IServiceBuilder> configureServices) => app;
    }
}

#endregion

#region ASP.NET Core: HTTP abstractions, MVC, Identity, CORS, authentication

namespace Microsoft.AspNetCore.Http
{
    public delegate Task RequestDelegate(HttpContext context);

    public readonly record struct PathString(string? Value)
    {
        public bool StartsWithSegments(PathString other) =>
            Value is not null && other.Value is not null && Value.StartsWith(other.Value, StringComparison.OrdinalIgnoreCase);

        public static implicit operator PathString(string? value) => new(value);
    }

    public interface IHeaderDictionary : IDictionary<string, StringValues>
    {
        StringValues Authorization { get; set; }
    }

    public sealed class HeaderDictionary : Dictionary<string, StringValues>, IHeaderDictionary
    {
        public StringValues Authorization
        {
            get => TryGetValue("Authorization", out var value) ? value : StringValues.Empty;
            set => this["Authorization"] = value;
        }
    }

    public sealed class HttpRequest
    {
        public PathString Path { get; set; }

        public IHeaderDictionary Headers { get; } = new HeaderDictionary();
    }

    public sealed class HttpResponse
    {
        public int StatusCode { get; set; } = 200;

        public IHeaderDictionary Headers { get; } = new HeaderDictionary();
    }

    public sealed class HttpContext
    {
        public HttpRequest Request { get; } = new();

        public HttpResponse Response { get; } = new();

        public ClaimsPrincipal User { get; set; } = new();

        public CancellationToken RequestAborted { get; set; }
    }

    public static class HttpResponseWritingExtensions
    {
        public static Task WriteAsync(this HttpResponse response, string text, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

namespace Microsoft.AspNetCore.Mvc
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ApiControllerAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class RouteAttribute(string template) : Attribute
    {
        public string Template { get; } = template;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpGetAttribute(string? template = null) : Attribute
    {
        public string? Template { get; } = template;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class HttpPostAttribute(string? template = null) : Attribute
    {
        public string? Template { get; } = template;
    }

    public interface IActionResult;

    public sealed class OkObjectResult(object? value) : IActionResult
    {
        public object? Value { get; } = value;
    }

    public sealed class UnauthorizedResult : IActionResult;

    public abstract class ControllerBase
    {
        public HttpContext HttpContext { get; set; } = new();

        public HttpRequest Request => HttpContext.Request;

        public ClaimsPrincipal User => HttpContext.User;

        public OkObjectResult Ok(object? value) => new(value);

        public UnauthorizedResult Unauthorized() => new();
    }
}

namespace Microsoft.AspNetCore.Authorization
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class AuthorizeAttribute : Attribute
    {
        public string? Roles { get; set; }
    }
}

namespace Microsoft.AspNetCore.Identity
{
    public class IdentityUser
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();

        public string? UserName { get; set; }

        public string? Email { get; set; }

        public bool EmailConfirmed { get; set; }
    }

    public sealed class IdentityError
    {
        public string Description { get; set; } = "";
    }

    public sealed class IdentityResult
    {
        public bool Succeeded { get; init; }

        public IEnumerable<IdentityError> Errors { get; init; } = [];
    }

    public class UserManager<TUser>
        where TUser : class
    {
        public virtual Task<TUser?> FindByEmailAsync(string email) => throw new NotSupportedException("stand-in");

        public virtual Task<bool> CheckPasswordAsync(TUser user, string password) => throw new NotSupportedException("stand-in");

        public virtual Task<IdentityResult> CreateAsync(TUser user, string password) => throw new NotSupportedException("stand-in");

        public virtual Task<IdentityResult> AddToRoleAsync(TUser user, string role) => throw new NotSupportedException("stand-in");

        public virtual Task<IList<string>> GetRolesAsync(TUser user) => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.AspNetCore.Cors.Infrastructure
{
    public sealed class CorsPolicyBuilder
    {
        public CorsPolicyBuilder WithOrigins(params string[] origins) => this;

        public CorsPolicyBuilder AllowAnyHeader() => this;

        public CorsPolicyBuilder AllowAnyMethod() => this;

        public CorsPolicyBuilder AllowCredentials() => this;
    }

    public sealed class CorsOptions
    {
        public void AddPolicy(string name, Action<CorsPolicyBuilder> configurePolicy) => configurePolicy(new CorsPolicyBuilder());
    }
}

namespace Microsoft.AspNetCore.Authentication
{
    public class AuthenticationSchemeOptions
    {
        public string? ClaimsIssuer { get; set; }
    }

    public sealed class AuthenticationOptions
    {
        public string? DefaultScheme { get; set; }

        public string? DefaultChallengeScheme { get; set; }
    }

    public sealed class AuthenticationProperties
    {
        public IDictionary<string, string?> Items { get; } = new Dictionary<string, string?>();
    }

    public sealed class AuthenticationTicket(ClaimsPrincipal principal, AuthenticationProperties? properties, string authenticationScheme)
    {
        public ClaimsPrincipal Principal { get; } = principal;

        public AuthenticationProperties Properties { get; } = properties ?? new();

        public string AuthenticationScheme { get; } = authenticationScheme;
    }

    public class AuthenticationFailureException(string? message) : Exception(message);

    public class AuthenticationBuilder(IServiceCollection services)
    {
        public IServiceCollection Services { get; } = services;

        public AuthenticationBuilder AddOAuth<TOptions, THandler>(string authenticationScheme, string? displayName, Action<TOptions> configureOptions)
            where TOptions : OAuth.OAuthOptions, new()
            where THandler : class
        {
            configureOptions(new TOptions());
            return this;
        }

        public AuthenticationBuilder AddCookie() => this;
    }
}

namespace Microsoft.AspNetCore.Authentication.OAuth
{
    public class OAuthOptions : AuthenticationSchemeOptions
    {
        public string ClientId { get; set; } = "";

        public string ClientSecret { get; set; } = "";

        public string AuthorizationEndpoint { get; set; } = "";

        public string TokenEndpoint { get; set; } = "";

        public string UserInformationEndpoint { get; set; } = "";

        public string CallbackPath { get; set; } = "";

        public ICollection<string> Scope { get; } = new HashSet<string>();

        public HttpClient Backchannel { get; set; } = new();

        public bool SaveTokens { get; set; }

        public bool UsePkce { get; set; }
    }

    public sealed class OAuthTokenResponse : IDisposable
    {
        private OAuthTokenResponse(JsonDocument? response, Exception? error)
        {
            Response = response;
            Error = error;
            if (response is not null)
            {
                var root = response.RootElement;
                AccessToken = root.TryGetProperty("access_token", out var access) ? access.GetString() : null;
                TokenType = root.TryGetProperty("token_type", out var type) ? type.GetString() : null;
                RefreshToken = root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null;
                ExpiresIn = root.TryGetProperty("expires_in", out var expires) ? expires.ToString() : null;
            }
        }

        public JsonDocument? Response { get; }

        public string? AccessToken { get; }

        public string? TokenType { get; }

        public string? RefreshToken { get; }

        public string? ExpiresIn { get; }

        public Exception? Error { get; }

        public static OAuthTokenResponse Success(JsonDocument response) => new(response, null);

        public static OAuthTokenResponse Failed(Exception error) => new(null, error);

        public void Dispose() => Response?.Dispose();
    }

    public sealed class OAuthCodeExchangeContext(AuthenticationProperties properties, string code, string redirectUri)
    {
        public AuthenticationProperties Properties { get; } = properties;

        public string Code { get; } = code;

        public string RedirectUri { get; } = redirectUri;
    }

    public class OAuthHandler<TOptions>
        where TOptions : OAuthOptions, new()
    {
        public OAuthHandler(IOptionsMonitor<TOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        {
            Options = options.CurrentValue;
            Logger = logger.CreateLogger(GetType().FullName ?? nameof(OAuthHandler<TOptions>));
        }

        public TOptions Options { get; }

        protected ILogger Logger { get; }

        protected HttpClient Backchannel => Options.Backchannel;

        protected HttpContext Context { get; } = new();

        protected virtual Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context) => throw new NotSupportedException("stand-in");

        protected virtual Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
            => throw new NotSupportedException("stand-in");
    }
}

namespace Microsoft.AspNetCore.Authentication.JwtBearer
{
    using Microsoft.IdentityModel.Tokens;

    public static class JwtBearerDefaults
    {
        public const string AuthenticationScheme = "Bearer";
    }

    public sealed class JwtBearerOptions : AuthenticationSchemeOptions
    {
        public bool RequireHttpsMetadata { get; set; } = true;

        public string? Authority { get; set; }

        public TokenValidationParameters TokenValidationParameters { get; set; } = new();
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class AuthenticationServiceCollectionExtensions
    {
        public static AuthenticationBuilder AddAuthentication(this IServiceCollection services, string defaultScheme) => new(services);

        public static AuthenticationBuilder AddAuthentication(this IServiceCollection services, Action<AuthenticationOptions> configureOptions)
        {
            configureOptions(new AuthenticationOptions());
            return new(services);
        }
    }

    public static class JwtBearerExtensions
    {
        public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, Action<JwtBearerOptions> configureOptions)
        {
            configureOptions(new JwtBearerOptions());
            return builder;
        }
    }

    public static class CorsServiceCollectionExtensions
    {
        public static IServiceCollection AddCors(this IServiceCollection services, Action<CorsOptions> setupAction)
        {
            setupAction(new CorsOptions());
            return services;
        }
    }

    public static class SwaggerGenServiceCollectionExtensions
    {
        public static IServiceCollection AddSwaggerGen(this IServiceCollection services, Action<SwaggerGenOptions> setupAction)
        {
            setupAction(new SwaggerGenOptions());
            return services;
        }
    }

    public static class ServiceModelServiceCollectionExtensions
    {
        public static IServiceCollection AddServiceModelServices(this IServiceCollection services) => services;

        public static IServiceCollection AddServiceModelMetadata(this IServiceCollection services) => services;
    }
}

#endregion

#region Microsoft.IdentityModel and System.IdentityModel.Tokens.Jwt

namespace Microsoft.IdentityModel.Tokens
{
    public abstract class SecurityKey
    {
        public string? KeyId { get; set; }
    }

    public class SymmetricSecurityKey(byte[] key) : SecurityKey
    {
        public int KeySize => key.Length * 8;
    }

    public static class SecurityAlgorithms
    {
        public const string HmacSha256 = "HS256";

        public const string EcdsaSha256 = "ES256";
    }

    public class SigningCredentials(SecurityKey key, string algorithm)
    {
        public SecurityKey Key { get; } = key;

        public string Algorithm { get; } = algorithm;
    }

    public class TokenValidationParameters
    {
        public bool ValidateIssuer { get; set; } = true;

        public bool ValidateAudience { get; set; } = true;

        public bool ValidateLifetime { get; set; } = true;

        public bool ValidateIssuerSigningKey { get; set; }

        public string? ValidIssuer { get; set; }

        public string? ValidAudience { get; set; }

        public SecurityKey? IssuerSigningKey { get; set; }

        public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
    }
}

namespace System.IdentityModel.Tokens.Jwt
{
    using Microsoft.IdentityModel.Tokens;

    public class JwtSecurityToken(
        string? issuer = null,
        string? audience = null,
        IEnumerable<Claim>? claims = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        SigningCredentials? signingCredentials = null)
    {
        public string? Issuer { get; } = issuer;

        public IEnumerable<string> Audiences { get; } = audience is null ? [] : [audience];

        public IEnumerable<Claim> Claims { get; } = claims ?? [];

        public DateTime ValidFrom { get; } = notBefore ?? DateTime.MinValue;

        public DateTime ValidTo { get; } = expires ?? DateTime.MaxValue;

        public SigningCredentials? SigningCredentials { get; } = signingCredentials;
    }

    public class JwtSecurityTokenHandler
    {
        public string WriteToken(JwtSecurityToken token) => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region Swashbuckle and Microsoft.OpenApi

namespace Microsoft.OpenApi.Models
{
    public sealed class OpenApiContact
    {
        public string? Name { get; set; }

        public Uri? Url { get; set; }

        public string? Email { get; set; }
    }

    public sealed class OpenApiLicense
    {
        public string? Name { get; set; }

        public Uri? Url { get; set; }
    }

    public sealed class OpenApiInfo
    {
        public string? Title { get; set; }

        public string? Version { get; set; }

        public OpenApiContact? Contact { get; set; }

        public OpenApiLicense? License { get; set; }
    }

    public sealed class OpenApiServer
    {
        public string? Url { get; set; }

        public string? Description { get; set; }
    }
}

namespace Swashbuckle.AspNetCore.SwaggerGen
{
    public sealed class SwaggerGenOptions
    {
        public void SwaggerDoc(string name, OpenApiInfo info)
        {
        }

        public void AddServer(OpenApiServer server)
        {
        }
    }
}

#endregion

#region Test host and JustEat.HttpClientInterception

namespace Microsoft.AspNetCore.Hosting
{
    public class WebHostBuilder : IWebHostBuilder
    {
        private readonly List<Action<IServiceCollection>> _configureServices = [];

        public IWebHostBuilder UseSetting(string key, string? value) => this;

        public IWebHostBuilder ConfigureServices(Action<IServiceCollection> configureServices)
        {
            _configureServices.Add(configureServices);
            return this;
        }
    }
}

namespace Microsoft.AspNetCore.TestHost
{
    public class TestServer(IWebHostBuilder builder) : IDisposable
    {
        public IWebHostBuilder Builder { get; } = builder;

        public Uri? BaseAddress { get; set; }

        public HttpClient CreateClient() => throw new NotSupportedException("stand-in");

        public void Dispose() => GC.SuppressFinalize(this);
    }
}

namespace JustEat.HttpClientInterception
{
    public class HttpClientInterceptorOptions
    {
        public bool ThrowOnMissingRegistration { get; set; }

        public HttpClientInterceptorOptions ThrowsOnMissingRegistration()
        {
            ThrowOnMissingRegistration = true;
            return this;
        }

        public HttpClient CreateHttpClient() => throw new NotSupportedException("stand-in");

        public HttpMessageHandler CreateHttpMessageHandler() => throw new NotSupportedException("stand-in");
    }

    public class HttpRequestInterceptionBuilder
    {
        public HttpRequestInterceptionBuilder ForGet() => this;

        public HttpRequestInterceptionBuilder ForPost() => this;

        public HttpRequestInterceptionBuilder ForUrl(string uriString) => this;

        public HttpRequestInterceptionBuilder WithStatus(HttpStatusCode statusCode) => this;

        public HttpRequestInterceptionBuilder WithJsonContent(object content) => this;

        public HttpRequestInterceptionBuilder RegisterWith(HttpClientInterceptorOptions options) => this;
    }
}

#endregion
