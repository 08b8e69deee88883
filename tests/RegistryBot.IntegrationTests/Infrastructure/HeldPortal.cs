using RegistryBot.Ordering.Orders;
using RegistryBot.Portal;

namespace RegistryBot.IntegrationTests.Infrastructure;

/// <summary>
/// The built-in simulator, except that it takes no order before the test releases it (a portal
/// that is slow to answer), and then takes it or fails as the test says. Everything else it passes through.
/// </summary>
public sealed class HeldPortal(IRegistryPortal inner) : PassThroughPortal(inner)
{
    private readonly TaskCompletionSource<Exception?> _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _firstOffer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The id of the first order offered to it.</summary>
    public Task<string> FirstOffer => _firstOffer.Task;

    public void Release() => _released.TrySetResult(null);

    /// <summary>Every offer, held or to come, fails with <paramref name="failure"/>.</summary>
    public void ReleaseFailing(Exception failure) => _released.TrySetResult(failure);

    public override async Task<PortalSubmission> SubmitOrderAsync(Order order, CancellationToken cancellationToken)
    {
        _firstOffer.TrySetResult(order.Id);
        if (await _released.Task.WaitAsync(cancellationToken) is { } failure)
        {
            throw failure;
        }

        return await base.SubmitOrderAsync(order, cancellationToken);
    }
}
