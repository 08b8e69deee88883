namespace RegistryBot.LoadTest.Cli;

/// <summary>Finds the repository (the folder holding RegistryBot.sln) from the working directory or the tool's own folder.</summary>
public static class RepositoryPaths
{
    public static string DefaultBotDll()
    {
        var root = FindRoot(Environment.CurrentDirectory) ?? FindRoot(AppContext.BaseDirectory) ?? Environment.CurrentDirectory;
        return Path.Combine(root, "src", "RegistryBot", "bin", "Release", "net10.0", "RegistryBot.dll");
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RegistryBot.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
