using System.Text.Json.Nodes;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>A running bot, in this process or a child process, and the fake connector it answers through.</summary>
public interface IBotEndpoint
{
    Activities Activities { get; }

    FakeConnector Connector { get; }

    /// <summary>Posts the activity as the channel would (with a valid token when the bot checks tokens).</summary>
    Task<HttpResponseMessage> PostAsync(JsonObject activity, CancellationToken cancellationToken);
}
