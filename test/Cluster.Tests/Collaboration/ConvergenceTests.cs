using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Collaboration;

/// <summary>
/// The rule: the session's order decides. Concurrent pushes to the same property from several clients
/// end with every client and the proxy grain holding the value the session accepted last.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConvergenceTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_concurrent_pushes_from_four_clients_converge_everywhere(int seed)
    {
        const int Clients = 4;
        const int PushesPerClient = 750;
        Connection[] connections = await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => fixture.ConnectAsync(i)));
        try
        {
            Session first = await connections[0].CreateSessionAsync("client0");
            Proxy sphere = first.CreateProxy("sources", "SphereSource");
            first.RegisterProxy("sources", "Shared", sphere);
            await first.FlushAsync();
            Session[] sessions = [first, .. await Task.WhenAll(connections.Skip(1).Select((c, i) => c.JoinSessionAsync(first.Id, $"client{i + 1}")))];

            await Task.WhenAll(sessions.Select((session, index) => Task.Run(() =>
            {
                var random = new Random(seed * 100 + index);
                Proxy replica = session.FindProxy("sources", "Shared")!;
                for (int i = 0; i < PushesPerClient; i++)
                {
                    switch (random.Next(3))
                    {
                        case 0:
                            replica.SetProperty("ThetaResolution", random.Next(3, 200));
                            break;
                        case 1:
                            replica.SetProperty("Radius", Math.Round(random.NextDouble() * 10, 3));
                            break;
                        default:
                            replica.SetProperty("Center", random.Next(10), random.Next(10), random.Next(10));
                            break;
                    }

                    if (random.Next(4) == 0)
                    {
                        replica.UpdateVTKObjects();
                    }
                }

                replica.UpdateVTKObjects();
            })));
            await Task.WhenAll(sessions.Select(s => s.FlushAsync()));
            await Task.WhenAll(sessions.Select(s => s.SynchronizeAsync()));

            ProxyState authority = await fixture.Client.GetGrain<IProxyGrain>((long)sphere.GlobalId).PullAsync(new PullState());
            foreach (Session session in sessions)
            {
                Proxy replica = session.FindProxy("sources", "Shared")!;
                Assert.Equal(Value(authority, "ThetaResolution", 8), replica.GetProperty("ThetaResolution").AsDoubles());
                Assert.Equal(Value(authority, "Radius", 0.5), replica.GetProperty("Radius").AsDoubles());
                Assert.Equal(Value(authority, "Center", 0, 0, 0), replica.GetProperty("Center").AsDoubles());
            }
        }
        finally
        {
            foreach (Connection connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static double[] Value(ProxyState state, string name, params double[] defaults)
    {
        PropertyState? property = state.Properties.FirstOrDefault(p => p.Name == name);
        return property is null ? defaults : property.Ints.Count > 0 ? property.Ints.Select(i => (double)i).ToArray() : property.Doubles.ToArray();
    }
}
