using System.Net;
using System.Text.Json.Nodes;
using RegistryBot.IntegrationTests.Infrastructure;

namespace RegistryBot.IntegrationTests;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_reports_every_check_healthy()
    {
        await using var bot = await AnonymousBot.StartAsync();

        var (status, body) = await HealthProbe.WaitForHealthyAsync(bot.Host.Client, TestTimeouts.Reply);

        Assert.True(status == HttpStatusCode.OK, $"/healthz answered {(int)status}: {body}");
        Assert.Equal("Healthy", (string?)body?["status"]);
        var checks = Assert.IsType<JsonObject>(body?["checks"]);
        Assert.NotEmpty(checks);
        Assert.All(checks, check => Assert.Equal("Healthy", (string?)check.Value?["status"]));
    }
}
