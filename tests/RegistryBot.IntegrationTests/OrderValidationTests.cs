using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// Every rule of the order steps, through the cards: a refused step comes back with the problem listed
/// and what was typed still on it, and nothing is stored (the draft's step and values stay as they were).
/// </summary>
public sealed class OrderValidationTests(OrderingBotFixture fixture) : IClassFixture<OrderingBotFixture>
{
    private AuthenticatedBot Bot => fixture.Bot;

    [Theory]
    [InlineData("49")]
    [InlineData("50.5")]
    [InlineData("2001")]
    public async Task Storage_outside_the_rules_is_refused(string storage)
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var card = await chat.FillOrder(until: "storage");
        var stored = Bot.DraftSnapshot(card.DraftId);

        var answer = await chat.Execute("order.next", new() { ["storageGb"] = storage });

        AssertRefused(answer, card, stored, storage);
        Assert.Equal(storage, answer.Input("storageGb").Value);
    }

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    [InlineData("010.0.0.0/8")]
    [InlineData("0x7b.1.1.1")]
    [InlineData("10.1/16")]
    [InlineData("1.2.3.0/024")]
    [InlineData("10.0.0.0/8")]
    [InlineData("100.64.0.1")]
    [InlineData("192.168.1.1")]
    [InlineData("::1")]
    [InlineData("fe80::1/64")]
    [InlineData("not-an-ip")]
    [InlineData("300.1.1.1/32")]
    [InlineData("1.2.3.4/33")]
    public async Task A_trusted_source_that_is_malformed_or_not_public_is_refused_by_name(string entry)
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var card = await chat.FillOrder(until: "trustedSources");
        var stored = Bot.DraftSnapshot(card.DraftId);
        var typed = $"93.184.216.34\n{entry}";

        var answer = await chat.Execute("order.next", new() { ["trustedSources"] = typed });

        AssertRefused(answer, card, stored, $"\"{entry}\"");
        Assert.Equal(typed, answer.Input("trustedSources").Value);
    }

    [Fact]
    public async Task More_trusted_sources_than_allowed_are_refused()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var card = await chat.FillOrder(until: "trustedSources");
        var stored = Bot.DraftSnapshot(card.DraftId);
        var typed = string.Join('\n', Enumerable.Range(1, 21).Select(host => $"93.184.216.{host}"));

        var answer = await chat.Execute("order.next", new() { ["trustedSources"] = typed });

        AssertRefused(answer, card, stored, "at most 20");
        Assert.Equal(typed, answer.Input("trustedSources").Value);
    }

    [Fact]
    public async Task Every_refused_trusted_source_is_listed()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var card = await chat.FillOrder(until: "trustedSources");
        var stored = Bot.DraftSnapshot(card.DraftId);

        var answer = await chat.Execute("order.next", new() { ["trustedSources"] = "10.0.0.1, not-an-ip\n93.184.216.34 ::1" });

        foreach (var entry in new[] { "10.0.0.1", "not-an-ip", "::1" })
        {
            AssertRefused(answer, card, stored, $"\"{entry}\"");
        }

        Assert.DoesNotContain(answer.Errors, error => error.Contains("93.184.216.34", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trusted_sources_are_normalised_and_merged_in_the_draft_the_summary_and_the_order()
    {
        var chat = new Chat(Bot, TestConversation.Personal());

        var summary = await chat.FillOrder(new OrderForm { TrustedSources = "222.222.222.130/28\n1.2.3.4, 1.2.3.4/32 1.2.3.4" });

        string[] normalised = ["222.222.222.128/28", "1.2.3.4/32"];
        Assert.Equal(normalised, Bot.Draft(summary.DraftId).TrustedSources);
        Assert.Equal("222.222.222.128/28, 1.2.3.4/32", summary.Fact("Trusted sources"));
        Assert.True(summary.Says("using 222.222.222.128/28"), $"The summary does not say how the range was normalised. {summary.Describe()}");

        var status = await chat.Execute("order.place", OrderingChat.AcceptTerms);
        Assert.Equal(normalised, Bot.Order(status.OrderId).Choices.TrustedSources);
        Assert.Equal("222.222.222.128/28, 1.2.3.4/32", status.Fact("Trusted sources"));
    }

    [Theory]
    [InlineData("service", "serviceType", "gitlab")]
    [InlineData("nodeSize", "nodeSize", "xlarge")]
    [InlineData("region", "region", "us-east-1")]
    [InlineData("billing", "billingProfile", "BP-9999")]
    public async Task A_choice_that_was_not_offered_is_refused(string step, string inputId, string value)
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var card = await chat.FillOrder(until: step);
        var stored = Bot.DraftSnapshot(card.DraftId);

        var answer = await chat.Tamper("order.next", new() { [inputId] = value });

        AssertRefused(answer.Card, card, stored, $"\"{value}\"");
    }

    [Fact]
    public async Task A_new_billing_profile_with_a_bad_e_mail_is_refused_and_the_typed_details_kept()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var card = await chat.FillOrder(new OrderForm { BillingProfile = "new" }, until: "newBilling");
        var stored = Bot.DraftSnapshot(card.DraftId);

        var answer = await chat.Execute("order.next", new()
        {
            ["billingCompany"] = "Contoso GmbH",
            ["billingEmail"] = "invoices(at)contoso.example",
            ["billingAddress"] = "Hauptstraße 1, 50667 Köln",
        });

        AssertRefused(answer, card, stored, "invoices(at)contoso.example");
        Assert.Equal("Contoso GmbH", answer.Input("billingCompany").Value);
        Assert.Equal("invoices(at)contoso.example", answer.Input("billingEmail").Value);
        Assert.Equal("Hauptstraße 1, 50667 Köln", answer.Input("billingAddress").Value);
    }

    [Fact]
    public async Task Every_problem_of_the_new_billing_details_is_listed()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var card = await chat.FillOrder(new OrderForm { BillingProfile = "new" }, until: "newBilling");
        var stored = Bot.DraftSnapshot(card.DraftId);

        var answer = await chat.Execute("order.next", new() { ["billingCompany"] = " ", ["billingEmail"] = "", ["billingAddress"] = "" });

        Assert.Equal(3, answer.Errors.Count);
        AssertRefused(answer, card, stored, "company");
        AssertRefused(answer, card, stored, "e-mail");
        AssertRefused(answer, card, stored, "address");
    }

    private void AssertRefused(BotCard answer, BotCard card, string stored, string named)
    {
        Assert.Equal(card.Step, answer.Step);
        Assert.Equal(card.DraftId, answer.DraftId);
        Assert.True(answer.Errors.Any(error => error.Contains(named, StringComparison.Ordinal)), $"No listed problem names {named}. {answer.Describe()}");
        Assert.Equal(stored, Bot.DraftSnapshot(card.DraftId));
    }
}
