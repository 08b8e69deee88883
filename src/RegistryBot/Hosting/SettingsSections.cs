using RegistryBot.Conversations.Turns;
using RegistryBot.Notifications;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Portal;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Hosting;

/// <summary>Every configuration section of the bot's own, each with the options class that reads it.</summary>
public static class SettingsSections
{
    public static IReadOnlyList<SettingsSection> All { get; } =
    [
        new(TeamsOptions.SectionName, typeof(TeamsOptions)),
        new(StorageOptions.SectionName, typeof(StorageOptions)),
        new(DeduplicationOptions.SectionName, typeof(DeduplicationOptions)),
        new(ShutdownOptions.SectionName, typeof(ShutdownOptions)),
        new(CatalogOptions.SectionName, typeof(CatalogOptions)),
        new(PortalOptions.SectionName, typeof(PortalOptions)),
        new(StatusPollingOptions.SectionName, typeof(StatusPollingOptions)),
    ];
}
