using RegistryBot.Storage;

namespace RegistryBot.Tests.Storage;

public sealed class DataFileLockTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("registrybot-lock-").FullName;

    [Fact]
    public void A_second_holder_of_the_same_data_file_is_refused_with_a_clear_message()
    {
        var dataFile = Path.Combine(_folder, "bot.db");
        using var first = DataFileLock.Acquire(dataFile);

        var refused = Assert.Throws<DataFileLockedException>(() => DataFileLock.Acquire(dataFile));

        Assert.Contains(dataFile, refused.Message);
        Assert.Contains("another RegistryBot process", refused.Message);
    }

    [Fact]
    public void The_lock_is_free_again_once_released()
    {
        var dataFile = Path.Combine(_folder, "bot.db");
        DataFileLock.Acquire(dataFile).Dispose();

        using var again = DataFileLock.Acquire(dataFile);

        Assert.True(File.Exists(again.Path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
