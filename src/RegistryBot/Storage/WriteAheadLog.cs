namespace RegistryBot.Storage;

/// <summary>
/// LiteDB's write-ahead log beside a data file (<c>name-log.db</c>), as the store needs it from the
/// outside: its length, its flush to the disk, and the repair of a last page cut short.
/// </summary>
internal sealed class WriteAheadLog(string dataFilePath)
{
    public const int PageSize = 8192;

    public string Path { get; } = System.IO.Path.Combine(
        System.IO.Path.GetDirectoryName(dataFilePath)!,
        System.IO.Path.GetFileNameWithoutExtension(dataFilePath) + "-log" + System.IO.Path.GetExtension(dataFilePath));

    public long Length
    {
        get
        {
            var log = new FileInfo(Path);
            return log.Exists ? log.Length : 0;
        }
    }

    /// <summary>
    /// Makes every commit so far durable: LiteDB 5 writes each commit into the log without buffering
    /// but never fsyncs it. A second handle is enough: fsync flushes the file's pages whichever handle wrote them.
    /// </summary>
    public void Flush()
    {
        try
        {
            using var log = OpenShared();
            log.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
            // No log yet: every commit is in the data file, which a checkpoint flushes to the disk.
        }
    }

    /// <summary>
    /// Cuts off a last page that a full disk left half written. It can only belong to a commit that
    /// failed, since LiteDB writes the page that confirms a commit last. LiteDB drops it too when it
    /// opens the file, but through a handle that shares the file with nobody, and the failed engine
    /// still holds one.
    /// </summary>
    public void DropTornPage()
    {
        try
        {
            using var log = OpenShared();
            var whole = log.Length - (log.Length % PageSize);
            if (whole != log.Length)
            {
                log.SetLength(whole);
            }
        }
        catch (FileNotFoundException)
        {
        }
    }

    private FileStream OpenShared() =>
        new(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
}
