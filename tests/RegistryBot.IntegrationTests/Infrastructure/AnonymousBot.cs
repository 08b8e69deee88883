using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RegistryBot.Conversations;
using RegistryBot.Teams.Connector;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The bot without an app id (inbound tokens not checked, no outbound token), as run on a
/// developer's machine, wired to a fake connector.
/// </summary>
public sealed class AnonymousBot : ITestBot, IAsyncDisposable
{
    /// <summary>Teams still addresses the bot as <c>28:&lt;app id&gt;</c>; without an app id configured, any id will do.</summary>
    private const string RecipientAppId = "5c9a1f3e-0b7d-4e52-9a61-3d2f8c4b7e10";

    private AnonymousBot(FakeConnector connector, BotHost host)
    {
        Connector = connector;
        Host = host;
        Activities = new ActivityFactory(connector.ServiceUrl, RecipientAppId);
    }

    public FakeConnector Connector { get; }

    public BotHost Host { get; }

    public ActivityFactory Activities { get; }

    public ConversationReferenceStore References => Host.Services.GetRequiredService<ConversationReferenceStore>();

    public IConnectorClient ConnectorClient => Host.Services.GetRequiredService<IConnectorClient>();

    public static async Task<AnonymousBot> StartAsync(params string[] settings)
    {
        var connector = await FakeConnector.StartAsync();
        try
        {
            return new AnonymousBot(connector, await BotHost.StartAsync(settings));
        }
        catch
        {
            await connector.DisposeAsync();
            throw;
        }
    }

    public Task<HttpResponseMessage> SendAsync(JsonNode activity) => Host.PostActivityAsync(activity);

    /// <summary>Sends <c>help</c> in a new conversation and waits for the answer: every earlier turn is then over.</summary>
    public async Task ProbeAsync()
    {
        var conversation = TestConversation.Personal();
        using var response = await SendAsync(Activities.Message("help", conversation));
        response.EnsureSuccessStatusCode();
        await Connector.WaitForRequestsAsync(conversation.Id, 1, TestTimeouts.Reply);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
