using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

/// <summary>
/// <c>adaptiveCard/action</c> invokes are answered in the HTTP response: status 200, outcome in the body
/// (https://learn.microsoft.com/adaptive-cards/authoring-cards/universal-action-model).
/// </summary>
public sealed class CardActionTests
{
    [Fact]
    public async Task An_unknown_verb_is_answered_with_an_error_invoke_response()
    {
        await using var bot = await AnonymousBot.StartAsync();

        using var response = await bot.SendAsync(bot.Activities.CardAction("no.such.verb", TestConversation.Personal()));

        await AssertErrorInvokeResponseAsync(response);
    }

    [Fact]
    public async Task An_Action_Submit_is_answered_with_an_error_invoke_response()
    {
        await using var bot = await AnonymousBot.StartAsync();

        using var response = await bot.SendAsync(bot.Activities.CardAction("order.next", TestConversation.Personal(), actionType: "Action.Submit"));

        await AssertErrorInvokeResponseAsync(response);
    }

    private static async Task AssertErrorInvokeResponseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotNull(body);
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.False(string.IsNullOrEmpty((string?)body["value"]?["message"]), "The error invoke response has no message.");
    }
}
