using LiteDB;

namespace RegistryBot.Storage;

/// <summary>
/// Which exceptions mean the data file itself failed (LiteDB then closes the engine for good), as
/// opposed to one request's bad data (a key too long, say), which must not take the store down.
/// </summary>
public static class StorageFaults
{
    private const int InvalidDatafileState = 999;

    public static bool IsFatal(Exception exception) => exception switch
    {
        IOException or ObjectDisposedException => true,
        LiteException lite => lite.ErrorCode == InvalidDatafileState || lite.InnerException is IOException,
        _ => false,
    };
}
