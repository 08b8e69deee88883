namespace RegistryBot.Teams.Hosting;

/// <summary>Told of every request the endpoint refuses before the app sees it (for an audit trail).</summary>
public interface IInboundRequestObserver
{
    void Refused(InboundRefusal refusal);
}
