using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.ReliabilityTests.Infrastructure;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Found by the fuzz test (defect 3 of docs/reliability.md): JSON lists in an activity may hold <c>null</c> (<c>"entities":[null]</c>),
/// and the deserializer keeps it. A correctly signed activity shaped like that must be answered like
/// any other, not with an unhandled NullReferenceException (HTTP 500).
/// </summary>
public sealed class NullListEntryTests(NullListEntryTests.Fixture fixture) : IClassFixture<NullListEntryTests.Fixture>
{
    [Theory]
    [InlineData("message", "entities")]
    [InlineData("conversationUpdate", "membersAdded")]
    public async Task A_null_entry_in_a_list_is_ignored(string type, string list)
    {
        var bot = fixture.Bot;
        var member = Member.Personal();
        var activity = type == "message" ? bot.Activities.Message("help", member) : bot.Activities.OfType(type, member);
        activity[list] = new JsonArray(null, new JsonObject { ["id"] = bot.Activities.BotId, ["type"] = "mention" });

        using var response = await bot.PostAsync(activity, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class Fixture : InProcessBotFixture;
}
