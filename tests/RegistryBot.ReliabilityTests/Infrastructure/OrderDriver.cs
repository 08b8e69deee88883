using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// One member driving the bot over HTTP as the Teams client does: a message is answered through the
/// connector, a click (invoke) is answered in the HTTP response and the new card replaces the clicked one.
/// </summary>
public sealed class OrderDriver(IBotEndpoint bot, Member member)
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    public Member Member => member;

    /// <summary>Types <paramref name="text"/> and returns the card the bot replies with.</summary>
    public async Task<ShownCard> SendAsync(string text, CancellationToken cancellationToken = default)
    {
        var activity = bot.Activities.Message(text, member);
        var activityId = (string)activity["id"]!;
        using (var response = await bot.PostAsync(activity, cancellationToken))
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new HttpRequestException($"'{text}' was answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        var reply = await bot.Connector.WaitForAsync(
            request => request.Kind == CallKind.Reply && request.ConversationId == member.ConversationId && request.Call.ActivityId == activityId && request.Status != 0,
            ReplyTimeout,
            $"the reply to '{text}' in {member.ConversationId}",
            cancellationToken);
        return new ShownCard(reply.ResponseId, reply.AdaptiveCards().Single());
    }

    public async Task<InvokeResult> ExecuteAsync(string verb, JsonObject data, string? replyToId, CancellationToken cancellationToken = default)
    {
        using var response = await bot.PostAsync(bot.Activities.Execute(verb, data, replyToId, member), cancellationToken);
        return await ReadInvokeAsync(response, cancellationToken);
    }

    /// <summary>Clicks <paramref name="verb"/> on <paramref name="card"/>: the action's data plus <paramref name="inputs"/>.</summary>
    public Task<InvokeResult> ClickAsync(ShownCard card, string verb, JsonObject? inputs = null, CancellationToken cancellationToken = default)
    {
        var action = CardReader.Action(card.Card, verb) ?? throw new InvalidOperationException($"The card has no '{verb}' button: {card.Card.ToJsonString()}");
        var data = action["data"]?.DeepClone() as JsonObject ?? [];
        foreach (var (id, value) in inputs ?? [])
        {
            data[id] = value?.DeepClone();
        }

        return ExecuteAsync(verb, data, card.MessageId, cancellationToken);
    }

    /// <summary>Types <c>order</c> (or finds the open draft) and answers each card until the summary shows.</summary>
    public async Task<ShownCard> FillToSummaryAsync(CancellationToken cancellationToken = default)
    {
        var card = await SendAsync("order", cancellationToken);
        for (var i = 0; i < 12 && card.Step != "summary"; i++)
        {
            var step = card.Step ?? throw new InvalidOperationException($"Expected an order card: {card.Card.ToJsonString()}");
            var answer = await ClickAsync(card, "order.next", OrderForm.InputsOf(step), cancellationToken);
            card = new ShownCard(card.MessageId, answer.Card ?? throw new InvalidOperationException($"order.next at '{step}' was answered {answer}"));
        }

        return card.Step == "summary" ? card : throw new InvalidOperationException("The summary never showed.");
    }

    /// <summary>Fills the order and clicks Order now with the terms accepted; returns the status card, whose order id the user has then seen.</summary>
    public async Task<ShownCard> PlaceOrderAsync(CancellationToken cancellationToken = default)
    {
        var summary = await FillToSummaryAsync(cancellationToken);
        var answer = await ClickAsync(summary, "order.place", OrderForm.InputsOf("summary"), cancellationToken);
        var status = new ShownCard(summary.MessageId, answer.Card ?? throw new InvalidOperationException($"order.place was answered {answer}"));
        return status.OrderId is not null ? status : throw new InvalidOperationException($"order.place did not answer with a status card: {answer}");
    }

    public static async Task<InvokeResult> ReadInvokeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var raw = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonObject? body = null;
        try
        {
            body = raw.Length == 0 ? null : JsonNode.Parse(raw) as JsonObject;
        }
        catch (JsonException)
        {
        }

        return new InvokeResult(response.StatusCode, raw, body);
    }
}
