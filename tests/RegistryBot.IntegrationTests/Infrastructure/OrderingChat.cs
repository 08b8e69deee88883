namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>The order conversation in one line, for tests about what comes after a step or after placing.</summary>
public static class OrderingChat
{
    /// <summary>Types <c>order</c> and answers every card from <paramref name="form"/> until the card of <paramref name="until"/> shows.</summary>
    public static async Task<BotCard> FillOrder(this Chat chat, OrderForm? form = null, string until = "summary")
    {
        form ??= new OrderForm();
        var card = await chat.Send("order");
        var seen = new HashSet<string>();
        while (card.Step != until)
        {
            var step = card.Step ?? throw new Xunit.Sdk.XunitException($"Expected an order card on the way to '{until}'. {card.Describe()}");
            Assert.True(step != "summary" && seen.Add(step), $"Never reached '{until}'; the bot shows {card.Describe()}");
            card = await chat.Execute("order.next", form.InputsOf(step));
        }

        return card;
    }

    /// <summary>Fills the order, accepts the terms and clicks Order now; returns the status card that replaced the summary.</summary>
    public static async Task<BotCard> PlaceOrder(this Chat chat, OrderForm? form = null)
    {
        await chat.FillOrder(form);
        return await chat.Execute("order.place", AcceptTerms);
    }

    public static Dictionary<string, string> AcceptTerms => new() { ["acceptTerms"] = "true" };
}
