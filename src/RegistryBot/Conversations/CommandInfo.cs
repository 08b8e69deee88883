namespace RegistryBot.Conversations;

/// <summary>A text command as users see it in help: the keyword, how to type it, what it does.</summary>
public sealed record CommandInfo(string Name, string Usage, string Description);
