using System.Net;
using System.Net.Sockets;

namespace OrleansPV.TestUtilities.Servers;

/// <summary>Where the test command (eng/install-test-tools.sh) put the tools it installed, and free loopback ports.</summary>
public static class TestTools
{
    /// <summary>The solution's folder, found by walking up from the test assembly to OrleansPV.sln.</summary>
    public static string SolutionDirectory { get; } = FindSolutionDirectory();

    /// <summary>.test-tools beside the solution: npm packages the test command installed.</summary>
    public static string Directory => Path.Combine(SolutionDirectory, ".test-tools");

    /// <summary>A loopback port nothing listens on now (the OS's choice of an ephemeral port).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Completes when a TCP connection to 127.0.0.1:<paramref name="port"/> is accepted.</summary>
    public static async Task WaitForListenerAsync(int port, Func<bool> stillRunning, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (!stillRunning())
            {
                throw new InvalidOperationException($"The server meant to listen on 127.0.0.1:{port} exited before it listened.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, deadline.Token);
            }
        }
    }

    private static string FindSolutionDirectory()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrleansPV.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"OrleansPV.sln was not found above {AppContext.BaseDirectory}.");
    }
}
