using System.Net;
using System.Net.Sockets;

namespace SozialProduziert.Tests.Operations;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on right now (the OS picks it).</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The first port of <paramref name="range"/> that can be bound on loopback, for servers a test starts.</summary>
    public static int FirstFree(IEnumerable<int> range)
    {
        foreach (var port in range)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken; try the next one.
            }
        }

        throw new InvalidOperationException("No free port in the range.");
    }
}
