using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.DataService;
using OrleansPV.GrainInterfaces;
using Xunit.Abstractions;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>The whole cluster stopped and started again on the same Azurite: every session comes back by id, identical.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class ClusterRestartTests(AzuriteFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task A_session_joined_by_id_after_a_cluster_restart_is_identical_and_its_undo_history_carries_on()
    {
        string container = AzuriteFixture.NewContainer();
        InProcessTestCluster before = await fixture.StartClusterAsync(container, silos: 2);
        DurableScene.Built built;
        SessionSnapshot snapshotBefore;
        try
        {
            await using Connection ada = AzuriteFixture.Connect(before);
            built = await DurableScene.BuildAsync(await ada.CreateSessionAsync("ada"));
            snapshotBefore = await before.Client.GetGrain<ISessionGrain>(built.SessionId).GetSnapshotAsync();
        }
        finally
        {
            await AzuriteFixture.StopAsync(before);
        }

        InProcessTestCluster after = await fixture.StartClusterAsync(container, silos: 2);
        try
        {
            await using Connection bob = AzuriteFixture.Connect(after);
            Session joined = await bob.JoinSessionAsync(built.SessionId, "bob");
            SessionSnapshot snapshotAfter = await after.Client.GetGrain<ISessionGrain>(built.SessionId).GetSnapshotAsync();
            Proxy view = joined.FindProxy("views", "RenderView1")!;
            Frame frame = await view.RenderAsync();
            List<SessionChange> log = await ReadLogAsync(after, built.SessionId, snapshotAfter.Sequence);
            Proxy contour = joined.FindProxy("sources", "Contour1")!;
            bool undone = await joined.UndoAsync();
            Proxy fine = joined.CreateProxy("sources", built.PluginProxy);
            DataInformation fineInfo = await fine.UpdatePipelineAsync();

            output.WriteLine($"{snapshotBefore.Proxies.Count} proxies, {snapshotBefore.ProxyManager.Registrations.Count} registrations, {log.Count} changes came back");
            Assert.Equal(Sorted(snapshotBefore.Proxies), Sorted(snapshotAfter.Proxies));
            Assert.Equal(snapshotBefore.ProxyManager, snapshotAfter.ProxyManager);
            Assert.Equal(built.Camera, DurableScene.CameraOf(view));
            Assert.Equal(built.Picture, frame.Bytes);
            Assert.Equal(Enumerable.Range(1, (int)snapshotAfter.Sequence).Select(i => (ulong)i), log.Select(c => c.Sequence));
            Assert.True(undone);
            Assert.Equal([DurableScene.FirstContourValue], contour.GetProperty("ContourValues").AsDoubles());
            Assert.Equal(DurableScene.PluginDefaultPoints, fineInfo.NumberOfPoints);
        }
        finally
        {
            await AzuriteFixture.StopAsync(after);
        }
    }

    private static ProxyState[] Sorted(IEnumerable<ProxyState> proxies) => [.. proxies.OrderBy(p => p.GlobalId)];

    /// <summary>Every change the session's feed serves from the beginning up to <paramref name="last"/>.</summary>
    private static async Task<List<SessionChange>> ReadLogAsync(InProcessTestCluster cluster, string sessionId, ulong last)
    {
        var changes = new List<SessionChange>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await foreach (SessionChange change in cluster.Client.GetGrain<ISessionFeedGrain>(sessionId).ChangesAsync(0, stop.Token))
        {
            changes.Add(change);
            if (change.Sequence >= last)
            {
                break;
            }
        }

        return changes;
    }
}
