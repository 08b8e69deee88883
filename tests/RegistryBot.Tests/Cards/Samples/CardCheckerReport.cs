using System.Text.Json.Serialization;

namespace RegistryBot.Tests.Cards.Samples;

/// <summary>What <c>tests/cards/check-cards.mjs</c> printed, and how it exited.</summary>
internal sealed record CardCheckerReport(int ExitCode, IReadOnlyList<CheckedCard> Cards, bool SchemaChecked, string StandardError);

internal sealed record CheckedCard(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("errors")] IReadOnlyList<string> Errors);

internal sealed record CheckerOutput(
    [property: JsonPropertyName("cards")] IReadOnlyList<CheckedCard> Cards,
    [property: JsonPropertyName("schemaChecked")] bool SchemaChecked);
