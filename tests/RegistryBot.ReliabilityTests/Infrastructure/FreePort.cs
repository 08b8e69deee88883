using System.Net;
using System.Net.Sockets;

namespace RegistryBot.ReliabilityTests.Infrastructure;

/// <summary>A loopback port nobody listens on right now (the kernel's choice, released at once).</summary>
public static class FreePort
{
    public static int Take()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
