namespace RegistryBot.Storage;

/// <summary>
/// An exclusive lock file beside the data file, held for the life of the process. LiteDB opens its
/// file with FileShare.Read, which locks nothing on Linux, so two instances would both write.
/// </summary>
public sealed class DataFileLock : IDisposable
{
    private readonly FileStream _stream;

    private DataFileLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    public string Path { get; }

    public static DataFileLock Acquire(string dataFilePath)
    {
        var lockPath = dataFilePath + ".lock";
        try
        {
            var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId);
            }

            stream.Flush();
            return new DataFileLock(stream, lockPath);
        }
        catch (IOException exception)
        {
            throw new DataFileLockedException(dataFilePath, lockPath, exception);
        }
    }

    public void Dispose() => _stream.Dispose();
}
