using RegistryBot.Teams.Schema;

namespace RegistryBot.Conversations.Turns;

/// <summary>An activity handled before, and the invoke answer it got if that is still kept.</summary>
public sealed record HandledActivity(InvokeResponse? Answer);
