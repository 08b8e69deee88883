using LiteDB;
using RegistryBot.Storage;

namespace RegistryBot.Ordering.Tickets;

public sealed class TicketStore(LiteDbStore store)
{
    private ILiteCollection<OrderTicket> Collection => store.Database.GetCollection<OrderTicket>(TicketSetup.CollectionName);

    public OrderTicket? FindByRequest(string requestId) => Collection.FindById(requestId);

    public IReadOnlyList<OrderTicket> ForOrder(string orderId) =>
        Collection.Find(ticket => ticket.OrderId == orderId).OrderBy(ticket => ticket.CreatedAt).ToList();

    /// <summary>Stores the ticket unless one was stored for the same request meanwhile; returns the one stored.</summary>
    public OrderTicket Add(OrderTicket ticket)
    {
        try
        {
            Collection.Insert(ticket);
            return ticket;
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return Collection.FindById(ticket.Id);
        }
    }
}
