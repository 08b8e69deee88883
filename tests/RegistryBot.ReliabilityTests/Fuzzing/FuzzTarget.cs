using RegistryBot.ReliabilityTests.Infrastructure;

namespace RegistryBot.ReliabilityTests.Fuzzing;

/// <summary>A draft the fuzzer attacks: its owner may only send what must change nothing.</summary>
public sealed record FuzzTarget(Member Owner, string DraftId, string Step);
