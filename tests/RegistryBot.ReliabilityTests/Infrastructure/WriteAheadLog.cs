using System.Buffers.Binary;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// Reads the page headers of a LiteDB 5 write-ahead log (<c>bot-log.db</c>): 8 KiB pages, the
/// transaction id at byte 14 and the "confirmed" flag at byte 18 (LiteDB's <c>BasePage</c>).
/// </summary>
public static class WriteAheadLog
{
    private const int PageSize = 8192;

    /// <summary>
    /// Transaction ids that occur twice in one log: confirmed twice, or with pages after their confirm.
    /// A transaction never writes after its confirm, so such an id was handed to two transactions, and
    /// recovery then merges them (LiteDB 5.0.21 resets its id counter at a checkpoint while another
    /// transaction may already hold an id: open defect 7 of docs/reliability.md).
    /// </summary>
    public static IReadOnlyList<uint> ReusedTransactionIds(string logFile)
    {
        if (!File.Exists(logFile))
        {
            return [];
        }

        var bytes = File.ReadAllBytes(logFile);
        var confirmed = new HashSet<uint>();
        var reused = new SortedSet<uint>();
        for (var page = 0; page + PageSize <= bytes.Length; page += PageSize)
        {
            var header = bytes.AsSpan(page, PageSize);
            if (!header.ContainsAnyExcept((byte)0))
            {
                continue;
            }

            var transaction = BinaryPrimitives.ReadUInt32LittleEndian(header[14..]);
            if (confirmed.Contains(transaction))
            {
                reused.Add(transaction);
            }

            if (header[18] == 1)
            {
                confirmed.Add(transaction);
            }
        }

        return [.. reused];
    }
}
