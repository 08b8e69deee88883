using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Tickets;

public sealed class TicketSetup : ICollectionSetup
{
    public const string CollectionName = "tickets";

    public void Map(BsonMapper mapper) => mapper.Entity<OrderTicket>().Id(ticket => ticket.Id, autoId: false);

    public void Prepare(LiteDatabase database)
    {
        database.Mapper.RoundTrip(new OrderTicket
        {
            Id = "r", OrderId = "o", Reference = "TCK-1", Url = "https://x.invalid/", RequestedBy = "u", Description = "d", CreatedAt = DateTime.UtcNow,
        });
        database.GetCollection<OrderTicket>(CollectionName).EnsureIndex(ticket => ticket.OrderId);
    }
}
