using System.Net;
using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// One member of a Teams conversation, driving the bot the way the Teams client does, so that tests
/// read like the chat: <c>Send("order")</c>, <c>ExpectCard("service")</c>,
/// <c>Execute("order.next", inputs)</c>. It follows the card on screen: a click sends the action's data
/// merged with every input value (as strings) with <c>replyToId</c> set to the card's message, and the
/// card the bot answers with replaces the clicked one.
/// </summary>
public sealed class Chat
{
    private readonly Lock _gate = new();
    private BotCard? _card;

    public Chat(ITestBot bot, TestConversation member)
    {
        Bot = bot;
        Member = member;
    }

    public ITestBot Bot { get; }

    /// <summary>The conversation, and the user this chat acts as.</summary>
    public TestConversation Member { get; }

    public string ConversationId => Member.Id;

    /// <summary>The card the user is looking at: the latest one the bot showed this chat.</summary>
    public BotCard Card
    {
        get
        {
            lock (_gate)
            {
                return _card ?? throw new InvalidOperationException("The bot has not shown a card in this chat yet.");
            }
        }
    }

    /// <summary>The same conversation as seen by <paramref name="member"/>, looking at the same card.</summary>
    public Chat As(TestConversation member)
    {
        var other = new Chat(Bot, member);
        lock (_gate)
        {
            other._card = _card;
        }

        return other;
    }

    /// <summary>Types <paramref name="text"/> (with the bot's @mention outside a personal chat) and returns the card the bot replies with.</summary>
    public async Task<BotCard> Send(string text)
    {
        var activity = Member.IsPersonal ? Bot.Activities.Message(text, Member) : Bot.Activities.MentioningMessage(text, Member);
        var activityId = (string)activity["id"]!;
        using (var response = await Bot.SendAsync(activity))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var replies = await Bot.Connector.WaitForRequestsAsync(
            1, TestTimeouts.Reply, request => request.IsReplyTo(ConversationId, activityId) && request.Succeeded);
        var reply = Assert.Single(replies);
        return Show(new BotCard(reply.ResponseId, reply.SingleAdaptiveCard()));
    }

    /// <summary>Asserts that the card on screen is the order card of <paramref name="step"/>, and returns it.</summary>
    public BotCard ExpectCard(string step)
    {
        var card = Card;
        Assert.True(card.Step == step, $"Expected the '{step}' card. {card.Describe()}");
        return card;
    }

    /// <summary>Clicks the <paramref name="verb"/> button of the card on screen (for <c>order.edit</c>, the one of <paramref name="step"/>); returns the card that replaces it.</summary>
    public Task<BotCard> Execute(string verb, Dictionary<string, string>? inputs = null, string? step = null) =>
        Execute(Card, verb, inputs, step);

    /// <summary>Clicks a button of <paramref name="card"/>, which may be an older card still in the chat.</summary>
    public async Task<BotCard> Execute(BotCard card, string verb, Dictionary<string, string>? inputs = null, string? step = null)
    {
        var answer = await Click(card, card.Action(verb, step), inputs, asClient: true);
        return Show(answer.Card);
    }

    /// <summary>Clicks and returns the raw answer, whatever it is (a card, a message, an error).</summary>
    public Task<InvokeAnswer> Click(string verb, Dictionary<string, string>? inputs = null, string? step = null) =>
        Click(Card, Card.Action(verb, step), inputs, asClient: true);

    public Task<InvokeAnswer> Click(BotCard card, string verb, Dictionary<string, string>? inputs = null, string? step = null) =>
        Click(card, card.Action(verb, step), inputs, asClient: true);

    /// <summary>
    /// Clicks with values no Teams client would send (a choice that is not offered, an input the card does
    /// not have): a tampered request. Returns the raw answer.
    /// </summary>
    public Task<InvokeAnswer> Tamper(string verb, Dictionary<string, string> inputs, string? step = null) =>
        Click(Card, Card.Action(verb, step), inputs, asClient: false);

    /// <summary>An invoke built by hand, not from a card on screen: any verb, any data, no message to reply to.</summary>
    public async Task<InvokeAnswer> Invoke(string verb, JsonObject data)
    {
        using var response = await Bot.SendAsync(Bot.Activities.Execute(verb, data, replyToId: null, Member));
        return await InvokeAnswer.ReadAsync(response, messageId: null);
    }

    /// <summary>The status messages the bot posted here on its own, oldest first, as the cards they show.</summary>
    public IReadOnlyList<BotCard> ProactiveMessages() =>
        Bot.Connector.Requests
            .Where(request => request.IsProactivePost(ConversationId) && request.Succeeded)
            .Select(request => new BotCard(request.ResponseId, request.SingleAdaptiveCard()).FollowsContract())
            .ToList();

    /// <summary>Waits until the bot has posted <paramref name="count"/> messages here on its own.</summary>
    public async Task<IReadOnlyList<BotCard>> WaitForProactiveMessages(int count, TimeSpan timeout)
    {
        await Bot.Connector.WaitForRequestsAsync(count, timeout, request => request.IsProactivePost(ConversationId) && request.Succeeded);
        return ProactiveMessages();
    }

    /// <summary>Every change the bot made in place to the message <paramref name="messageId"/>, oldest first.</summary>
    public IReadOnlyList<BotCard> UpdatesOf(string messageId) =>
        Bot.Connector.Requests
            .Where(request => request.IsUpdateOf(ConversationId, messageId) && request.Succeeded)
            .Select(request => new BotCard(messageId, request.SingleAdaptiveCard()).FollowsContract())
            .ToList();

    /// <summary>Puts a card on screen, e.g. a proactive message the user is about to click.</summary>
    public BotCard Show(BotCard card)
    {
        card.FollowsContract();
        lock (_gate)
        {
            _card = card;
        }

        return card;
    }

    private async Task<InvokeAnswer> Click(BotCard card, CardAction action, Dictionary<string, string>? inputs, bool asClient)
    {
        Assert.True(action.Type == "Action.Execute", $"Only Action.Execute talks to the bot; this is {action}.");
        var data = (JsonObject)action.Data.DeepClone();
        var typed = inputs ?? [];
        if (asClient)
        {
            CheckAsClient(card, typed);
        }

        if (action.SendsInputs)
        {
            foreach (var input in card.Inputs)
            {
                data[input.Id] = typed.TryGetValue(input.Id, out var value) ? value : input.Value;
            }
        }

        foreach (var (id, value) in typed.Where(pair => !asClient && !data.ContainsKey(pair.Key)))
        {
            data[id] = value;
        }

        using var response = await Bot.SendAsync(Bot.Activities.Execute(action.Verb!, data, card.MessageId, Member));
        return await InvokeAnswer.ReadAsync(response, card.MessageId);
    }

    /// <summary>A Teams client only sends inputs the card has, and for a choice set only a value it offers.</summary>
    private static void CheckAsClient(BotCard card, Dictionary<string, string> typed)
    {
        foreach (var (id, value) in typed)
        {
            var input = card.Input(id);
            if (input.Type == "Input.ChoiceSet")
            {
                Assert.True(input.Choices.Contains(value), $"The card does not offer '{value}' for '{id}' (offered: {string.Join(", ", input.Choices)}); use Tamper to send it anyway.");
            }
        }
    }
}
