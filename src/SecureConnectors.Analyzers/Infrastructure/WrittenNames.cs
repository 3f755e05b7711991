using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SecureConnectors.Analyzers.Infrastructure;

/// <summary>The name a piece of syntax ends with, as written: the syntax-first look of rules that name a type or member.</summary>
internal static class WrittenNames
{
    /// <summary>
    /// <c>SslProtocols</c> for <c>SslProtocols</c>, <c>System.Security.Authentication.SslProtocols</c> and
    /// <c>global::SslProtocols</c>; <c>EnableSsl</c> for <c>smtp.EnableSsl</c>; <c>List</c> for <c>List&lt;T&gt;</c>; empty for anything else.
    /// </summary>
    public static string Rightmost(SyntaxNode node) => node switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText, // Name, and Name<T> as Name
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => "",
    };

    /// <summary>The method a call names as written: <c>Validate</c> for <c>validator.Validate(...)</c>, <c>Validate(...)</c> and <c>Validate&lt;T&gt;(...)</c>.</summary>
    public static string Called(InvocationExpressionSyntax invocation) => Rightmost(invocation.Expression);

    /// <summary>
    /// Whether <paramref name="value"/> is the member <paramref name="member"/> of an enum written as <paramref name="enumName"/>
    /// (<c>X509CertificateValidationMode.None</c>, qualified or not), read from the syntax so that it holds where the enum's
    /// library is not referenced.
    /// </summary>
    public static bool IsEnumMember(ExpressionSyntax value, string enumName, string member) =>
        value is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == member && Rightmost(access.Expression) == enumName;
}
