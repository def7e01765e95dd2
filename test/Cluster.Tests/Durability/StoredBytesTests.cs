using Orleans.TestingHost;
using OrleansPV.Client;
using OrleansPV.GrainInterfaces;
using Xunit.Abstractions;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>What a session leaves in blob storage: an idle one a few kilobytes, the warm-up's nothing.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class StoredBytesTests(AzuriteFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _container = AzuriteFixture.NewContainer();
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await fixture.StartClusterAsync(_container);

    public Task DisposeAsync() => AzuriteFixture.StopAsync(_cluster);

    [Fact]
    public async Task An_idle_typical_session_is_stored_in_a_few_kilobytes_and_comes_back_by_id()
    {
        DurableScene.Built built;
        SessionSnapshot before;
        await using (Connection ada = AzuriteFixture.Connect(_cluster))
        {
            built = await DurableScene.BuildAsync(await ada.CreateSessionAsync("ada"));
            before = await _cluster.Client.GetGrain<ISessionGrain>(built.SessionId).GetSnapshotAsync();
        }

        await _cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        IReadOnlyList<(string Name, long Bytes)> blobs = await fixture.ListBlobsAsync(_container);
        HashSet<string> proxies = [.. before.Proxies.Select(p => $"proxy/{p.GlobalId:x}"), .. before.Proxies.Select(p => $"proxy/{p.GlobalId}")];
        (string Name, long Bytes)[] session = [.. blobs.Where(b => b.Name.Contains(built.SessionId, StringComparison.Ordinal) || proxies.Any(p => b.Name.Contains(p, StringComparison.Ordinal)))];
        await using Connection bob = AzuriteFixture.Connect(_cluster);
        Session joined = await bob.JoinSessionAsync(built.SessionId, "bob");

        foreach ((string name, long bytes) in session)
        {
            output.WriteLine($"{bytes,8} {name}");
        }

        long total = session.Sum(b => b.Bytes);
        output.WriteLine($"{total} bytes in {session.Length} blobs for an idle session of {before.Proxies.Count} proxies and {before.Sequence} changes");
        Assert.Contains(session, b => b.Name.Contains("session", StringComparison.Ordinal));
        Assert.Equal(before.Proxies.Count, session.Count(b => b.Name.StartsWith("proxy", StringComparison.Ordinal)));
        Assert.InRange(total, 1, 64 * 1024);
        Assert.Equal(built.Camera, DurableScene.CameraOf(joined.FindProxy("views", "RenderView1")!));
    }

    [Fact]
    public async Task The_service_warm_up_leaves_nothing_in_storage()
    {
        await using (Connection first = AzuriteFixture.Connect(_cluster))
        {
            // The global-id counter exists before (any session reserves ids), so only the warm-up could add blobs.
            await first.CreateSessionAsync("ada");
        }

        await _cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        HashSet<string> before = [.. (await fixture.ListBlobsAsync(_container)).Select(b => b.Name)];
        ServiceWarmUpReport report;
        // As the silo host runs it: its own connection, disposed when done.
        await using (Connection connection = AzuriteFixture.Connect(_cluster))
        {
            report = await ServiceWarmUpScene.RunAsync(connection, TimeSpan.FromMilliseconds(1));
        }

        await _cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        string[] added = [.. (await fixture.ListBlobsAsync(_container)).Select(b => b.Name).Where(n => !before.Contains(n))];

        output.WriteLine($"Blobs before the warm-up: {string.Join(", ", before)}");
        Assert.Equal(2, report.Stills);
        Assert.Empty(added);
    }
}
