using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client.Tests.Doubles;

/// <summary>
/// A <see cref="Session"/> as a client program gets it, joined to a session that lives only in an
/// <see cref="InMemorySessionTransport"/>. The connection wraps an Orleans client that is built but never
/// started: nothing reaches a network, and every call of the session goes through the transport.
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    public const string ClientId = "client-1";
    public const string OtherClientId = "client-2";

    private readonly IHost _host;

    private ClientHarness(IHost host, Connection connection, Session session, InMemorySessionTransport transport)
    {
        _host = host;
        Connection = connection;
        Session = session;
        Transport = transport;
    }

    public Connection Connection { get; }

    public Session Session { get; }

    public InMemorySessionTransport Transport { get; }

    /// <param name="synchronousPushes">ConnectionOptions.SynchronousPushes (the debug mode).</param>
    /// <param name="ids">The id block the join hands out (default: 100 ids from 1000).</param>
    /// <param name="snapshot">What the session holds at join (default: nothing).</param>
    public static ClientHarness Join(bool synchronousPushes = false, GlobalIdBlock? ids = null, SessionSnapshot? snapshot = null)
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleansClient(client =>
        {
            client.UseLocalhostClustering();
            client.AddMemoryStreams(StreamNames.Provider);
        });
        IHost host = builder.Build();
        var options = new ConnectionOptions { SynchronousPushes = synchronousPushes, HeartbeatInterval = Timeout.InfiniteTimeSpan };
        Connection connection = Connection.Attach(host.Services.GetRequiredService<IClusterClient>(), options);

        GlobalIdBlock block = ids ?? new GlobalIdBlock(1000, 100);
        var me = new ClientInfo(ClientId, "alice");
        var joined = new JoinResult(
            me,
            snapshot ?? new SessionSnapshot(new ProxyManagerState(), [], 0),
            block,
            [],
            [me, new ClientInfo(OtherClientId, "bob")],
            ClientId);
        var transport = new InMemorySessionTransport(block);
        return new ClientHarness(host, connection, new Session(connection, "session-1", joined, transport), transport);
    }

    public async ValueTask DisposeAsync()
    {
        await Session.LeaveAsync();
        await Connection.DisposeAsync();
        _host.Dispose();
    }
}
