namespace RegistryBot.Tests.Cards.Samples;

/// <summary>Where the card templates and the card checker live, found from the test binaries upwards.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string CardTemplatesFolder => Path.Combine(Root, "cards");

    public static string CardCheckerFolder => Path.Combine(Root, "tests", "cards");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "RegistryBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{AppContext.BaseDirectory}' holds RegistryBot.sln.");
    }
}
