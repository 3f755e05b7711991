// Minimal stand-ins for ProtocolShapes/, under the libraries' real namespaces and type names, so that its files read
// like real connector code that talks protocols other than REST without any package the corpus project does not
// reference: SSH.NET (Renci.SshNet: SftpClient, ConnectionInfo, password and private-key authentication, the
// HostKeyReceived event), FluentFTP (AsyncFtpClient, FtpConfig, the ValidateCertificate event),
// System.DirectoryServices.Protocols (not in the net10.0 reference set: LdapConnection, LdapSessionOptions with
// VerifyServerCertificate, SearchRequest/SearchResponse), Novell.Directory.Ldap (3.x: LdapConnection with its
// UserDefinedServerCertValidationDelegate event), MailKit and MimeKit (SmtpClient, ImapClient, Pop3Client,
// SecureSocketOptions, MimeMessage), the MQTTnet 4 pieces Support/ToolShapesStandIns.cs lacks (WithTls with
// MqttClientOptionsBuilderTlsParameters, PublishStringAsync) and the ASP.NET Core SignalR client (HubConnectionBuilder,
// WithUrl, HttpConnectionOptions). System.Net.Mail, FtpWebRequest, ClientWebSocket, TcpClient and SslStream are the
// runtime's own. Only the members ProtocolShapes calls exist; nothing here is ever run. No URL, key or password
// literal. No labels: every line here is a negative.
//
// The other Support/*.cs files already declare xUnit (Fact, Theory, InlineData, Trait, Assert, Record,
// IAsyncLifetime), Testcontainers' ContainerBuilder, RabbitMQ.Client, grpc-dotnet, the WCF client
// (System.ServiceModel), ASP.NET Core's HttpContext and MQTTnet's client, options and TLS options builders; nothing of
// theirs is repeated here.

using System.Net;
using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

#region SSH.NET (Renci.SshNet 2024.x)

namespace Renci.SshNet.Common
{
    public class HostKeyEventArgs : EventArgs
    {
        public HostKeyEventArgs(string hostKeyName, byte[] hostKey, string fingerPrintSha256)
        {
            HostKeyName = hostKeyName;
            HostKey = hostKey;
            FingerPrintSHA256 = fingerPrintSha256;
        }

        public bool CanTrust { get; set; } = true;

        public string HostKeyName { get; }

        public byte[] HostKey { get; }

        public string FingerPrintSHA256 { get; }

        public int KeyLength => HostKey.Length * 8;
    }

    public class SshException(string message) : Exception(message);

    public class SshAuthenticationException(string message) : SshException(message);

    public class SshConnectionException(string message) : SshException(message);
}

namespace Renci.SshNet.Sftp
{
    public interface ISftpFile
    {
        string Name { get; }

        string FullName { get; }

        long Length { get; }

        bool IsRegularFile { get; }

        DateTime LastWriteTimeUtc { get; }
    }
}

namespace Renci.SshNet
{
    using Renci.SshNet.Common;
    using Renci.SshNet.Sftp;

    public interface IPrivateKeySource;

    public class PrivateKeyFile : IPrivateKeySource, IDisposable
    {
        public PrivateKeyFile(string fileName)
            : this(fileName, null)
        {
        }

        public PrivateKeyFile(string fileName, string? passPhrase)
        {
            Source = fileName;
            IsEncrypted = passPhrase is not null;
        }

        public PrivateKeyFile(Stream privateKey)
            : this(privateKey, null)
        {
        }

        public PrivateKeyFile(Stream privateKey, string? passPhrase)
        {
            Source = privateKey.GetType().Name;
            IsEncrypted = passPhrase is not null;
        }

        internal string Source { get; }

        internal bool IsEncrypted { get; }

        public void Dispose() => GC.SuppressFinalize(this);
    }

    public abstract class AuthenticationMethod(string username)
    {
        public string Username { get; } = username;
    }

    public sealed class PasswordAuthenticationMethod : AuthenticationMethod
    {
        public PasswordAuthenticationMethod(string username, string password)
            : base(username)
            => HasPassword = password.Length > 0;

        internal bool HasPassword { get; }
    }

    public sealed class PrivateKeyAuthenticationMethod : AuthenticationMethod
    {
        public PrivateKeyAuthenticationMethod(string username, params IPrivateKeySource[] keyFiles)
            : base(username)
            => KeyFiles = keyFiles;

