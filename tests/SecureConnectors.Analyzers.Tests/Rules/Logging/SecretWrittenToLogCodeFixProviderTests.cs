using System.Threading.Tasks;
using Xunit;
using Verifier = SecureConnectors.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    SecureConnectors.Analyzers.Rules.Logging.SecretWrittenToLogAnalyzer,
    SecureConnectors.CodeFixes.Rules.Logging.SecretWrittenToLogCodeFixProvider>;

namespace SecureConnectors.Analyzers.Tests.Rules.Logging;

public sealed class SecretWrittenToLogCodeFixProviderTests
{
    private static Task VerifyFixAsync(string members, string fixedMembers)
    {
        var test = new Verifier.Test { TestCode = LoggingSnippets.InLogger(members), FixedCode = LoggingSnippets.InLogger(fixedMembers) };
        test.TestState.AdditionalReferences.Add(LoggingSnippets.Logging);
        test.FixedState.AdditionalReferences.Add(LoggingSnippets.Logging);
        test.BatchFixedState.AdditionalReferences.Add(LoggingSnippets.Logging);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("void M(string password) => logger.LogWarning($\"Login with {[|password|]} failed\");", "void M(string password) => logger.LogWarning($\"Login with {nameof(password)} failed\");")]
    [InlineData("void M(SecretString secret) => logger.LogInformation(\"Using {Secret}\", [|secret.Reveal()|]);", "void M(SecretString secret) => logger.LogInformation(\"Using {Secret}\", nameof(secret));")]
    [InlineData("void M(DirectoryEntry entry) => Console.WriteLine([|entry.WorkEmail|]);", "void M(DirectoryEntry entry) => Console.WriteLine(nameof(entry.WorkEmail));")]
    [InlineData("void M(Func<SecretString> get) => Console.WriteLine(\"k \" + [|get().Reveal()|]);", "void M(Func<SecretString> get) => Console.WriteLine(\"k \" + \"[redacted]\");")]
    [InlineData("void M(Repository repository) => Console.WriteLine([|repository.Owner?.Login|]);", "void M(Repository repository) => Console.WriteLine(nameof(repository.Owner.Login));")]
    [InlineData("void M(Repository repository) => Console.WriteLine([|repository.Owner!.Login|]);", "void M(Repository repository) => Console.WriteLine(nameof(repository.Owner.Login));")]
    [InlineData("void M(Repository? repository) => Console.WriteLine([|repository?.Owner?.Login|]);", "void M(Repository? repository) => Console.WriteLine(nameof(repository.Owner.Login));")]
    // the serialized text of an object holding a secret is redacted as a whole
    [InlineData("void M(string apiToken) => logger.LogDebug(\"Body {Body}\", [|System.Text.Json.JsonSerializer.Serialize(new { Token = apiToken })|]);", "void M(string apiToken) => logger.LogDebug(\"Body {Body}\", \"[redacted]\");")]
    public Task Logs_the_name_instead_of_the_value(string members, string fixedMembers) =>
        VerifyFixAsync(members, fixedMembers);

    [Fact]
    public Task No_fix_where_a_string_does_not_fit() =>
        VerifyFixAsync(
            "void M(string apiToken) => Console.WriteLine([|apiToken|].Substring(0, 4));",
            "void M(string apiToken) => Console.WriteLine([|apiToken|].Substring(0, 4));");

    [Fact]
    public Task Fix_all_replaces_every_value() =>
        VerifyFixAsync(
            "void M(string password, DirectoryEntry entry) { logger.LogInformation(\"{A} {B}\", [|password|], [|entry.WorkEmail|]); throw new InvalidOperationException(\"for \" + [|options.ApiKey|]); }",
            "void M(string password, DirectoryEntry entry) { logger.LogInformation(\"{A} {B}\", nameof(password), nameof(entry.WorkEmail)); throw new InvalidOperationException(\"for \" + nameof(options.ApiKey)); }");
}
