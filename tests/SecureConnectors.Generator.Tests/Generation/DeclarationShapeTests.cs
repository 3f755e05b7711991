using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using SecureConnectors.Analyzers.Generator.Incrementality;
using Xunit;

namespace SecureConnectors.Generator.Tests.Generation;

/// <summary>What a declaration shape sees (anything a declaration can bind against) and what it leaves out (bodies).</summary>
public sealed class DeclarationShapeTests
{
    private const string Original = """
        using System;

        namespace Acme
        {
            public abstract class Ledger
            {
                public const int Version = 1;

                public abstract int Count { get; }

                public int Total { get { return 1; } }

                public int Doubled => Total * 2;

                public Ledger() { Console.WriteLine("ledger"); }

                public string Describe()
                {
                    return "ledger";
                }
            }
        }
        """;

    [Theory]
    [InlineData("return \"ledger\";", "return \"ledger v2\";")]
    [InlineData("return \"ledger\";", "var half = \"led\"; return half + \"ger\";")]
    [InlineData("get { return 1; }", "get { return 2; }")]
    [InlineData("Total * 2;", "Total * 3;")]
    [InlineData("Console.WriteLine(\"ledger\");", "")]
    [InlineData("public const int Version = 1;", "public const int Version = 1; // the first")]
    [InlineData("    public abstract class Ledger", "    /// <summary>A ledger.</summary>\n    public abstract class Ledger")]
    [InlineData("public string Describe()", "public   string   Describe( )")]
    public void An_edit_inside_a_body_or_of_trivia_keeps_the_shape(string from, string to) =>
        Assert.Equal(Shape(Original), Shape(Original.Replace(from, to)));

    [Theory]
    [InlineData("public const int Version = 1;", "public const int Version = 2;")]
    [InlineData("public string Describe()", "public object Describe()")]
    [InlineData("public string Describe()", "internal string Describe()")]
    [InlineData("public abstract int Count { get; }", "public abstract int Count { get; set; }")]
    [InlineData("public abstract class Ledger", "[Obsolete] public abstract class Ledger")]
    [InlineData("using System;", "using System;\nusing System.Text;")]
    [InlineData("public int Doubled => Total * 2;", "public int Doubled => Total * 2;\n        public int Halved => Total / 2;")]
    [InlineData("return \"ledger\";", "#nullable disable\n            return \"ledger\";\n#nullable restore")]
    [InlineData("public abstract int Count { get; }", "public abstract int Count { get; }\n#nullable disable")]
    public void A_change_to_what_declarations_bind_against_changes_the_shape(string from, string to) =>
        Assert.NotEqual(Shape(Original), Shape(Original.Replace(from, to)));

    [Fact]
    public void The_file_path_is_part_of_the_shape_because_file_local_types_depend_on_it() =>
        Assert.NotEqual(Shape(Original, "A.cs"), Shape(Original, "B.cs"));

    [Fact]
    public void A_deeply_nested_initializer_is_read_without_overflowing_the_stack()
    {
        var deep = "class Deep { const int Sum = " + string.Join(" + ", Enumerable.Repeat("1", 50_000)) + "; }";
        Assert.NotEqual(Shape(deep), Shape(deep.Replace("Sum", "Total")));
    }

    private static ulong Shape(string text, string path = "Ledger.cs") =>
        DeclarationShape.Of(CSharpSyntaxTree.ParseText(text, Infrastructure.GeneratorHarness.ParseOptions, path), default);

}