        public IReadOnlyList<IPrivateKeySource> KeyFiles { get; }
    }

    public class ConnectionInfo
    {
        public ConnectionInfo(string host, int port, string username, params AuthenticationMethod[] authenticationMethods)
        {
            Host = host;
            Port = port;
            Username = username;
            AuthenticationMethods = authenticationMethods;
        }

        public string Host { get; }

        public int Port { get; }

        public string Username { get; }

        public IReadOnlyList<AuthenticationMethod> AuthenticationMethods { get; }

        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    }

    public abstract class BaseClient : IDisposable
    {
        protected BaseClient(ConnectionInfo connectionInfo) => ConnectionInfo = connectionInfo;

        public event EventHandler<HostKeyEventArgs>? HostKeyReceived;

        public ConnectionInfo ConnectionInfo { get; }

        public bool IsConnected { get; private set; }

        public TimeSpan KeepAliveInterval { get; set; }

        public void Connect()
        {
            var args = new HostKeyEventArgs(string.Empty, [], string.Empty);
            HostKeyReceived?.Invoke(this, args);
            IsConnected = args.CanTrust;
        }

        public Task ConnectAsync(CancellationToken cancellationToken)
        {
            Connect();
            return Task.CompletedTask;
        }

        public void Disconnect() => IsConnected = false;

        public void Dispose()
        {
            Disconnect();
            GC.SuppressFinalize(this);
        }
    }

    public sealed class SftpClient : BaseClient
    {
        public SftpClient(ConnectionInfo connectionInfo)
            : base(connectionInfo)
        {
        }

        public SftpClient(string host, int port, string username, string password)
            : this(new ConnectionInfo(host, port, username, new PasswordAuthenticationMethod(username, password)))
        {
        }

        public SftpClient(string host, int port, string username, params IPrivateKeySource[] keyFiles)
            : this(new ConnectionInfo(host, port, username, new PrivateKeyAuthenticationMethod(username, keyFiles)))
        {
        }

        public void UploadFile(Stream input, string path, bool canOverride = true)
        {
        }

        public void DownloadFile(string path, Stream output)
        {
        }

        public IEnumerable<ISftpFile> ListDirectory(string path) => [];

        public void RenameFile(string oldPath, string newPath)
        {
        }

        public void DeleteFile(string path)
        {
        }

        public bool Exists(string path) => false;
    }
}

#endregion

#region FluentFTP (50.x)

namespace FluentFTP
{
    public enum FtpEncryptionMode
    {
        None,
        Implicit,
        Explicit,
        Auto,
    }

    public enum FtpDataConnectionType
    {
        AutoPassive,
        PASV,
        EPSV,
        PORT,
        EPRT,
    }

    public enum FtpRemoteExists
    {
        NoCheck,
        Resume,
        Skip,
        Overwrite,
        Append,
    }

    public enum FtpStatus
    {
        Failed,
        Success,
        Skipped,
    }

    public sealed class FtpConfig
    {
        public FtpEncryptionMode EncryptionMode { get; set; } = FtpEncryptionMode.None;

        public SslProtocols SslProtocols { get; set; } = SslProtocols.None;

        public bool ValidateAnyCertificate { get; set; }

        public bool ValidateCertificateRevocation { get; set; } = true;

        public FtpDataConnectionType DataConnectionType { get; set; } = FtpDataConnectionType.AutoPassive;

        public int ConnectTimeout { get; set; } = 15000;
    }

    public sealed class FtpSslValidationEventArgs : EventArgs
    {
        public X509Certificate? Certificate { get; init; }

        public X509Chain? Chain { get; init; }

        public SslPolicyErrors PolicyErrors { get; init; }

        public bool Accept { get; set; }
    }

    public delegate void FtpSslValidation(BaseFtpClient control, FtpSslValidationEventArgs e);

    public abstract class BaseFtpClient : IDisposable
    {
        protected BaseFtpClient(string host, NetworkCredential credentials, int port)
        {
            Host = host;
            Credentials = credentials;
            Port = port;
        }

        public event FtpSslValidation? ValidateCertificate;

        public string Host { get; set; }

        public int Port { get; set; }

        public NetworkCredential Credentials { get; set; }

        public FtpConfig Config { get; set; } = new();

        public bool IsConnected { get; protected set; }

