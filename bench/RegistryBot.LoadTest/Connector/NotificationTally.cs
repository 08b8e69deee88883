namespace RegistryBot.LoadTest.Connector;

/// <param name="Requests">Every request after the limits were switched on, throttled ones included.</param>
/// <param name="Duplicates">Status messages accepted more than once for the same order and status.</param>
/// <param name="LostMessages">Expected status messages never accepted.</param>
/// <param name="MissingUpdates">Expected in-place updates never accepted (updates are best effort in the bot).</param>
public sealed record NotificationTally(
    int Orders,
    int Requests,
    int Throttled,
    int Unrecognised,
    int MessagesAccepted,
    int Duplicates,
    int LostMessages,
    int UpdatesAccepted,
    int MissingUpdates);
