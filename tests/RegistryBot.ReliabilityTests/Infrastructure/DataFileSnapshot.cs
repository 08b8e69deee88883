using LiteDB;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>
/// The bot's LiteDB file as the next start will find it: the data file and its write-ahead log are
/// copied (the bot must not be running) and the copy opened, so recovery runs on the copy and the
/// original stays exactly as the crash left it. Read as plain BSON, independent of the app's types.
/// </summary>
public sealed class DataFileSnapshot
{
    private DataFileSnapshot(Dictionary<string, IReadOnlyList<BsonDocument>> collections) => Collections = collections;

    public IReadOnlyDictionary<string, IReadOnlyList<BsonDocument>> Collections { get; }

    public IReadOnlyList<BsonDocument> Orders => Of("orders");

    public IReadOnlyList<BsonDocument> Drafts => Of("drafts");

    public IReadOnlyList<BsonDocument> Outbox => Of("outbox");

    public IReadOnlyList<BsonDocument> Of(string collection) => Collections.TryGetValue(collection, out var documents) ? documents : [];

    public static DataFileSnapshot Read(string dataFilePath)
    {
        var directory = Directory.CreateTempSubdirectory("registrybot-snapshot-").FullName;
        try
        {
            var copy = Path.Combine(directory, "bot.db");
            File.Copy(dataFilePath, copy);
            var log = LogFileOf(dataFilePath);
            if (File.Exists(log))
            {
                File.Copy(log, LogFileOf(copy));
            }

            using var database = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct });
            var collections = database.GetCollectionNames()
                .ToDictionary(name => name, name => (IReadOnlyList<BsonDocument>)database.GetCollection(name).FindAll().ToList());
            return new DataFileSnapshot(collections);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>LiteDB 5 keeps its write-ahead log beside the data file: <c>bot.db</c> → <c>bot-log.db</c>.</summary>
    public static string LogFileOf(string dataFilePath) =>
        Path.Combine(Path.GetDirectoryName(dataFilePath)!, Path.GetFileNameWithoutExtension(dataFilePath) + "-log" + Path.GetExtension(dataFilePath));

    /// <summary>
    /// What must hold after any crash: no half-written order (each order's draft is placed and names
    /// it, each placed draft has its order), at most one order per draft, and outbox rows that match
    /// their orders (each row's order exists and reached the row's status; each status an order
    /// reached after <c>new</c> has its row, as the sweep writes both in one transaction).
    /// </summary>
    public IReadOnlyList<string> IntegrityViolations()
    {
        var problems = new List<string>();
        var drafts = Drafts.ToDictionary(draft => draft["_id"].AsString, StringComparer.Ordinal);
        var orders = Orders.ToDictionary(order => order["_id"].AsString, StringComparer.Ordinal);

        foreach (var group in Orders.GroupBy(order => order["DraftId"].AsString).Where(group => group.Count() > 1))
        {
            problems.Add($"draft {group.Key} became {group.Count()} orders");
        }

        foreach (var (id, order) in orders)
        {
            var draftId = order["DraftId"].AsString;
            if (!drafts.TryGetValue(draftId, out var draft))
            {
                problems.Add($"order {id}: its draft {draftId} is missing");
                continue;
            }

            if (draft["State"].AsString != "Placed" || draft["OrderId"].AsString != id)
            {
                problems.Add($"order {id}: its draft {draftId} is {draft["State"]} naming order {draft["OrderId"]}");
            }
        }

        foreach (var (id, draft) in drafts.Where(pair => pair.Value["State"].AsString == "Placed"))
        {
            var orderId = draft["OrderId"].AsString;
            if (orderId is null || !orders.TryGetValue(orderId, out var order) || order["DraftId"].AsString != id)
            {
                problems.Add($"draft {id} is placed but its order {orderId} is missing");
            }
        }

        var outboxIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Outbox)
        {
            var entryId = entry["_id"].AsString;
            outboxIds.Add(entryId);
            var orderId = entry["OrderId"].AsString;
            var status = entry["Status"].AsString;
            if (entryId != $"{orderId}:{status}")
            {
                problems.Add($"outbox {entryId} names order {orderId} status {status}");
            }

            if (!orders.TryGetValue(orderId, out var order))
            {
                problems.Add($"outbox {entryId}: its order is missing");
            }
            else if (!StatusesOf(order).Contains(status))
            {
                problems.Add($"outbox {entryId}: the order never reached {status} (it is {order["Status"]})");
            }
        }

        foreach (var (id, order) in orders)
        {
            foreach (var status in StatusesOf(order).Where(status => status != "new"))
            {
                if (!outboxIds.Contains($"{id}:{status}"))
                {
                    problems.Add($"order {id} reached {status} without its outbox row");
                }
            }
        }

        return problems;
    }

    public static IReadOnlyList<string> StatusesOf(BsonDocument order) =>
        order["History"].AsArray.Select(change => change["Status"].AsString).ToList();
}
