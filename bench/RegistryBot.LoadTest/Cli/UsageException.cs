namespace RegistryBot.LoadTest.Cli;

public sealed class UsageException(string message) : Exception(message);
