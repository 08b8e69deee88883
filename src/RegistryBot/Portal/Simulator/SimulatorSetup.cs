using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Portal.Simulator;

public sealed class SimulatorSetup : ICollectionSetup
{
    public const string OrdersCollection = "simulator_orders";
    public const string TicketsCollection = "simulator_tickets";

    public void Map(BsonMapper mapper)
    {
        mapper.Entity<SimulatedPortalOrder>().Id(order => order.Id, autoId: false);
        mapper.Entity<SimulatedTicket>().Id(ticket => ticket.Id, autoId: false);
    }

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.RoundTrip(new SimulatedPortalOrder { Id = "ORD-WARMUP", Region = "r", SubmittedAt = DateTime.UtcNow, FailureReason = "f" });
        database.Mapper.RoundTrip(new SimulatedTicket
        {
            Id = "r", Reference = "TCK-1", OrderId = "o", TenantId = "t", RequestedBy = "u", Description = "d", CreatedAt = DateTime.UtcNow,
        });
        database.GetCollection<SimulatedTicket>(TicketsCollection).EnsureIndex(ticket => ticket.Reference, unique: true);
    }
}
