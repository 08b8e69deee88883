using System.Threading.Channels;
using RegistryBot.Portal;

namespace RegistryBot.Ordering.Orders;

/// <summary>
/// Hands placed orders to the provider's portal after the turn that placed them has answered: a
/// slow or unreachable portal (its client may retry for many seconds) must not hold "Order now"
/// past the few seconds Teams gives an invoke, nor hold the turns waiting behind it. An order not
/// handed over (the queue full, the portal down, the app stopping) stays recorded as not yet taken
/// by the portal, and the status job offers it again.
/// </summary>
public sealed partial class OrderSubmissions(IRegistryPortal portal, OrderStore orders, ILogger<OrderSubmissions> logger) : BackgroundService
{
    private const int Capacity = 1_000;
    private const int Workers = 4;

    private readonly Channel<Order> _queue = Channel.CreateBounded<Order>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues the order for the portal; false (and logged) when it is left to the status job.</summary>
    public bool Enqueue(Order order)
    {
        if (_queue.Writer.TryWrite(order))
        {
            return true;
        }

        LogLeftToStatusJob(order.Id);
        return false;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => SubmitQueuedAsync(stoppingToken), CancellationToken.None)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task SubmitQueuedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var order in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await SubmitAsync(order, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is offered again by the status job after the restart.
        }
    }

    private async Task SubmitAsync(Order order, CancellationToken cancellationToken)
    {
        try
        {
            var submission = await portal.SubmitOrderAsync(order, cancellationToken);
            if (submission.Accepted)
            {
                _ = orders.MarkSubmittedAsync(order.Id, exception => LogMarkFailed(order.Id, exception.Message));
            }
            else
            {
                // The status job offers it again and, if the portal keeps refusing, reports the order as failed.
                LogPortalRefused(order.Id, submission.Reason);
            }
        }
        catch (Exception exception) when (exception is PortalUnavailableException or HttpRequestException or TimeoutException)
        {
            LogPortalUnreachable(order.Id, exception.Message);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A worker must outlive any one order: the status job offers this one again.
            LogSubmissionFailed(order.Id, exception);
        }
    }

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "The portal refused order {OrderId}: {Reason}")]
    private partial void LogPortalRefused(string orderId, string? reason);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "The portal could not be reached for order {OrderId}: {Reason}")]
    private partial void LogPortalUnreachable(string orderId, string reason);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Could not record that the portal took order {OrderId}; the status job will offer it again: {Reason}")]
    private partial void LogMarkFailed(string orderId, string reason);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Order {OrderId} is left to the status job: too many orders are waiting for the portal")]
    private partial void LogLeftToStatusJob(string orderId);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Error, Message = "Handing order {OrderId} to the portal failed; the status job will offer it again")]
    private partial void LogSubmissionFailed(string orderId, Exception exception);
}
