namespace RegistryBot.Hosting;

/// <summary>A configuration the app will not run with; the message tells the operator why.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);