        protected bool OnValidateCertificate(FtpSslValidationEventArgs e)
        {
            ValidateCertificate?.Invoke(this, e);
            return e.Accept;
        }

        public void Dispose() => GC.SuppressFinalize(this);
    }

    public sealed class AsyncFtpClient : BaseFtpClient
    {
        public AsyncFtpClient(string host, string user, string pass, int port = 0)
            : base(host, new NetworkCredential(user, pass), port)
        {
        }

        public AsyncFtpClient(string host, NetworkCredential credentials, int port = 0)
            : base(host, credentials, port)
        {
        }

        public Task Connect(CancellationToken token = default)
        {
            IsConnected = OnValidateCertificate(new FtpSslValidationEventArgs()) || Config.EncryptionMode == FtpEncryptionMode.None;
            return Task.CompletedTask;
        }

        public Task<FtpStatus> UploadStream(
            Stream fileStream,
            string remotePath,
            FtpRemoteExists existsMode = FtpRemoteExists.Overwrite,
            bool createRemoteDir = false,
            IProgress<double>? progress = null,
            CancellationToken token = default)
            => Task.FromResult(FtpStatus.Success);

        public Task<string[]> GetNameListing(string path, CancellationToken token = default) => Task.FromResult(Array.Empty<string>());

        public Task<bool> FileExists(string path, CancellationToken token = default) => Task.FromResult(false);

        public Task Disconnect(CancellationToken token = default)
        {
            IsConnected = false;
            return Task.CompletedTask;
        }
    }
}

#endregion

#region System.DirectoryServices.Protocols (NuGet package, not in the net10.0 reference set)

namespace System.DirectoryServices.Protocols
{
    using System.Collections;

    public enum AuthType
    {
        Anonymous,
        Basic,
        Negotiate,
        Ntlm,
        Digest,
        Sicily,
        Dpa,
        Msn,
        External,
        Kerberos,
    }

    public enum SearchScope
    {
        Base,
        OneLevel,
        Subtree,
    }

    public delegate bool VerifyServerCertificateCallback(LdapConnection connection, X509Certificate certificate);

    public abstract class DirectoryIdentifier;

    public class LdapDirectoryIdentifier : DirectoryIdentifier
    {
        public LdapDirectoryIdentifier(string server)
            : this(server, 389)
        {
        }

        public LdapDirectoryIdentifier(string server, int portNumber)
        {
            Servers = [server];
            PortNumber = portNumber;
        }

        public string[] Servers { get; }

        public int PortNumber { get; }
    }

    public class DirectoryControlCollection : CollectionBase;

    public sealed class LdapSessionOptions
    {
        public bool SecureSocketLayer { get; set; }

        public int ProtocolVersion { get; set; } = 2;

        public VerifyServerCertificateCallback? VerifyServerCertificate { get; set; }

        public string? HostName { get; set; }

        public bool Signing { get; set; }

        public bool Sealing { get; set; }

        public void StartTransportLayerSecurity(DirectoryControlCollection? controls)
        {
        }

        public void StopTransportLayerSecurity()
        {
        }
    }

    public abstract class DirectoryRequest;

    public abstract class DirectoryResponse;

    public class SearchRequest : DirectoryRequest
    {
        public SearchRequest(string distinguishedName, string ldapFilter, SearchScope searchScope, params string[] attributeList)
        {
            DistinguishedName = distinguishedName;
            Filter = ldapFilter;
            Scope = searchScope;
            Attributes = attributeList;
        }

        public string DistinguishedName { get; set; }

        public string Filter { get; set; }

        public SearchScope Scope { get; set; }

        public string[] Attributes { get; }

        public int SizeLimit { get; set; }
    }

    public sealed class DirectoryAttribute(string name, params object[] values)
    {
        public string Name { get; } = name;

        public int Count => values.Length;

        public object this[int index] => values[index];
    }

    public sealed class SearchResultAttributeCollection
    {
        private readonly Dictionary<string, DirectoryAttribute> _attributes = new(StringComparer.OrdinalIgnoreCase);

        public DirectoryAttribute this[string attributeName] => _attributes[attributeName];

        public bool Contains(string attributeName) => _attributes.ContainsKey(attributeName);
    }

    public sealed class SearchResultEntry
    {
        public string DistinguishedName { get; init; } = string.Empty;

        public SearchResultAttributeCollection Attributes { get; } = new();
    }

