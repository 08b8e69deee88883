using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RegistryBot.Notifications;
using RegistryBot.Ordering;
using RegistryBot.Ordering.Catalog;
using RegistryBot.Portal;
using RegistryBot.Storage;
using RegistryBot.Teams.Hosting;

namespace RegistryBot.Tests.Hosting;

/// <summary>The range and required checks on every settings section, nested sections included, as the app registers them.</summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public void The_shipped_defaults_are_valid()
    {
        using var services = Build([]);

        _ = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        _ = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        _ = services.GetRequiredService<IOptions<StatusPollingOptions>>().Value;
        _ = services.GetRequiredService<IOptions<CatalogOptions>>().Value;
        _ = services.GetRequiredService<IOptions<PortalOptions>>().Value;
    }

    [Theory]
    [InlineData("Bot:MaxRequestBodyBytes", "100", "MaxRequestBodyBytes")]
    [InlineData("Bot:OpenIdMetadataUrl", "not a url", "OpenIdMetadataUrl")]
    [InlineData("Bot:RateLimits:PerUserBurst", "-1", "RateLimits.PerUserBurst")]
    [InlineData("Bot:RateLimits:PerTenantPerSecond", "2000000", "RateLimits.PerTenantPerSecond")]
    [InlineData("Bot:ConnectorRetry:MaxRetries", "11", "ConnectorRetry.MaxRetries")]
    public void A_bot_setting_out_of_range_is_refused(string key, string value, string member) =>
        Assert.Contains(member, Failure<TeamsOptions>(key, value), StringComparison.Ordinal);

    [Fact]
    public void An_empty_storage_path_is_refused() =>
        Assert.Contains("Path", Failure<StorageOptions>("Storage:Path", ""), StringComparison.Ordinal);

    [Theory]
    [InlineData("StatusPolling:BatchSize", "0", "BatchSize")]
    [InlineData("StatusPolling:MaxParallelConversations", "65", "MaxParallelConversations")]
    public void A_status_polling_setting_out_of_range_is_refused(string key, string value, string member) =>
        Assert.Contains(member, Failure<StatusPollingOptions>(key, value), StringComparison.Ordinal);

    [Fact]
    public void A_catalog_without_room_for_trusted_sources_is_refused() =>
        Assert.Contains("MaxTrustedSources", Failure<CatalogOptions>("Catalog:MaxTrustedSources", "0"), StringComparison.Ordinal);

    [Fact]
    public void An_empty_ticket_link_is_refused() =>
        Assert.Contains("TicketUrl", Failure<PortalOptions>("Portal:TicketUrl", ""), StringComparison.Ordinal);

    private static string Failure<TOptions>(string key, string value)
        where TOptions : class
    {
        using var services = Build(new() { [key] = value });
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TOptions>>().Value).Message;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddTeams()
            .AddStorage()
            .AddNotifications(configuration)
            .AddOrdering()
            .AddPortal()
            .BuildServiceProvider();
    }
}
