// Minimal stand-ins for IntegrationShapes/, under the libraries' real namespaces and type names, so that its files read
// like real integration code without any package the corpus project does not reference: Moq's Setup/Verify/It and
// Moq.AutoMock's AutoMocker (Support/HttpTestStandIns.cs has Mock<T>, Times and ReturnsAsync), xUnit's ITestOutputHelper
// and Record, NUnit's SetUp and Explicit (Support/RealShapesStandIns.cs has the rest of NUnit), .NET MAUI's app builder,
// DeviceInfo and SecureStorage, Sentry's MAUI options, and .NET for Android's AndroidMessageHandler. Only the members
// IntegrationShapes calls exist; nothing here is ever run. No URL, key or password literal. No labels: every line here
// is a negative.

using System.Linq.Expressions;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Moq.Language.Flow;

#region Moq (Setup, Verify, It) and Moq.AutoMock

namespace Moq
{
    public static class It
    {
        public static TValue IsAny<TValue>() => default!;

        public static TValue Is<TValue>(Expression<Func<TValue, bool>> match) => default!;
    }

    // Moq declares Setup and Verify on Mock<T>; here they are extensions of Support/HttpTestStandIns.cs's Mock<T>, which
    // reads the same at the call site.
    public static class MockSetupExtensions
    {
        public static ISetup<TMock, TResult> Setup<TMock, TResult>(this Mock<TMock> mock, Expression<Func<TMock, TResult>> expression)
            where TMock : class
            => throw new NotSupportedException("stand-in");

        public static void Verify<TMock, TResult>(this Mock<TMock> mock, Expression<Func<TMock, TResult>> expression, Times times)
            where TMock : class
        {
        }
    }
}

namespace Moq.AutoMock
{
    public class AutoMocker
    {
        private readonly Dictionary<Type, object> _mocks = [];

        public Mock<T> GetMock<T>()
            where T : class
        {
            if (!_mocks.TryGetValue(typeof(T), out var mock))
            {
                mock = new Mock<T>();
                _mocks[typeof(T)] = mock;
            }

            return (Mock<T>)mock;
        }

        public T CreateInstance<T>()
            where T : class
            => throw new NotSupportedException("stand-in");
    }
}

#endregion

#region xUnit (ITestOutputHelper, Record)

namespace Xunit.Abstractions
{
    public interface ITestOutputHelper
    {
        void WriteLine(string message);
    }
}

namespace Xunit
{
    public static class Record
    {
        public static Exception? Exception(Action testCode)
        {
            try
            {
                testCode();
                return null;
            }
            catch (Exception exception)
            {
                return exception;
            }
        }
    }
}

#endregion

#region NUnit (SetUp, Explicit)

namespace NUnit.Framework
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class SetUpAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class ExplicitAttribute(string? reason = null) : Attribute
    {
        public string? Reason { get; } = reason;
    }
}

#endregion

#region .NET MAUI

namespace Microsoft.Maui.Controls
{
    public class Application;
}

namespace Microsoft.Maui.Hosting
{
    public sealed class MauiApp
    {
        public static MauiAppBuilder CreateBuilder() => new();
    }

    public sealed class MauiAppBuilder
    {
        public IServiceCollection Services { get; } = new StandInServiceCollection();

        public MauiAppBuilder UseMauiApp<TApp>()
            where TApp : class
            => this;

        public MauiApp Build() => new();

        private sealed class StandInServiceCollection : List<ServiceDescriptor>, IServiceCollection;
    }

    // Sentry.Maui puts its builder extension in this namespace.
    public static class SentryMauiAppBuilderExtensions
    {
        public static MauiAppBuilder UseSentry(this MauiAppBuilder builder, Action<Sentry.Maui.SentryMauiOptions> configureOptions)
        {
            configureOptions(new Sentry.Maui.SentryMauiOptions());
            return builder;
        }
    }
}

namespace Sentry.Maui
{
    public sealed class SentryMauiOptions
    {
        public string? Dsn { get; set; }

        public bool Debug { get; set; }
    }
}

namespace Microsoft.Maui.Devices
{
    public readonly record struct DevicePlatform(string Name)
    {
        public static DevicePlatform Android { get; } = new(nameof(Android));

        public static DevicePlatform iOS { get; } = new(nameof(iOS));

        public static DevicePlatform WinUI { get; } = new(nameof(WinUI));
    }

    public static class DeviceInfo
    {
        public static DevicePlatform Platform { get; } = DevicePlatform.WinUI;
    }
}

namespace Microsoft.Maui.Storage
{
    public interface ISecureStorage
    {
        Task<string?> GetAsync(string key);

        Task SetAsync(string key, string value);
    }

    public static class SecureStorage
    {
        public static ISecureStorage Default => throw new NotSupportedException("stand-in");
    }
}

namespace Xamarin.Android.Net
{
    public class AndroidMessageHandler : HttpMessageHandler
    {
        public Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool>? ServerCertificateCustomValidationCallback { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new NotSupportedException("stand-in");
    }
}

#endregion