    public sealed class SearchResultEntryCollection : ReadOnlyCollectionBase
    {
        public SearchResultEntry this[int index] => (SearchResultEntry)InnerList[index]!;
    }

    public class SearchResponse : DirectoryResponse
    {
        public SearchResultEntryCollection Entries { get; } = new();
    }

    public class DirectoryOperationException(string message) : Exception(message);

    public class LdapException(int errorCode, string message) : Exception(message)
    {
        public int ErrorCode { get; } = errorCode;

        public string? ServerErrorMessage { get; init; }
    }

    public class LdapConnection : IDisposable
    {
        public LdapConnection(string server)
            : this(new LdapDirectoryIdentifier(server))
        {
        }

        public LdapConnection(LdapDirectoryIdentifier identifier)
            : this(identifier, null, AuthType.Negotiate)
        {
        }

        public LdapConnection(LdapDirectoryIdentifier identifier, NetworkCredential? credential)
            : this(identifier, credential, AuthType.Negotiate)
        {
        }

        public LdapConnection(LdapDirectoryIdentifier identifier, NetworkCredential? credential, AuthType authType)
        {
            Directory = identifier;
            BindCredential = credential;
            AuthType = authType;
        }

        public DirectoryIdentifier Directory { get; }

        public NetworkCredential? Credential
        {
            set => BindCredential = value;
        }

        public AuthType AuthType { get; set; }

        public LdapSessionOptions SessionOptions { get; } = new();

        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

        internal NetworkCredential? BindCredential { get; private set; }

        public void Bind()
        {
        }

        public void Bind(NetworkCredential newCredential) => BindCredential = newCredential;

        public DirectoryResponse SendRequest(DirectoryRequest request) => new SearchResponse();

        public void Dispose() => GC.SuppressFinalize(this);
    }
}

#endregion

#region Novell.Directory.Ldap (Novell.Directory.Ldap.NETStandard 3.x)

namespace Novell.Directory.Ldap
{
    public class LdapException(string message, int resultCode) : Exception(message)
    {
        public const int InvalidCredentials = 49;

        public int ResultCode { get; } = resultCode;
    }

    public sealed class LdapAttribute(string name, string stringValue)
    {
        public string Name { get; } = name;

        public string StringValue { get; } = stringValue;
    }

    public sealed class LdapEntry(string dn)
    {
        private readonly Dictionary<string, LdapAttribute> _attributes = new(StringComparer.OrdinalIgnoreCase);

        public string Dn { get; } = dn;

        public LdapAttribute? GetAttribute(string attrName) => _attributes.GetValueOrDefault(attrName);
    }

    public interface ILdapSearchResults
    {
        bool HasMore();

        LdapEntry Next();
    }

    public class LdapConnection : IDisposable
    {
        public const int ScopeBase = 0;

        public const int ScopeOne = 1;

        public const int ScopeSub = 2;

        public const int DefaultPort = 389;

        public const int DefaultSslPort = 636;

        public event RemoteCertificateValidationCallback? UserDefinedServerCertValidationDelegate;

        public bool SecureSocketLayer { get; set; }

        public int ConnectionTimeout { get; set; }

        public bool Connected { get; private set; }

        public bool Bound { get; private set; }

        internal bool ValidatesServerCertificateItself => UserDefinedServerCertValidationDelegate is not null;

        public void Connect(string host, int port) => Connected = host.Length > 0 && port > 0;

        public void StartTls()
        {
        }

        public void Bind(string dn, string passwd) => Bound = Connected && dn.Length > 0 && passwd.Length > 0;

        public ILdapSearchResults Search(string @base, int scope, string filter, string[] attrs, bool typesOnly)
            => throw new NotSupportedException("stand-in");

        public void Disconnect() => Connected = false;

        public void Dispose()
        {
            Disconnect();
            GC.SuppressFinalize(this);
        }
    }
}

#endregion

#region MimeKit and MailKit (4.x)

namespace MimeKit
{
    public abstract class InternetAddress(string? name)
    {
        public string? Name { get; } = name;
    }

    public sealed class MailboxAddress(string? name, string address) : InternetAddress(name)
    {
        public string Address { get; } = address;
    }

    public sealed class InternetAddressList : List<InternetAddress>;

    public abstract class MimeEntity;

    public sealed class TextPart(string subtype) : MimeEntity
    {
        public string Subtype { get; } = subtype;

