using LiteDB;

namespace RegistryBot.Portal.Simulator;

/// <summary>
/// Moves the simulator's records out of the bot's data file, where earlier versions kept them, so
/// orders placed before an upgrade still move on. The copy is checkpointed into the simulator's
/// file before the bot's collections are dropped; interrupted, it runs again at the next start.
/// </summary>
internal static class SimulatorRecordsMove
{
    private static readonly string[] Collections = [SimulatorSetup.OrdersCollection, SimulatorSetup.TicketsCollection];

    /// <summary>How many records were moved.</summary>
    public static int FromBotFile(LiteDatabase botDatabase, LiteDatabase simulatorDatabase)
    {
        var moved = 0;
        foreach (var name in Collections.Where(botDatabase.CollectionExists))
        {
            var records = botDatabase.GetCollection(name).FindAll().ToList();
            simulatorDatabase.GetCollection(name).Upsert(records);
            simulatorDatabase.Checkpoint();
            botDatabase.DropCollection(name);
            moved += records.Count;
        }

        return moved;
    }
}
