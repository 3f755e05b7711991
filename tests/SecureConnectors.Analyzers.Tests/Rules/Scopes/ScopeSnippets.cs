namespace SecureConnectors.Analyzers.Tests.Rules.Scopes;

/// <summary>A resource with fields under several scopes, and projections of it, for the scope rule tests.</summary>
internal static class ScopeSnippets
{
    public const string Declarations = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using SecureConnectors;

        [Resource("employees")]
        public class Employee
        {
            [Field("id")] public string Id { get; set; } = "";
            [Field("name", Scope = "employees:read")] public string Name { get; set; } = "";
            [Field("ssn", Scope = "employees.ssn:read", Classification = DataClass.Restricted)] public string Ssn { get; set; } = "";
            [Field("salary", Scope = "compensation:read", Classification = DataClass.Restricted)] public decimal Salary { get; set; }
        }

        [Projection(typeof(Employee))]
        public partial record Entry(string Id, string Name);

        [Projection(typeof(Employee))]
        public partial record Sensitive(string Id, string Name, string Ssn);

        public class NewNote { public string Text { get; set; } = ""; }

        """;

    public static string With(string connector) => Declarations + connector;
}
