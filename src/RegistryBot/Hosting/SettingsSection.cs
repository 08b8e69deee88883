using System.Diagnostics.CodeAnalysis;

namespace RegistryBot.Hosting;

/// <summary>A configuration section the bot reads, and the options class it is bound to.</summary>
public sealed class SettingsSection(
    string name,
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type options)
{
    public string Name { get; } = name;

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)]
    public Type Options { get; } = options;
}
