using RegistryBot.Cards;

namespace RegistryBot.Tests.Cards;

/// <summary>The templates folder is read and compiled at start: a broken template stops the start and names its file.</summary>
public sealed class CardTemplatesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-cards-").FullName;

    [Theory]
    [InlineData("""{"body": [""", "not valid")]
    [InlineData("""{"body": [{"$data": 3, "text": "${name}"}]}""", "not valid")]
    [InlineData("""{"body": [{"$when": ["x"], "text": "t"}]}""", "not valid")]
    [InlineData("""[1, 2]""", "not valid")]
    [InlineData("""null""", "empty")]
    public void A_broken_template_stops_the_start_naming_its_file(string json, string problem)
    {
        File.WriteAllText(Path.Combine(_folder, "good.json"), """{"type": "AdaptiveCard", "text": "${text}"}""");
        File.WriteAllText(Path.Combine(_folder, "broken.json"), json);

        var error = Assert.Throws<InvalidDataException>(() => new CardTemplates(_folder));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_are_named_by_their_file_and_bound_by_name()
    {
        File.WriteAllText(Path.Combine(_folder, "notice.json"), """{"type": "AdaptiveCard", "text": "${text}"}""");

        var templates = new CardTemplates(_folder);

        Assert.Equal(["notice"], templates.Names);
        Assert.Equal("""{"type":"AdaptiveCard","text":"hello"}""", templates.Bind("notice", new() { ["text"] = "hello" }).ToJsonString());
        Assert.Throws<KeyNotFoundException>(() => templates.Bind("missing", new()));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
