using System.Text.Json.Nodes;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>A card as the bot would send it: <paramref name="Template"/> from <c>cards/</c> bound to sample data.</summary>
internal sealed record BoundCard(string Name, string Template, JsonObject Card)
{
    public string FileName => Name + ".json";
}
