namespace RegistryBot.Storage;

public sealed class DataFileLockedException(string dataFilePath, string lockPath, Exception inner)
    : Exception(
        $"The data file '{dataFilePath}' is in use by another RegistryBot process (lock file '{lockPath}' is held). " +
        "Stop the other instance, or give this one its own Storage:Path.",
        inner);