        public string? Text { get; set; }
    }

    public sealed class MimeMessage
    {
        public InternetAddressList From { get; } = [];

        public InternetAddressList To { get; } = [];

        public string? Subject { get; set; }

        public string? MessageId { get; set; }

        public MimeEntity? Body { get; set; }

        public string? TextBody => (Body as TextPart)?.Text;
    }
}

namespace MailKit.Security
{
    public enum SecureSocketOptions
    {
        None,
        Auto,
        SslOnConnect,
        StartTls,
        StartTlsWhenAvailable,
    }

    public class AuthenticationException(string message) : Exception(message);
}

namespace MailKit
{
    using MailKit.Security;
    using MimeKit;

    public enum FolderAccess
    {
        None,
        ReadOnly,
        ReadWrite,
    }

    public interface IMailFolder
    {
        string FullName { get; }

        int Count { get; }

        Task<FolderAccess> OpenAsync(FolderAccess access, CancellationToken cancellationToken = default);

        Task<MimeMessage> GetMessageAsync(int index, CancellationToken cancellationToken = default);
    }

    public abstract class MailService : IDisposable
    {
        public RemoteCertificateValidationCallback? ServerCertificateValidationCallback { get; set; }

        public bool CheckCertificateRevocation { get; set; } = true;

        public SslProtocols SslProtocols { get; set; } = SslProtocols.Tls12 | SslProtocols.Tls13;

        public int Timeout { get; set; } = 120000;

        public bool IsConnected { get; protected set; }

        public bool IsAuthenticated { get; protected set; }

        public Task ConnectAsync(string host, int port = 0, SecureSocketOptions options = SecureSocketOptions.Auto, CancellationToken cancellationToken = default)
        {
            IsConnected = host.Length > 0 && port >= 0 && options >= SecureSocketOptions.None;
            return Task.CompletedTask;
        }

        public Task ConnectAsync(string host, int port, bool useSsl, CancellationToken cancellationToken = default)
            => ConnectAsync(host, port, useSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);

        public Task AuthenticateAsync(string userName, string password, CancellationToken cancellationToken = default)
        {
            IsAuthenticated = IsConnected && userName.Length > 0 && password.Length > 0;
            return Task.CompletedTask;
        }

        public Task AuthenticateAsync(ICredentials credentials, CancellationToken cancellationToken = default)
        {
            IsAuthenticated = IsConnected;
            return Task.CompletedTask;
        }

        public Task DisconnectAsync(bool quit, CancellationToken cancellationToken = default)
        {
            IsConnected = false;
            return Task.CompletedTask;
        }

        public void Dispose() => GC.SuppressFinalize(this);
    }
}

namespace MailKit.Net.Smtp
{
    using MimeKit;

    public sealed class SmtpClient : MailService
    {
        public Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken = default) => Task.FromResult(string.Empty);
    }
}

namespace MailKit.Net.Imap
{
    public sealed class ImapClient : MailService
    {
        public IMailFolder Inbox => throw new NotSupportedException("stand-in");
    }
}

namespace MailKit.Net.Pop3
{
    using MimeKit;

    public sealed class Pop3Client : MailService
    {
        public int Count => 0;

        public Task<MimeMessage> GetMessageAsync(int index, CancellationToken cancellationToken = default) => throw new NotSupportedException("stand-in");

        public Task DeleteMessageAsync(int index, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

#endregion

#region MQTTnet 4 (the pieces Support/ToolShapesStandIns.cs does not declare)

namespace MQTTnet.Client
{
    // MQTTnet 4 still has WithTls(MqttClientOptionsBuilderTlsParameters) (obsolete in favour of WithTlsOptions in 4.3).
    public sealed class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }

        public bool AllowUntrustedCertificates { get; set; }

        public bool IgnoreCertificateChainErrors { get; set; }

        public bool IgnoreCertificateRevocationErrors { get; set; }

        public SslProtocols SslProtocol { get; set; } = SslProtocols.None;

        public Func<MqttClientCertificateValidationEventArgs, bool>? CertificateValidationHandler { get; set; }
    }

