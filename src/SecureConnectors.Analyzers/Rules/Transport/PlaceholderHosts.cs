using System.Collections.Immutable;

namespace SecureConnectors.Analyzers.Rules.Transport;

/// <summary>
/// Hosts named with placeholder words: a label of the host (the top-level domain aside) that is, or is made of
/// words of which one is, a metasyntactic or stand-in word (foo, bar, baz, fake, dummy, mock, stub, bogus,
/// placeholder, nonexistent, unknown, invalid, something, or "some"/"my"/"your" + host/server/domain/company/tenant/tracker/proxy/...,
/// glued or hyphenated, or "your" and any word after it). Test data and documentation
/// name hosts so to say "any server goes here"; no connector's real endpoint is named so.
/// </summary>
internal static class PlaceholderHosts
{
    private static readonly ImmutableHashSet<string> PlaceholderWords = ImmutableHashSet.Create(
        "foo", "bar", "baz", "qux", "quux", "foobar", "fake", "dummy", "mock", "mocked", "stub", "bogus", "placeholder",
        "nonexistent", "nonexisting", "doesnotexist", "notexist", "notreal", "unreachable", "unknown", "invalid",
        "something", "somewhere", "anything", "whatever");

    private static readonly ImmutableHashSet<string> StandInOwners = ImmutableHashSet.Create("some", "my", "your");

    // What a stand-in host plays in a test: a server, or a server of a role (mytracker.com, myregistry, someproxy).
    private static readonly ImmutableHashSet<string> StandInThings = ImmutableHashSet.Create(
        "host", "hostname", "server", "domain", "site", "company", "org", "service", "api", "url", "endpoint", "website",
        "tracker", "proxy", "feed", "broker", "gateway", "registry", "mirror", "relay", "bucket", "cluster", "backend",
        "webhook", "callback");

    // Things an owner word stands in front of as a word of its own ("my-tenant", "some_instance"); glued, these read as
    // real names too often (myaccount.google.com, mystore).
    private static readonly ImmutableHashSet<string> SeparateStandInThings = StandInThings.Union(new[]
    {
        "subdomain", "organization", "tenant", "instance", "account", "app", "shop", "store", "workspace",
    });

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    // Also the fictitious companies of Microsoft's documentation and samples (Contoso, Fabrikam, Northwind Traders, ...),
    // which its SDKs' tests and many others fill entities with: the domains answer nothing.
    private static readonly ImmutableHashSet<string> FictitiousCompanies = ImmutableHashSet.Create(
        "contoso", "fabrikam", "northwindtraders", "adventure-works", "adventureworks", "wingtiptoys", "tailspintoys",
        "woodgrovebank", "litwareinc", "proseware", "fourthcoffee", "wideworldimporters", "adatum", "treyresearch",
        "alpineskihouse", "margiestravel", "lucernepublishing", "cohowinery", "blueyonderairlines");

    private static readonly ImmutableHashSet<string> TestDataWords = ImmutableHashSet.Create(
        "test", "tests", "testing", "sample", "samples", "demo");

    private static readonly ImmutableHashSet<string> TestDataNames = TestDataWords.Union(FictitiousCompanies);

    /// <summary>
    /// A domain whose own name, the label just before the top-level domain, says test data, numbered or not, whole or as
    /// one of its dash-separated words: <c>test.com</c>, <c>test2.com</c>, <c>cdn.sample.org</c>, <c>demo.net</c>,
    /// <c>fleck-test.com</c>, or names one of the fictitious companies
    /// of Microsoft's documentation (<c>api.contoso.com</c>, <c>fabrikam.com</c>, also as a tenant label of a provider's domain:
    /// <c>contoso.visualstudio.com</c>), or is a single letter (<c>a.com</c>). Asked in test code only, where such hosts
    /// fill in entities' URLs; a provider's test environment is a label under the provider's own name
    /// (<c>test.salesforce.com</c>) and stays.
    /// </summary>
    public static bool IsTestDataDomain(string host)
    {
        var labels = host.TrimEnd('.').Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        // a.com, b.org, x2.net: one letter, the first names a test gives a second and a third host (a.com to d.com).
        var name = labels[labels.Length - 2].ToLowerInvariant().TrimEnd(Digits);
        if (TestDataNames.Contains(name) || (name.Length == 1 && name[0] is >= 'a' and <= 'z'))
        {
            return true;
        }

        // fleck-test.com, acme-demo.io: a dash-separated word of the domain's own name says test data. Not a fictitious
        // company's name joined to another word (fabrikam-hr.net): written so, it stands for a partner's real domain.
        if (name.IndexOf('-') > 0)
        {
            foreach (var part in name.Split('-'))
            {
                if (TestDataWords.Contains(part.TrimEnd(Digits)))
                {
                    return true;
                }
            }
        }

        // contoso.visualstudio.com, fabrikam.sharepoint.com, contoso.onmicrosoft.com: a fictitious company as the tenant of a
        // provider's domain, as Microsoft's documentation and SDK tests write an organization's address.
        for (var i = 0; i < labels.Length - 2; i++)
        {
            if (FictitiousCompanies.Contains(labels[i].ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsPlaceholder(string host)
    {
        var labels = host.TrimEnd('.').Split('.');
        var named = labels.Length > 1 ? labels.Length - 1 : labels.Length; // the top-level domain says nothing
        for (var i = 0; i < named; i++)
        {
            if (IsPlaceholderLabel(labels[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlaceholderLabel(string label)
    {
        string? previous = null;
        foreach (var part in label.Split('-', '_'))
        {
            var word = part.TrimEnd(Digits);
            if (PlaceholderWords.Contains(word) || IsStandIn(word))
            {
                return true;
            }

            // "some-api", "my_server", "your-domain": the owner and the thing as two words. "your" and any word after
            // it ("your-subdomain", "your_tenant") addresses the reader: a host they are to fill in.
            if (previous is not null && StandInOwners.Contains(previous) && (SeparateStandInThings.Contains(word) || previous == "your"))
            {
                return true;
            }

            previous = word;
        }

        // "fakeapi", "mockserver", "dummyhost": one of the clear stand-in words glued to another word
        foreach (var prefix in new[] { "fake", "dummy", "mock", "placeholder" })
        {
            if (label.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // somehost, myserver, yourdomain, mycompany: an owner word glued to a thing word.
    private static bool IsStandIn(string word)
    {
        foreach (var owner in StandInOwners)
        {
            if (word.Length > owner.Length && word.StartsWith(owner, System.StringComparison.Ordinal) && StandInThings.Contains(word.Substring(owner.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
