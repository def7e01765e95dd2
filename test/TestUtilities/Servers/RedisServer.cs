using System.Globalization;

namespace OrleansPV.TestUtilities.Servers;

/// <summary>A real redis-server (Debian package, installed by the test command) on 127.0.0.1 and a free port, with no persistence.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly ServerProcess _server;

    private RedisServer(ServerProcess server) => _server = server;

    public int Port => _server.Port;

    public int ProcessId => _server.ProcessId;

    /// <summary>The StackExchange.Redis connection string (what `Clustering:Redis:ConnectionString` takes).</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken = default)
    {
        int port = TestTools.FreeLoopbackPort();
        string[] arguments = ["--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"];
        return new RedisServer(await ServerProcess.StartAsync("redis-server", arguments, port, TimeSpan.FromSeconds(30), cancellationToken));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
