using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RegistryBot.Portal;
using RegistryBot.Portal.Http;
using RegistryBot.Portal.Simulator;
using RegistryBot.Storage;

namespace RegistryBot.Tests.Portal;

public sealed class PortalRegistrationTests
{
    [Fact]
    public void Http_mode_uses_the_http_portal()
    {
        using var services = Build(new()
        {
            ["Portal:Mode"] = "Http",
            ["Portal:Http:BaseUrl"] = "https://portal.provider.example/api/v1/",
            ["Portal:Http:ApiKey"] = "key",
        });

        Assert.IsType<HttpRegistryPortal>(services.GetRequiredService<IRegistryPortal>());
        Assert.Same(services.GetRequiredService<IRegistryPortal>(), services.GetRequiredService<IRegistryPortal>());
    }

    [Fact]
    public void Without_a_mode_the_simulator_is_used_and_needs_no_http_settings()
    {
        var folder = Directory.CreateTempSubdirectory("registrybot-portal-");
        try
        {
            using var services = Build(new() { ["Storage:Path"] = Path.Combine(folder.FullName, "bot.db") }, withStorage: true);

            Assert.IsType<SimulatedPortal>(services.GetRequiredService<IRegistryPortal>());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(null, "Portal:Http:BaseUrl")]
    [InlineData("portal.provider.example/api", "Portal:Http:BaseUrl")]
    [InlineData("ftp://portal.provider.example/api", "Portal:Http:BaseUrl")]
    [InlineData("http://portal.provider.example/api", "Portal:Http:BaseUrl")]
    public void Http_mode_needs_an_https_base_url(string? baseUrl, string named)
    {
        var failure = ValidationFailure(new()
        {
            ["Portal:Mode"] = "Http",
            ["Portal:Http:BaseUrl"] = baseUrl,
            ["Portal:Http:ApiKey"] = "key",
        });

        Assert.Contains(named, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_accepted_for_a_loopback_portal()
    {
        using var services = Build(new()
        {
            ["Portal:Mode"] = "Http",
            ["Portal:Http:BaseUrl"] = "http://127.0.0.1:8080/api",
            ["Portal:Http:ApiKey"] = "key",
        });

        Assert.NotNull(services.GetRequiredService<IOptions<PortalOptions>>().Value);
    }

    [Fact]
    public void Api_key_auth_needs_the_key()
    {
        var failure = ValidationFailure(new()
        {
            ["Portal:Mode"] = "Http",
            ["Portal:Http:BaseUrl"] = "https://portal.provider.example/api/v1/",
        });

        Assert.Contains("Portal:Http:ApiKey is required", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void OAuth2_auth_needs_the_token_url_and_client_credentials()
    {
        var failure = ValidationFailure(new()
        {
            ["Portal:Mode"] = "Http",
            ["Portal:Http:BaseUrl"] = "https://portal.provider.example/api/v1/",
            ["Portal:Http:Auth"] = "OAuth2",
            ["Portal:Http:TokenUrl"] = "https://login.provider.example/oauth2/token",
            ["Portal:Http:ClientId"] = "registry-bot",
        });

        Assert.Contains("Portal:Http:ClientSecret", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("Portal:Http:ApiKey", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeout_must_be_positive()
    {
        var failure = ValidationFailure(new()
        {
            ["Portal:Mode"] = "Http",
            ["Portal:Http:BaseUrl"] = "https://portal.provider.example/api/v1/",
            ["Portal:Http:ApiKey"] = "key",
            ["Portal:Http:Timeout"] = "00:00:00",
        });

        Assert.Contains("Portal:Http:Timeout", failure, StringComparison.Ordinal);
    }

    private static string ValidationFailure(Dictionary<string, string?> settings)
    {
        using var services = Build(settings);
        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PortalOptions>>().Value);
        return exception.Message;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, bool withStorage = false)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging();
        if (withStorage)
        {
            services.AddStorage();
        }

        return services.AddPortal().BuildServiceProvider();
    }
}
