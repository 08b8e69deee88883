namespace RegistryBot.Notifications;

public enum OutboxState
{
    Pending,
    Delivered,

    /// <summary>The bot was removed or blocked, or the conversation is gone (403/404): never retried.</summary>
    Undeliverable,
}
