using System.Text.Json.Nodes;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>A running bot as a test talks to it: its host, what Teams sends it and the fake connector it answers through.</summary>
public interface ITestBot
{
    FakeConnector Connector { get; }

    /// <summary>The app currently running; a restart replaces it.</summary>
    BotHost Host { get; }

    ActivityFactory Activities { get; }

    /// <summary>Posts the activity as the channel would (with a token where the bot checks them).</summary>
    Task<HttpResponseMessage> SendAsync(JsonNode activity);
}
