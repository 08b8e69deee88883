using System.Text.Json;
using RegistryBot.Teams.Hosting;
using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations;

/// <summary>Answers one Action.Execute verb; <c>data</c> is the action's data merged with the card's inputs.</summary>
public interface IVerbHandler
{
    string Verb { get; }

    Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken cancellationToken);
}
