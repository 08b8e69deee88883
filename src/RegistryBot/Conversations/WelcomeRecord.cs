namespace RegistryBot.Conversations;

public sealed class WelcomeRecord
{
    public required string Id { get; set; }

    public DateTime WelcomedAt { get; set; }
}
