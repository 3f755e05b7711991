// Stand-ins for RealShapes/: NUnit's constraint model (TestFixture, Test, TestCase, Assert.That, Is.EqualTo) and
// Shouldly's ShouldBe, under the libraries' real namespaces, so that RealShapes/Connectors.Tests reads like real
// NUnit and Shouldly tests. xUnit and FluentAssertions come from Support/HttpTestStandIns.cs. Only the members the
// tests call exist; nothing here is ever run. No labels: every line here is a negative.

#region NUnit

namespace NUnit.Framework
{
    using NUnit.Framework.Constraints;

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TestFixtureAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class TestAttribute : Attribute;

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class TestCaseAttribute(params object?[] arguments) : Attribute
    {
        public object?[] Arguments { get; } = arguments;
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class CategoryAttribute(string name) : Attribute
    {
        public string Name { get; } = name;
    }

    public static class Assert
    {
        public static void That<TActual>(TActual actual, IResolveConstraint expression)
        {
            if (!expression.Resolve().Matches(actual))
            {
                throw new InvalidOperationException("Assert.That failed");
            }
        }
    }

    public static class Is
    {
        public static EqualConstraint EqualTo(object? expected) => new(expected);
    }
}

namespace NUnit.Framework.Constraints
{
    public interface IResolveConstraint
    {
        IConstraint Resolve();
    }

    public interface IConstraint : IResolveConstraint
    {
        bool Matches<TActual>(TActual actual);
    }

    public sealed class EqualConstraint(object? expected) : IConstraint
    {
        public object? Expected { get; } = expected;

        public IConstraint Resolve() => this;

        public bool Matches<TActual>(TActual actual) => Equals(Expected, actual);
    }
}

#endregion

#region Shouldly

namespace Shouldly
{
    public static class ShouldBeTestExtensions
    {
        public static void ShouldBe<T>(this T actual, T expected, string? customMessage = null)
        {
            if (!EqualityComparer<T>.Default.Equals(actual, expected))
            {
                throw new InvalidOperationException(customMessage ?? "ShouldBe failed");
            }
        }
    }

    public static class ShouldBeStringTestExtensions
    {
        public static void ShouldStartWith(this string? actual, string expected, string? customMessage = null)
        {
            if (actual?.StartsWith(expected, StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException(customMessage ?? "ShouldStartWith failed");
            }
        }
    }
}

#endregion
