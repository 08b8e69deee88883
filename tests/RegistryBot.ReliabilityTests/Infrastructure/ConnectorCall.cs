namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>What the fake connector was asked; <see cref="ConnectorRequest"/> adds what became of it.</summary>
public sealed record ConnectorCall(string Method, string Path, CallKind Kind, string? ConversationId, string? ActivityId);
