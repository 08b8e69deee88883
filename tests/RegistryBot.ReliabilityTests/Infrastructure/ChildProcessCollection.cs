namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>Tests that start the bot as a child process: timing-sensitive, so they never share the two cores with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChildProcessCollection
{
    public const string Name = "child processes";
}
