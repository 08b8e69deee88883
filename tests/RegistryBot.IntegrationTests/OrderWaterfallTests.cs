using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Ordering.Drafts;

namespace RegistryBot.IntegrationTests;

/// <summary>The order conversation of the contract, step by step, through the real app and a real data file.</summary>
public sealed class OrderWaterfallTests(OrderingBotFixture fixture) : IClassFixture<OrderingBotFixture>
{
    private AuthenticatedBot Bot => fixture.Bot;

    [Fact]
    public async Task An_order_placed_step_by_step_is_stored_exactly_as_entered()
    {
        var member = TestConversation.Personal();
        var chat = new Chat(Bot, member);
        var before = DateTime.UtcNow.AddMilliseconds(-1);

        await chat.Send("order");
        chat.ExpectCard("service");
        await chat.Execute("order.next", new() { ["serviceType"] = "harbor" });
        chat.ExpectCard("nodeSize");
        await chat.Execute("order.next", new() { ["nodeSize"] = "large" });
        chat.ExpectCard("storage");
        await chat.Execute("order.next", new() { ["storageGb"] = "750" });
        chat.ExpectCard("trustedSources");
        await chat.Execute("order.next", new() { ["trustedSources"] = "93.184.216.34\n2a01:4f8:c17:b8f::/64" });
        chat.ExpectCard("region");
        await chat.Execute("order.next", new() { ["region"] = "de-west-2" });
        chat.ExpectCard("billing");
        await chat.Execute("order.next", new() { ["billingProfile"] = "BP-1002" });
        var summary = chat.ExpectCard("summary");
        var status = await chat.Execute("order.place", new() { ["acceptTerms"] = "true" });
        var after = DateTime.UtcNow.AddMilliseconds(1);

        Assert.Matches("^ORD-[0-9A-Z]+$", status.OrderId);
        Assert.Equal("new", status.Status);
        Assert.Equal(summary.MessageId, status.MessageId);
        Assert.Equal("Harbor", status.Fact("Service type"));
        Assert.StartsWith("Large", status.Fact("Node size"), StringComparison.Ordinal);
        Assert.Equal("750 GB", status.Fact("Storage"));
        Assert.Equal("93.184.216.34/32, 2a01:4f8:c17:b8f::/64", status.Fact("Trusted sources"));
        Assert.Equal("Germany West 2 (Düsseldorf)", status.Fact("Region"));
        Assert.Equal("Engineering cost centre (BP-1002)", status.Fact("Billing profile"));
        Assert.NotNull(status.Fact("new"));

        var order = Bot.Order(status.OrderId);
        Assert.Equal("harbor", order.Choices.ServiceType);
        Assert.Equal("large", order.Choices.NodeSize);
        Assert.Equal(750, order.Choices.StorageGb);
        Assert.Equal(["93.184.216.34/32", "2a01:4f8:c17:b8f::/64"], order.Choices.TrustedSources);
        Assert.Equal("de-west-2", order.Choices.Region);
        Assert.Equal("BP-1002", order.Choices.BillingProfileId);
        Assert.Null(order.Choices.NewBilling);

        Assert.Equal(member.TenantId, order.TenantId);
        Assert.Equal(member.UserAadObjectId, order.PlacedByUserId);
        Assert.Equal(member.UserName, order.PlacedByName);
        Assert.Equal(OrderingSettings.TermsVersion, order.AcceptedTermsVersion);
        Assert.Equal(summary.DraftId, order.DraftId);

        Assert.Equal(member.Id, order.Conversation.ConversationId);
        Assert.Equal("personal", order.Conversation.ConversationType);
        Assert.Equal(Bot.Connector.ServiceUrl, order.Conversation.ServiceUrl);
        Assert.Equal("msteams", order.Conversation.ChannelId);
        Assert.Equal(Bot.Activities.BotId, order.Conversation.BotId);
        Assert.Equal(ActivityFactory.BotName, order.Conversation.BotName);
        Assert.Equal(summary.MessageId, order.StatusCardActivityId);

        Assert.InRange(order.PlacedAt, before, after);
        Assert.Equal(DateTimeKind.Utc, order.PlacedAt.Kind);
        var placed = order.History[0];
        Assert.Equal(("new", order.PlacedAt), (placed.Status, placed.At));

        var draft = Bot.Draft(summary.DraftId);
        Assert.Equal(DraftState.Placed, draft.State);
        Assert.Equal(order.Id, draft.OrderId);
    }

