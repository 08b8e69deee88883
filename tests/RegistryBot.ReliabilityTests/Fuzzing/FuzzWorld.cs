using RegistryBot.ReliabilityTests.Infrastructure;

namespace RegistryBot.ReliabilityTests.Fuzzing;

/// <summary>What the generators may name: the real serviceUrl, the targets, a real order, and users who own nothing.</summary>
public sealed record FuzzWorld(string ServiceUrl, string BotId, IReadOnlyList<FuzzTarget> Targets, string OrderId, IReadOnlyList<Member> Strangers);
