using Microsoft.CodeAnalysis;

namespace SecureConnectors.Analyzers.Tests.Rules.Logging;

/// <summary>Sources for SC5001 tests: a resource with classified fields, its projection, and a class that logs.</summary>
internal static class LoggingSnippets
{
    /// <summary>Microsoft.Extensions.Logging.Abstractions, which the runtime library already brings to the tests.</summary>
    public static readonly MetadataReference Logging =
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location);

    public static string InLogger(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.Net.Http;
        using Microsoft.Extensions.Logging;
        using SecureConnectors;

        namespace Contoso.Logging;

        [Resource("employees")]
        public sealed class Employee
        {
            [Field("id")] public string Id { get; init; } = "";
            [Field("displayName")] public string DisplayName { get; init; } = "";
            [Field("team", Classification = DataClass.Internal)] public string Team { get; init; } = "";
            [Field("workEmail", Classification = DataClass.Personal)] public string WorkEmail { get; init; } = "";
            [Field("ssn", Classification = DataClass.Restricted)] public string Ssn { get; init; } = "";
        }

        [Resource("repositories")]
        public sealed class Repository
        {
            [Field("name")] public string Name { get; init; } = "";
            [Field("owner", Classification = DataClass.Personal)] public Account? Owner { get; init; }
            [Field("collaborators", Classification = DataClass.Personal)] public List<Account> Collaborators { get; init; } = new();
            [Field("topics")] public Topic[] Topics { get; init; } = [];
            [Field("emails", Classification = DataClass.Personal)] public List<string> Emails { get; init; } = new();
        }

        public sealed class Account
        {
            [Field("login")] public string Login { get; init; } = "";
            [Field("type", Classification = DataClass.Public)] public string Type { get; init; } = "";
        }

        public sealed class Topic
        {
            [Field("name")] public string Name { get; init; } = "";
        }

        [Projection(typeof(Employee))]
        public sealed partial record DirectoryEntry(string Id, string DisplayName, string Team, string WorkEmail);

        [Projection(typeof(Employee))]
        public sealed partial record TeamEntry(string Id, string Team);

        [Projection(typeof(Account))]
        public sealed partial record AccountView(string Login, string Type);

        [Projection(typeof(Topic))]
        public sealed partial record TopicView(string Name);

        public sealed class Options
        {
            public string ApiKey { get; set; } = "";
            public string TokenType { get; set; } = "";
            public string PasswordPolicy { get; set; } = "";
        }

        public sealed class AggregateFailure : Exception
        {
            public AggregateFailure(IEnumerable<string> failureMessages) : base(string.Join("; ", failureMessages)) { }
        }

        public sealed class TokenValue
        {
            public string Token { get; set; } = "";
            public string TokenType { get; set; } = "";
        }

        public sealed class OAuthResponse
        {
            public TokenValue AccessToken { get; set; } = new();
            public TokenValue? RefreshToken { get; set; }
            public TokenValue NextPageToken { get; set; } = new();
        }

        public sealed class Probe
        {
            public string Password { get; set; } = "";
        }

        public sealed partial class Worker
        {
            private readonly ILogger logger;
            private readonly Options options = new();

            public Worker(ILogger logger) { this.logger = logger; }

        {{members}}
        }
        """;
}
