using System.Net;
using RegistryBot.Hosting;
using RegistryBot.IntegrationTests.Infrastructure;
using RegistryBot.Storage;

namespace RegistryBot.IntegrationTests;

public sealed class StartupTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://127.0.0.1:0;http://[::]:0")]
    public void Without_an_app_id_a_non_loopback_address_is_refused(string urls)
    {
        var directory = Directory.CreateTempSubdirectory("registrybot-it-").FullName;
        try
        {
            var refusal = Assert.Throws<StartupRefusedException>(() =>
                RegistryBotApp.Build(["--urls", urls, $"--Storage:Path={Path.Combine(directory, "bot.db")}"]));

            Assert.Contains("MicrosoftAppId", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("loopback", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_instance_on_the_same_data_file_is_refused()
    {
        await using var bot = await AnonymousBot.StartAsync();

        var locked = Assert.Throws<DataFileLockedException>(() =>
            RegistryBotApp.Build(["--urls", "http://127.0.0.1:0", $"--Storage:Path={bot.Host.DataFilePath}"]));

        Assert.Contains(bot.Host.DataFilePath, locked.Message, StringComparison.Ordinal);
        var (status, body) = await HealthProbe.WaitForHealthyAsync(bot.Host.Client, TestTimeouts.Reply);
        Assert.True(status == HttpStatusCode.OK, $"/healthz answered {(int)status}: {body}");
    }
}
