namespace RegistryBot.LoadTest.Connector;

/// <summary>What the fake connector accepted: replies to activities, proactive messages (notifications), in-place updates.</summary>
public readonly record struct ConnectorTraffic(long Replies, long ProactiveMessages, long Updates)
{
    public static ConnectorTraffic operator -(ConnectorTraffic end, ConnectorTraffic start) =>
        new(end.Replies - start.Replies, end.ProactiveMessages - start.ProactiveMessages, end.Updates - start.Updates);
}
