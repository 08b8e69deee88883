using RegistryBot.Teams.Connector;

namespace RegistryBot.Conversations;

/// <summary>
/// After a restart, proactive messages must still reach conversations whose serviceUrl an
/// authenticated activity proved earlier; the stored references are that proof.
/// </summary>
public sealed class TrustedServiceUrlSeeder(ConversationReferenceStore references, TrustedServiceUrls trusted) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var serviceUrl in references.AuthenticatedServiceUrls())
        {
            trusted.Trust(serviceUrl);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