    [Fact]
    public async Task An_order_with_a_new_billing_profile_asks_for_its_details_and_stores_them()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        await chat.FillOrder(until: "billing");

        await chat.Execute("order.next", new() { ["billingProfile"] = "new" });
        chat.ExpectCard("newBilling");
        await chat.Execute("order.next", new()
        {
            ["billingCompany"] = "  Contoso GmbH ",
            ["billingEmail"] = "invoices@contoso.example",
            ["billingAddress"] = "Hauptstraße 1, 50667 Köln",
        });
        chat.ExpectCard("summary");
        var status = await chat.Execute("order.place", OrderingChat.AcceptTerms);

        var order = Bot.Order(status.OrderId);
        Assert.Equal("new", order.Choices.BillingProfileId);
        Assert.NotNull(order.Choices.NewBilling);
        Assert.Equal(
            ("Contoso GmbH", "invoices@contoso.example", "Hauptstraße 1, 50667 Köln"),
            (order.Choices.NewBilling.Company, order.Choices.NewBilling.Email, order.Choices.NewBilling.Address));
    }

    [Fact]
    public async Task Back_shows_the_previous_step_with_its_answer_filled_in()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        await chat.FillOrder(new OrderForm { NodeSize = "large", BillingProfile = "BP-1002" });

        var billing = await chat.Execute("order.back");
        Assert.Equal("billing", billing.Step);
        Assert.Equal("BP-1002", billing.Input("billingProfile").Value);

        await chat.Execute("order.back");
        await chat.Execute("order.back");
        await chat.Execute("order.back");
        var nodeSize = await chat.Execute("order.back");
        Assert.Equal("nodeSize", nodeSize.Step);
        Assert.Equal("large", nodeSize.Input("nodeSize").Value);

        var service = await chat.Execute("order.back");
        Assert.Equal("service", service.Step);
        Assert.Equal("harbor", service.Input("serviceType").Value);
        Assert.False(service.HasAction("order.back"), "The first step offers no Back.");
        Assert.Equal("service", Bot.Draft(service.DraftId).CurrentStep);
    }

    [Fact]
    public async Task Edit_from_the_summary_shows_the_step_filled_in_and_returns_straight_to_the_summary()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        await chat.FillOrder(new OrderForm { Region = "de-west-1" });

        var region = await chat.Execute("order.edit", step: "region");
        Assert.Equal("region", region.Step);
        Assert.Equal("de-west-1", region.Input("region").Value);

        var summary = await chat.Execute("order.next", new() { ["region"] = "de-west-2" });
        Assert.Equal("summary", summary.Step);
        Assert.Equal("Germany West 2 (Düsseldorf)", summary.Fact("Region"));
        Assert.Equal("de-west-2", Bot.Draft(summary.DraftId).Region);
    }

    [Fact]
    public async Task Editing_the_billing_profile_to_new_asks_for_the_new_billing_details_before_the_summary()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        await chat.FillOrder(new OrderForm { BillingProfile = "BP-1001" });

        await chat.Execute("order.edit", step: "billing");
        var newBilling = await chat.Execute("order.next", new() { ["billingProfile"] = "new" });
        Assert.Equal("newBilling", newBilling.Step);

        var summary = await chat.Execute("order.next", new()
        {
            ["billingCompany"] = "Contoso GmbH",
            ["billingEmail"] = "invoices@contoso.example",
            ["billingAddress"] = "Hauptstraße 1, 50667 Köln",
        });
        Assert.Equal("summary", summary.Step);
        Assert.True(summary.Says("Contoso GmbH"), summary.Describe());
        var draft = Bot.Draft(summary.DraftId);
        Assert.Equal("new", draft.BillingProfileId);
        Assert.Equal("invoices@contoso.example", draft.NewBilling?.Email);
    }

    [Fact]
    public async Task Cancel_on_a_card_discards_the_draft()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var region = await chat.FillOrder(until: "region");

        var cancelled = await chat.Execute("order.cancel");

        Assert.Null(cancelled.Step);
        Assert.True(cancelled.Says("Order cancelled"), cancelled.Describe());
        Assert.Equal(DraftState.Cancelled, Bot.Draft(region.DraftId).State);
        var fresh = await chat.Send("order");
        Assert.Equal("service", fresh.Step);
        Assert.NotEqual(region.DraftId, fresh.DraftId);
    }

    [Fact]
    public async Task Cancel_on_the_card_of_an_earlier_step_changes_nothing_and_answers_with_the_current_card()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var storage = await chat.FillOrder(until: "storage");
        await chat.Execute("order.next", new() { ["storageGb"] = "100" });
        chat.ExpectCard("trustedSources");
        var stored = Bot.DraftSnapshot(storage.DraftId);

        var answer = await chat.Execute(storage, "order.cancel");

        Assert.Equal("trustedSources", answer.Step);
        Assert.Equal(DraftState.Open, Bot.Draft(storage.DraftId).State);
        Assert.Equal(stored, Bot.DraftSnapshot(storage.DraftId));
    }

    [Fact]
    public async Task Cancel_typed_discards_the_draft()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var storage = await chat.FillOrder(until: "storage");

        var cancelled = await chat.Send("cancel");

        Assert.True(cancelled.Says("Order cancelled"), cancelled.Describe());
        Assert.Equal(DraftState.Cancelled, Bot.Draft(storage.DraftId).State);
        Assert.DoesNotContain(Bot.AllOrders(), order => order.DraftId == storage.DraftId);
    }

    [Fact]
    public async Task Order_with_an_open_draft_shows_that_drafts_current_step()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var region = await chat.FillOrder(new OrderForm { StorageGb = "333" }, until: "region");
        var stored = Bot.DraftSnapshot(region.DraftId);

        var again = await chat.Send("order");

        Assert.Equal("region", again.Step);
        Assert.Equal(region.DraftId, again.DraftId);
        Assert.Equal(stored, Bot.DraftSnapshot(region.DraftId));
        Assert.Equal(333, Bot.Draft(region.DraftId).StorageGb);
    }

    [Fact]
    public async Task A_stale_card_is_answered_with_the_current_card_and_changes_nothing()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var nodeSize = await chat.FillOrder(until: "nodeSize");
        await chat.Execute("order.next", new() { ["nodeSize"] = "medium" });
        chat.ExpectCard("storage");
        var stored = Bot.DraftSnapshot(nodeSize.DraftId);

        var answer = await chat.Execute(nodeSize, "order.next", new() { ["nodeSize"] = "large" });

        Assert.Equal("storage", answer.Step);
        Assert.Equal(nodeSize.DraftId, answer.DraftId);
        Assert.Equal(stored, Bot.DraftSnapshot(nodeSize.DraftId));
        Assert.Equal("medium", Bot.Draft(nodeSize.DraftId).NodeSize);

        var back = await chat.Execute(nodeSize, "order.back");
        Assert.Equal("storage", back.Step);
        Assert.Equal(stored, Bot.DraftSnapshot(nodeSize.DraftId));
    }

    [Fact]
    public async Task A_card_of_a_placed_draft_is_answered_with_the_orders_status_card()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var region = await chat.FillOrder(until: "region");
        await chat.Execute("order.next", new() { ["region"] = "de-west-1" });
        await chat.Execute("order.next", new() { ["billingProfile"] = "BP-1001" });
        var status = await chat.Execute("order.place", OrderingChat.AcceptTerms);
        var placed = Bot.DraftSnapshot(region.DraftId);

        var answer = await chat.Execute(region, "order.next", new() { ["region"] = "de-west-2" });

        Assert.Equal(status.OrderId, answer.OrderId);
        Assert.Equal(placed, Bot.DraftSnapshot(region.DraftId));
        Assert.Equal("de-west-1", Bot.Order(status.OrderId).Choices.Region);
    }

    [Fact]
    public async Task A_card_of_a_cancelled_draft_changes_nothing()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var storage = await chat.FillOrder(until: "storage");
        await chat.Send("cancel");
        var cancelled = Bot.DraftSnapshot(storage.DraftId);

        var closed = await chat.Execute(storage, "order.next", new() { ["storageGb"] = "100" });

        Assert.Null(closed.Step);
        Assert.True(closed.Says("closed"), closed.Describe());
        Assert.Equal(cancelled, Bot.DraftSnapshot(storage.DraftId));

        var fresh = await chat.Send("order");
        var current = Bot.DraftSnapshot(fresh.DraftId);
        var answer = await chat.Execute(storage, "order.next", new() { ["storageGb"] = "100" });

        Assert.Equal("service", answer.Step);
        Assert.Equal(fresh.DraftId, answer.DraftId);
        Assert.Equal(cancelled, Bot.DraftSnapshot(storage.DraftId));
        Assert.Equal(current, Bot.DraftSnapshot(fresh.DraftId));
    }

    [Fact]
    public async Task A_redelivered_click_gets_the_same_answer_byte_for_byte_and_changes_nothing_more()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var service = await chat.Send("order");
        var click = Bot.Activities.Execute(
            "order.next",
            new JsonObject { ["draftId"] = service.DraftId, ["step"] = "service", ["serviceType"] = "harbor" },
            service.MessageId,
            chat.Member);

        using var first = await Bot.SendAsync(click);
        var afterFirst = Bot.DraftSnapshot(service.DraftId);
        using var redelivered = await Bot.SendAsync(click);

        var firstBody = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal("application/json", redelivered.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", redelivered.Content.Headers.ContentType?.CharSet);
        Assert.Equal(firstBody, await redelivered.Content.ReadAsByteArrayAsync());
        Assert.Equal("nodeSize", (await InvokeAnswer.ReadAsync(redelivered, service.MessageId)).Card.Step);
        Assert.Equal(afterFirst, Bot.DraftSnapshot(service.DraftId));
    }

    [Fact]
    public async Task Order_now_clicked_twice_places_one_order()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var summary = await chat.FillOrder();

        var first = await chat.Execute(summary, "order.place", OrderingChat.AcceptTerms);
        var second = await chat.Execute(summary, "order.place", OrderingChat.AcceptTerms);

        Assert.NotNull(first.OrderId);
        Assert.Equal(first.OrderId, second.OrderId);
        Assert.Single(Bot.AllOrders(), order => order.Conversation.ConversationId == chat.ConversationId);
        await Bot.TakenByPortalAsync(first.OrderId);
        Assert.Single(Bot.SimulatorOrders(), order => order.Id == first.OrderId);
    }

    [Fact]
    public async Task Order_now_clicked_ten_times_at_once_places_one_order()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var summary = await chat.FillOrder();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => chat.Click(summary, "order.place", OrderingChat.AcceptTerms)));

        var orderIds = answers.Select(answer => answer.Card.OrderId).Distinct().ToList();
        var orderId = Assert.Single(orderIds);
        Assert.NotNull(orderId);
        Assert.Single(Bot.AllOrders(), order => order.Conversation.ConversationId == chat.ConversationId);
        await Bot.TakenByPortalAsync(orderId);
        Assert.Single(Bot.SimulatorOrders(), order => order.Id == orderId);
    }

    [Fact]
    public async Task Order_now_without_accepting_the_terms_shows_the_summary_with_the_problem()
    {
        var chat = new Chat(Bot, TestConversation.Personal());
        var summary = await chat.FillOrder();
        var stored = Bot.DraftSnapshot(summary.DraftId);

        var answer = await chat.Execute("order.place");

        Assert.Equal("summary", answer.Step);
        Assert.Contains(answer.Errors, error => error.Contains("accept the terms", StringComparison.Ordinal));
        Assert.Equal(stored, Bot.DraftSnapshot(summary.DraftId));
        Assert.DoesNotContain(Bot.AllOrders(), order => order.Conversation.ConversationId == chat.ConversationId);
    }

    [Fact]
    public async Task Another_members_clicks_in_a_group_chat_are_refused_politely_and_change_nothing()
    {
        var conversation = TestConversation.GroupChat();
        var owner = new Chat(Bot, conversation);
        var storage = await owner.FillOrder(until: "storage");
        var stored = Bot.DraftSnapshot(storage.DraftId);
        var grace = owner.As(conversation.AnotherMember("Grace Hopper"));

        var next = await grace.Click("order.next", new() { ["storageGb"] = "100" });
        var back = await grace.Click("order.back");
        var cancel = await grace.Click("order.cancel");

        Assert.All([next, back, cancel], answer => Assert.Contains(conversation.UserName, answer.Message, StringComparison.Ordinal));
        Assert.Equal(stored, Bot.DraftSnapshot(storage.DraftId));
        var own = await grace.Send("order");
        Assert.Equal("service", own.Step);
        Assert.NotEqual(storage.DraftId, own.DraftId);
    }

    [Fact]
    public async Task A_draft_id_from_another_tenant_changes_nothing()
    {
        var owner = new Chat(Bot, TestConversation.Personal());
        var storage = await owner.FillOrder(until: "storage");
        var stored = Bot.DraftSnapshot(storage.DraftId);
        var outsiders = new[]
        {
            owner.As(TestConversation.PersonalInOtherTenant()),
            // Everything the same but the tenant: only the tenant check stands in the way.
            owner.As(owner.Member with { TenantId = Guid.NewGuid().ToString() }),
        };

        foreach (var outsider in outsiders)
        {
            foreach (var answer in new[]
            {
                await outsider.Click("order.next", new() { ["storageGb"] = "100" }),
                await outsider.Click("order.back"),
                await outsider.Click("order.cancel"),
            })
            {
                Assert.True(answer.Type != InvokeAnswer.CardType || answer.Card.DraftId is null, $"An outsider was shown the draft: {answer}");
            }
        }

        Assert.Equal(stored, Bot.DraftSnapshot(storage.DraftId));
    }

    [Fact]
    public async Task A_draft_survives_a_restart_and_the_next_click_continues_it()
    {
        await using var bot = await AuthenticatedBot.StartAsync(OrderingSettings.Fast);
        var chat = new Chat(bot, TestConversation.Personal());
        var region = await chat.FillOrder(new OrderForm { StorageGb = "444", NodeSize = "small" }, until: "region");

        await bot.RestartAsync();
        var billing = await chat.Execute("order.next", new() { ["region"] = "de-west-2" });

        Assert.Equal("billing", billing.Step);
        Assert.Equal(region.DraftId, billing.DraftId);
        await chat.Execute("order.next", new() { ["billingProfile"] = "BP-1001" });
        var status = await chat.Execute("order.place", OrderingChat.AcceptTerms);
        var order = bot.Order(status.OrderId);
        Assert.Equal((444, "small", "de-west-2"), (order.Choices.StorageGb, order.Choices.NodeSize, order.Choices.Region));
    }
}
