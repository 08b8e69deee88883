namespace RegistryBot.Tests.Manifest;

/// <summary>
/// The icons Teams asks for (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package):
/// a 192×192 full-colour icon and a 32×32 outline icon, white on a fully transparent background, without padding.
/// </summary>
[Collection(AppPackageCollection.Name)]
public sealed class IconTests(AppPackageFixture package)
{
    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void The_icon_has_the_size_teams_asks_for(string icon, int size)
    {
        Assert.True(package.Contents.Entries.TryGetValue(icon, out var png), $"{icon} is not in the package.\n{package.Result}");

        Assert.Equal((size, size), PngImage.ReadSize(png));
    }

    [Fact]
    public void The_outline_icon_is_white_on_a_transparent_background()
    {
        var outline = PngImage.Decode(package.Contents.Entries["outline.png"]);

        var wrong = Pixels(outline)
            .Where(pixel => pixel.Color.A != 0 && (pixel.Color.R, pixel.Color.G, pixel.Color.B) != (255, 255, 255))
            .Select(pixel => $"({pixel.X},{pixel.Y}) = {pixel.Color}")
            .ToList();

        Assert.True(wrong.Count == 0, $"Pixels neither transparent nor white: {string.Join(", ", wrong.Take(10))}");
        Assert.Contains(Pixels(outline), pixel => pixel.Color.A == 255);
    }

    [Fact]
    public void The_outline_glyph_reaches_the_icons_edges()
    {
        var outline = PngImage.Decode(package.Contents.Entries["outline.png"]);
        var drawn = Pixels(outline).Where(pixel => pixel.Color.A != 0).ToList();

        var spansWidth = drawn.Min(pixel => pixel.X) == 0 && drawn.Max(pixel => pixel.X) == outline.Width - 1;
        var spansHeight = drawn.Min(pixel => pixel.Y) == 0 && drawn.Max(pixel => pixel.Y) == outline.Height - 1;
        Assert.True(spansWidth || spansHeight, "The outline icon must not be padded: its glyph should span its width or height.");
    }

    [Fact]
    public void The_colour_icon_is_opaque_where_its_symbol_sits()
    {
        var color = PngImage.Decode(package.Contents.Entries["color.png"]);

        var transparent = Enumerable.Range(48, 96)
            .SelectMany(y => Enumerable.Range(48, 96).Select(x => (x, y)))
            .Count(point => color[point.x, point.y].A != 255);
        Assert.Equal(0, transparent);
    }

    private static IEnumerable<(int X, int Y, (byte R, byte G, byte B, byte A) Color)> Pixels(PngImage image) =>
        Enumerable.Range(0, image.Height).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => (x, y, image[x, y])));
}
