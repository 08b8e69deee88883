using System.Net;
using System.Net.Sockets;

namespace RegistryBot.LoadTest.Bot;

public static class FreePort
{
    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int Find()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