    // Instance methods of MqttClientOptionsBuilder in MQTTnet; extensions of Support/ToolShapesStandIns.cs's builder here,
    // which reads the same at the call site.
    public static class MqttClientOptionsBuilderTlsParametersExtensions
    {
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters)
            => builder.WithTlsOptions(new MqttClientTlsOptions
            {
                UseTls = parameters.UseTls,
                AllowUntrustedCertificates = parameters.AllowUntrustedCertificates,
                IgnoreCertificateChainErrors = parameters.IgnoreCertificateChainErrors,
                IgnoreCertificateRevocationErrors = parameters.IgnoreCertificateRevocationErrors,
                SslProtocol = parameters.SslProtocol,
                CertificateValidationHandler = parameters.CertificateValidationHandler,
            });

        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;

        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
    }

    public static class MqttClientExtensions
    {
        public static Task PublishStringAsync(this IMqttClient mqttClient, string topic, string? payload = null, CancellationToken cancellationToken = default)
            => mqttClient.IsConnected ? Task.CompletedTask : Task.FromException(new InvalidOperationException("not connected"));
    }
}

#endregion

#region ASP.NET Core SignalR client (Microsoft.AspNetCore.SignalR.Client 9.x)

namespace Microsoft.AspNetCore.Http.Connections
{
    [Flags]
    public enum HttpTransportType
    {
        None = 0,
        WebSockets = 1,
        ServerSentEvents = 2,
        LongPolling = 4,
    }
}

namespace Microsoft.AspNetCore.Http.Connections.Client
{
    public class HttpConnectionOptions
    {
        public Uri? Url { get; set; }

        public HttpTransportType Transports { get; set; } = HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling;

        public bool SkipNegotiation { get; set; }

        public Func<Task<string?>>? AccessTokenProvider { get; set; }

        public Func<HttpMessageHandler, HttpMessageHandler>? HttpMessageHandlerFactory { get; set; }

        public Action<ClientWebSocketOptions>? WebSocketConfiguration { get; set; }

        public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
    }
}

namespace Microsoft.AspNetCore.SignalR.Client
{
    using Microsoft.AspNetCore.Http.Connections.Client;

    public enum HubConnectionState
    {
        Disconnected,
        Connected,
        Connecting,
        Reconnecting,
    }

    public interface IHubConnectionBuilder
    {
        HubConnection Build();
    }

    public sealed class HubConnectionBuilder : IHubConnectionBuilder
    {
        internal HttpConnectionOptions ConnectionOptions { get; } = new();

        public HubConnection Build() => new(ConnectionOptions);
    }

    public static class HubConnectionBuilderHttpExtensions
    {
        public static IHubConnectionBuilder WithUrl(this IHubConnectionBuilder hubConnectionBuilder, string url)
            => WithUrl(hubConnectionBuilder, new Uri(url, UriKind.RelativeOrAbsolute), static _ => { });

        public static IHubConnectionBuilder WithUrl(this IHubConnectionBuilder hubConnectionBuilder, string url, Action<HttpConnectionOptions> configureHttpConnection)
            => WithUrl(hubConnectionBuilder, new Uri(url, UriKind.RelativeOrAbsolute), configureHttpConnection);

        public static IHubConnectionBuilder WithUrl(this IHubConnectionBuilder hubConnectionBuilder, Uri url, Action<HttpConnectionOptions> configureHttpConnection)
        {
            if (hubConnectionBuilder is HubConnectionBuilder builder)
            {
                builder.ConnectionOptions.Url = url;
                configureHttpConnection(builder.ConnectionOptions);
            }

            return hubConnectionBuilder;
        }
    }

    public static class HubConnectionBuilderExtensions
    {
        public static IHubConnectionBuilder WithAutomaticReconnect(this IHubConnectionBuilder hubConnectionBuilder) => hubConnectionBuilder;
    }

    public sealed class HubConnection : IAsyncDisposable
    {
        internal HubConnection(HttpConnectionOptions options) => Options = options;

        public event Func<Exception?, Task>? Closed;

        public HubConnectionState State { get; private set; }

        internal HttpConnectionOptions Options { get; }

        public Task StartAsync(CancellationToken cancellationToken = default)
        {
            State = HubConnectionState.Connected;
            return Task.CompletedTask;
        }

        public Task InvokeAsync(string methodName, object? arg1, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public IDisposable On<T1>(string methodName, Func<T1, Task> handler) => new Subscription();

        public async ValueTask DisposeAsync()
        {
            State = HubConnectionState.Disconnected;
            if (Closed is { } closed)
            {
                await closed(null);
            }
        }

        private sealed class Subscription : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}

#endregion
