using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SecureConnectors.Analyzers.Rules.ConfigFiles;
using SecureConnectors.Analyzers.Tests.Infrastructure;
using Xunit;
using static SecureConnectors.Analyzers.Tests.Rules.ConfigFiles.ConfigFileVerifier;

namespace SecureConnectors.Analyzers.Tests.Rules.ConfigFiles;

/// <summary>
/// The JSON and XML readers: paths and spans as the configuration system sees them, and malformed or truncated
/// files (a file being typed) read without an exception and with nothing past the point where they break.
/// </summary>
public sealed class ConfigReaderTests
{
    private static readonly string Secret = Fake.Chars(32, Fake.Alnum, seed: 11);

    private static readonly string Json = $$"""
        // comment with "quotes" and { braces
        {
          "Logging": { "LogLevel": { "Default": "Information" } },
          /* block
             comment */
          "Payroll": {
            "Retries": 3, "Enabled": true, "Ratio": -1.5e3, "Nothing": null,
            "ClientSecret": "{{Secret}}",
            "Hosts": [ "a.example", [ "b\"\\\/\u0041" ], { "Token": "{{Secret}}" }, ],
          },
          "Smtp:Password": "{{Secret}}",
        }
        """;

    private static readonly string Xml = $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <!-- settings -->
        <configuration>
          <connectionStrings>
            <add name="Payroll" connectionString="Server=sql.example;Password={{Secret}}" />
          </connectionStrings>
          <appSettings>
            <add key="ApiKey" value='{{Secret}}' />
          </appSettings>
          <payroll>
            <password>  {{Secret}}  </password>
            <token><![CDATA[{{Secret}}]]></token>
          </payroll>
        </configuration>
        """;

    [Fact]
    public void Json_values_have_configuration_paths_and_exact_spans()
    {
        var values = JsonConfigReader.Read(Json);
        Assert.Equal(
            new[] { "Logging:LogLevel:Default", "Payroll:ClientSecret", "Payroll:Hosts:0", "Payroll:Hosts:1:0", "Payroll:Hosts:2:Token", "Smtp:Password" },
            values.Select(v => string.Join(":", v.Path)));
        Assert.Equal("b\"\\/A", values[3].Value);
        Assert.Equal("b\\\"\\\\\\/\\u0041", Json.Substring(values[3].Span.Start, values[3].Span.Length));
        Assert.All(values.Where(v => v.Value == Secret), v => Assert.Equal(Secret, Json.Substring(v.Span.Start, v.Span.Length)));
    }

    [Fact]
    public void Xml_values_have_configuration_paths_and_exact_spans()
    {
        var values = XmlConfigReader.Read(Xml);
        var secrets = values.Where(v => v.Value.Contains(Secret)).ToList();
        Assert.Equal(
            new[] { "connectionStrings:Payroll", "appSettings:ApiKey", "payroll:password", "payroll:token" },
            secrets.Select(v => string.Join(":", v.Path)));
        Assert.All(secrets.Skip(1), v => Assert.Equal(Secret, Xml.Substring(v.Span.Start, v.Span.Length)));
        Assert.Equal("Server=sql.example;Password=" + Secret, Xml.Substring(secrets[0].Span.Start, secrets[0].Span.Length));
    }

    [Fact]
    public void Xml_line_breaks_of_every_kind_keep_spans_exact()
    {
        var text = Xml.Replace("\r\n", "\n").Replace("\n", "\r\n").Replace("<payroll>\r\n", "<payroll>\r");
        var values = XmlConfigReader.Read(text);
        Assert.Equal(4, values.Count(v => v.Value.Contains(Secret)));
        Assert.All(values.Where(v => v.Value == Secret), v => Assert.Equal(Secret, text.Substring(v.Span.Start, v.Span.Length)));
    }

    public static TheoryData<string, string> Files() => new() { { "json", Json }, { "xml", Xml } };

    // Every prefix of a file is what an editor holds while the file is typed: no exception, and no value that
    // the whole file does not have at the same place.
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_prefix_reads_without_exception_and_only_values_before_the_break(string kind, string text)
    {
        var whole = Read(kind, text).Select(Key).ToHashSet();
        for (var length = 0; length <= text.Length; length++)
        {
            var prefix = Read(kind, text.Substring(0, length));
            Assert.All(prefix, v => Assert.Contains(Key(v), whole));
        }
    }

    [Theory]
    [InlineData("{ \"a\": \"x\" \"b\": \"y\" }", 1)]          // missing comma: the value after it is not read
    [InlineData("{ \"a\": \"x\", \"b\": tru, \"c\": \"z\" }", 1)]
    [InlineData("{ \"a\": \"x\", \"b\": \"bad \\q escape\", \"c\": \"z\" }", 1)]
    [InlineData("{ \"a\": \"x\", \"b\": \"\\u12\" }", 1)]
    [InlineData("{ \"a\": \"x\", /* unterminated", 1)]
    [InlineData("{ \"a\": \"line\nbreak\", \"c\": \"z\" }", 0)]
    [InlineData("\uFEFF[ \"x\", \"y\" ]", 2)]
    [InlineData("", 0)]
    [InlineData("}}}]]]", 0)]
    public void Malformed_json_stops_at_the_error(string text, int valuesBefore)
    {
        Assert.Equal(valuesBefore, JsonConfigReader.Read(text).Count);
    }

    [Fact]
    public void Deep_nesting_stops_instead_of_overflowing()
    {
        var text = new string('[', 100_000) + "\"x\"" + new string(']', 100_000);
        Assert.Empty(JsonConfigReader.Read(text));
    }

    [Theory]
    [InlineData("<configuration><appSettings><add key=\"a\" value=\"x\"/></appSettings><broken</configuration>", 2)]
    [InlineData("<!DOCTYPE c [ <!ENTITY e \"x\"> ]><c a=\"&e;\"/>", 0)]
    [InlineData("<c a=\"x\" a=\"y\"/>", 0)]
    [InlineData("<c><d>text</c>", 1)]                   // the text is read before the mismatched end tag
    [InlineData("not xml at all", 0)]
    [InlineData("", 0)]
    public void Malformed_xml_stops_at_the_error_and_never_resolves_a_dtd(string text, int valuesBefore)
    {
        Assert.Equal(valuesBefore, XmlConfigReader.Read(text).Count);
    }

    [Fact]
    public async Task Malformed_files_report_values_before_the_error_only()
    {
        await VerifyAsync("/app/appsettings.json", $$"""
            {
              "Payroll": { "ClientSecret": "[|{{Secret}}|]" }
              "Ledger": { "ClientSecret": "{{Secret}}" }
            }
            """);
        await VerifyAsync("/app/web.config", $$"""
            <configuration>
              <appSettings><add key="ClientSecret" value="[|{{Secret}}|]" /></appSettings>
              <ledger
              <billing clientSecret="{{Secret}}" />
            </configuration>
            """);
    }

    [Fact]
    public async Task Files_over_a_megabyte_are_skipped()
    {
        var padding = new string(' ', SecureConnectors.Analyzers.Rules.ConfigFiles.ConfigFileContents.MaxFileLength);
        await VerifyAsync("/app/appsettings.json", $$"""{ "Payroll": { "ClientSecret": "{{Secret}}" } }""" + padding);
    }

    private static IReadOnlyList<ConfigValue> Read(string kind, string text) =>
        kind == "json" ? JsonConfigReader.Read(text) : XmlConfigReader.Read(text);

    private static (string, string, int, int) Key(ConfigValue value) => (string.Join(":", value.Path), value.Value, value.Span.Start, value.Span.Length);
}
