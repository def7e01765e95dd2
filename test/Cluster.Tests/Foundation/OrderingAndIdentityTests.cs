using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Foundation;

[Collection(ClusterCollection.Name)]
public sealed class OrderingAndIdentityTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_thousand_fire_and_forget_pushes_arrive_in_order_and_end_at_the_last_value()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy sphere = session.CreateProxy("sources", "SphereSource");

        for (int i = 1; i <= 1000; i++)
        {
            sphere.SetProperty("ThetaResolution", 3 + i);
            sphere.UpdateVTKObjects();
        }

        await sphere.UpdatePropertyInformationAsync();

        IReadOnlyList<PushState> received = PushOrderRecorder.ReceivedBy(session.ClientId, sphere.GlobalId);
        int[] values = received.Select(p => p.Proxy.Properties.Single(q => q.Name == "ThetaResolution").Ints[0]).ToArray();
        ulong[] sequences = received.Select(p => p.Header.ClientSequence).ToArray();
        Assert.Equal(Enumerable.Range(4, 1000), values);
        Assert.Equal(sequences.Order(), sequences);
        ProxyState stored = await fixture.Client.GetGrain<IProxyGrain>((long)sphere.GlobalId).PullAsync(new PullState());
        Assert.Equal([1003], stored.Properties.Single(p => p.Name == "ThetaResolution").Ints);
        Assert.Equal(1000UL, stored.Version);
    }

    [Fact]
    public async Task Global_ids_stay_unique_when_many_clients_create_proxies_at_once()
    {
        const int Clients = 4;
        const int PerClient = 3000;
        Connection[] connections = await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => fixture.ConnectAsync(i)));
        try
        {
            Session creator = await connections[0].CreateSessionAsync("creator");
            Session[] sessions = await Task.WhenAll(connections.Select((c, i) => i == 0 ? Task.FromResult(creator) : c.JoinSessionAsync(creator.Id, $"user{i}")));

            ulong[][] ids = await Task.WhenAll(sessions.Select(s => Task.Run(() =>
                Enumerable.Range(0, PerClient).Select(_ => s.CreateProxy("sources", "SphereSource").GlobalId).ToArray())));

            ulong[] all = ids.SelectMany(x => x).ToArray();
            Assert.Equal(Clients * PerClient, all.Length);
            Assert.Equal(all.Length, all.Distinct().Count());
            Assert.DoesNotContain(1UL, all);
        }
        finally
        {
            foreach (Connection connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
