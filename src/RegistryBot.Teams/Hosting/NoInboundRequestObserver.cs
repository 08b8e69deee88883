namespace RegistryBot.Teams.Hosting;

public sealed class NoInboundRequestObserver : IInboundRequestObserver
{
    public void Refused(InboundRefusal refusal)
    {
    }
}
