using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.ReliabilityTests.Infrastructure;

namespace RegistryBot.ReliabilityTests;

/// <summary>
/// Found by the fuzz test over HTTP (defect 5 of docs/reliability.md): an activity whose <c>conversation</c> is <c>null</c> (or absent)
/// must be refused as malformed (400), like one whose conversation has no id.
/// </summary>
public sealed class MissingConversationTests(MissingConversationTests.Fixture fixture) : IClassFixture<MissingConversationTests.Fixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_activity_without_a_conversation_is_refused_with_400(bool explicitNull)
    {
        var bot = fixture.Bot;
        var activity = bot.Activities.Message("help", Member.Personal());
        if (explicitNull)
        {
            activity["conversation"] = null;
        }
        else
        {
            activity.Remove("conversation");
        }

        using var response = await bot.PostAsync(activity, CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public sealed class Fixture : InProcessBotFixture;
}
