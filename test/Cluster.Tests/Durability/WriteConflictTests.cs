using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Sessions;
using Xunit.Abstractions;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>Two writers of one session (as two activations racing would be): the loser's push fails clearly and nothing is lost.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class WriteConflictTests(AzuriteFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _container = AzuriteFixture.NewContainer();
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await fixture.StartClusterAsync(_container);

    public Task DisposeAsync() => AzuriteFixture.StopAsync(_cluster);

    [Fact]
    public async Task A_push_after_another_writer_stored_the_session_fails_with_the_ETag_conflict_and_succeeds_when_sent_again()
    {
        ISessionGrain session = _cluster.Client.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
        JoinResult joined = await session.CreateAsync("raw");
        string client = joined.Client.ClientId;
        ulong globalId = joined.GlobalIds.First;
        await session.PushAsync([Radius(client, 1, globalId, 1.0, create: true)]);
        ulong before = await session.GetSequenceAsync();

        // The other writer reads the session and stores it again: the active session's ETag is now stale.
        IGrainStorage storage = _cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageProviders.State);
        var other = new GrainState<SessionGrainState>(new SessionGrainState());
        await storage.ReadStateAsync(SessionFeedGrain.SessionStateName, session.GetGrainId(), other);
        await storage.WriteStateAsync(SessionFeedGrain.SessionStateName, session.GetGrainId(), other);

        PushState change = Radius(client, 2, globalId, 2.0, create: false);
        SessionException conflict = await Assert.ThrowsAsync<SessionException>(() => session.PushAsync([change]));
        PushResult resent = await session.PushAsync([change]);
        SessionSnapshot stored = await session.GetSnapshotAsync();

        output.WriteLine($"What the client sees: {conflict.Message}");
        Assert.Contains("could not store change", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("ETag", conflict.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((1, 0, before + 1), (resent.Applied, resent.Rejections.Count, resent.LastSequence));
        Assert.Equal([2.0], stored.Proxies.Single().Properties.Single(p => p.Name == "Radius").Doubles);
        Assert.Equal(before + 1, stored.Sequence);

        // The proxy stored the change before the session's save failed; the re-sent push still undoes.
        Assert.True(await session.UndoAsync(client));
        SessionSnapshot undone = await session.GetSnapshotAsync();
        Assert.Equal([1.0], undone.Proxies.Single().Properties.Single(p => p.Name == "Radius").Doubles);
    }

    private static PushState Radius(string client, ulong sequence, ulong globalId, double radius, bool create)
    {
        var state = new ProxyState { GlobalId = globalId };
        if (create)
        {
            (state.XmlGroup, state.XmlName) = ("sources", "SphereSource");
        }

        var property = new PropertyState { Name = "Radius", Kind = ValueKind.Double };
        property.Doubles.Add(radius);
        state.Properties.Add(property);
        return new PushState { Header = new MessageHeader { ClientId = client, ClientSequence = sequence, GlobalId = globalId }, Proxy = state };
    }
}
