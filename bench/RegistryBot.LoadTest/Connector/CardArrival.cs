namespace RegistryBot.LoadTest.Connector;

/// <param name="ArrivedAt">Stopwatch timestamp once the whole request body was read.</param>
/// <param name="ActivityId">The id the fake connector gave the message, for <c>replyToId</c> of later invokes.</param>
/// <param name="IsExpectedCard">Whether the body carried the marker the waiting turn asked for.</param>
public readonly record struct CardArrival(long ArrivedAt, string ActivityId, string? DraftId, bool IsExpectedCard);
