using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SecureConnectors.Generator.Tests.Connectors.Requests;
using SecureConnectors.Generator.Tests.Infrastructure;
using Xunit;

namespace SecureConnectors.Generator.Tests.Runtime;

/// <summary>Stripe's form bodies as its API reference documents them, checked as the server received them.</summary>
public sealed class FormBodyTests
{
    [Fact]
    public async Task A_customer_is_created_with_nested_keys_in_brackets()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Stripe(server).CreateCustomerAsync(new CustomerCreate
        {
            Name = "Jenny Rosen",
            Email = "jenny.rosen@example.com",
            Address = new Address("510 Townsend St", "San Francisco", "94103", null),
            Metadata = new Dictionary<string, string> { ["order_id"] = "6735", ["Team Name"] = "a&b=c" },
            PreferredLocales = new[] { "en", "fr" },
            Balance = -1250,
            TaxExempt = TaxExempt.Reverse,
        });

        var request = RequestClients.Single(server);
        Assert.Equal(("POST", "/v1/customers"), (request.Method, request.PathAndQuery));
        Assert.Equal("application/x-www-form-urlencoded; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(
            "name=Jenny%20Rosen&email=jenny.rosen%40example.com"
            + "&address[line1]=510%20Townsend%20St&address[city]=San%20Francisco&address[postal_code]=94103"
            + "&metadata[order_id]=6735&metadata[Team%20Name]=a%26b%3Dc"
            + "&preferred_locales[0]=en&preferred_locales[1]=fr&balance=-1250&tax_exempt=reverse",
            request.Body);
    }

    [Fact]
    public async Task A_dictionary_key_cannot_open_a_nested_key_of_its_own()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Stripe(server).CreateCustomerAsync(new CustomerCreate
        {
            Metadata = new Dictionary<string, string> { ["a][b"] = "x", ["PascalKey"] = "kept as written" },
        });

        var body = RequestClients.Single(server).Body;
        Assert.Equal("metadata[a%5D%5Bb]=x&metadata[PascalKey]=kept%20as%20written", body);
    }

    [Fact]
    public async Task A_payment_intent_sends_amount_currency_and_indexed_method_types()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Stripe(server).CreatePaymentIntentAsync(new PaymentIntentCreate
        {
            Amount = 2000,
            Currency = "usd",
            PaymentMethodTypes = new[] { "card" },
            Confirm = false,
            DescriptorSuffix = "ORDER 42",
        });

        var request = RequestClients.Single(server);
        Assert.Equal("/v1/payment_intents", request.PathAndQuery);
        Assert.Equal(
            new[] { "amount=2000", "currency=usd", "payment_method_types[0]=card", "confirm=false", "statement_descriptor_suffix=ORDER 42" },
            RequestClients.Pairs(request.Body));
    }

    [Fact]
    public async Task A_list_of_objects_is_written_as_indexed_nested_keys()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Stripe(server).CreateCheckoutSessionAsync(new CheckoutSessionCreate
        {
            Mode = "payment",
            LineItems = new[] { new LineItem("price_1MotwRLkdIwHu7ixYcPLm5uZ", 2), new LineItem("price_2", 1) },
            SuccessUrl = new Uri("https://example.com/success?session={CHECKOUT_SESSION_ID}"),
        });

        Assert.Equal(
            new[]
            {
                "mode=payment",
                "line_items[0][price]=price_1MotwRLkdIwHu7ixYcPLm5uZ", "line_items[0][quantity]=2",
                "line_items[1][price]=price_2", "line_items[1][quantity]=1",
                "success_url=https://example.com/success?session={CHECKOUT_SESSION_ID}",
            },
            RequestClients.Pairs(RequestClients.Single(server).Body));
    }

    [Fact]
    public async Task A_partial_update_sends_only_what_it_sets()
    {
        await using var server = await LocalProvider.StartAsync();

        await RequestClients.Stripe(server).UpdateCustomerAsync("cus_NffrFeUfNV2Hib", new CustomerCreate { Email = "new@example.com" });

        var request = RequestClients.Single(server);
        Assert.Equal("/v1/customers/cus_NffrFeUfNV2Hib", request.PathAndQuery);
        Assert.Equal("email=new%40example.com", request.Body);
    }

    [Fact]
    public async Task Form_values_do_not_depend_on_the_current_culture()
    {
        await using var server = await LocalProvider.StartAsync();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
        try
        {
            await RequestClients.Stripe(server).CreateCustomerAsync(new CustomerCreate { Balance = -1234567 });
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal("balance=-1234567", RequestClients.Single(server).Body);
    }
}
