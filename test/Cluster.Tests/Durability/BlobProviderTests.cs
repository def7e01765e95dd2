using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Definitions;
using OrleansPV.Grains.Ids;
using OrleansPV.Grains.Proxies;
using OrleansPV.Grains.Sessions;
using Xunit.Abstractions;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>Orleans' Azure Blob grain storage as the silo configures it, against a real Azurite.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class BlobProviderTests(AzuriteFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _container = AzuriteFixture.NewContainer();
    private InProcessTestCluster _cluster = null!;

    private IGrainStorage Storage => _cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageProviders.State);

    public async Task InitializeAsync() => _cluster = await fixture.StartClusterAsync(_container);

    public Task DisposeAsync() => AzuriteFixture.StopAsync(_cluster);

    [Fact]
    public async Task Every_state_the_grains_store_comes_back_as_written()
    {
        var proxy = new ProxyGrainState { Proxy = Sphere(7, 2.5) };
        proxy.LastSequence["client-a"] = 41;
        var session = new SessionGrainState { Created = true, Sequence = 3, MasterClientId = "client-a", ClientTimeout = TimeSpan.FromSeconds(7) };
        session.Clients.Add(new ClientInfo("client-a", "ada"));
        session.Registrations.Add(new Registration { Group = "sources", Name = "Sphere1", GlobalId = 7 });
        session.Proxies.Add(7);
        session.ProcessedPushes["client-a"] = 41;
        session.OpenChanges.Add(new SessionChange(3, "client-a", Push(Sphere(7, 2.5))));
        session.Undo = new StoredUndo { First = 0, Cursor = 1, SealedEnd = 0, Open = [UndoSetOf(7)] };
        var definitions = new DefinitionCatalogState { Documents = [new DefinitionDocument("fine.xml", "<ServerManagerConfiguration/>")] };
        var ids = new GlobalIdAllocatorState { Next = 4096 };
        var changes = new ChangeChunk { Changes = [new SessionChange(1, "client-a", Push(Sphere(7, 1.0)))] };
        var undo = new UndoChunk { Start = 16, Sets = [UndoSetOf(7)] };

        Assert.Equal(Describe(proxy.Proxy) + "|41", Summary(await RoundTripAsync("proxy", proxy)));
        SessionGrainState readSession = await RoundTripAsync("session", session);
        DefinitionCatalogState readDefinitions = await RoundTripAsync("definitions", definitions);
        GlobalIdAllocatorState readIds = await RoundTripAsync("globalIds", ids);
        ChangeChunk readChanges = await RoundTripAsync("sessionlog", changes);
        UndoChunk readUndo = await RoundTripAsync("sessionundo", undo);

        Assert.Equal((true, 3ul, "client-a", TimeSpan.FromSeconds(7)), (readSession.Created, readSession.Sequence, readSession.MasterClientId, readSession.ClientTimeout));
        Assert.Equal(session.Clients, readSession.Clients);
        Assert.Equal(session.Registrations, readSession.Registrations);
        Assert.Equal(session.Proxies, readSession.Proxies);
        Assert.Equal(session.ProcessedPushes, readSession.ProcessedPushes);
        Assert.Equal(session.OpenChanges.Single().Message, readSession.OpenChanges.Single().Message);
        Assert.Equal((0L, 1L, 0L), (readSession.Undo.First, readSession.Undo.Cursor, readSession.Undo.SealedEnd));
        Assert.Equal(session.Undo.Open[0].Steps[0].Inverse, readSession.Undo.Open[0].Steps[0].Inverse);
        Assert.Equal(definitions.Documents, readDefinitions.Documents);
        Assert.Equal(4096ul, readIds.Next);
        Assert.Equal(changes.Changes[0], readChanges.Changes[0]);
        Assert.Equal((16L, "ada-undo"), (readUndo.Start, readUndo.Sets[0].Label));
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_fails_with_InconsistentStateException_and_keeps_the_winner()
    {
        GrainId id = GrainId.Create("proxy", Guid.NewGuid().ToString("N"));
        var first = new GrainState<ProxyGrainState>(new ProxyGrainState { Proxy = Sphere(9, 1.0) });
        await Storage.WriteStateAsync("proxy", id, first);
        var readByA = await ReadAsync<ProxyGrainState>("proxy", id);
        var readByB = await ReadAsync<ProxyGrainState>("proxy", id);

        readByA.State!.Proxy = Sphere(9, 2.0);
        await Storage.WriteStateAsync("proxy", id, readByA);
        readByB.State!.Proxy = Sphere(9, 3.0);
        InconsistentStateException conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("proxy", id, readByB));

        output.WriteLine($"What the losing writer sees: {conflict.Message}");
        Assert.Contains(id.ToString(), conflict.Message, StringComparison.Ordinal);
        Assert.Equal(Describe(Sphere(9, 2.0)), Describe((await ReadAsync<ProxyGrainState>("proxy", id)).State!.Proxy));
    }

    [Fact]
    public async Task What_was_written_before_Azurite_restarted_is_read_after_and_a_write_while_it_is_down_fails_then_succeeds()
    {
        GrainId id = GrainId.Create("proxy", Guid.NewGuid().ToString("N"));
        var state = new GrainState<ProxyGrainState>(new ProxyGrainState { Proxy = Sphere(11, 1.5) });
        await Storage.WriteStateAsync("proxy", id, state);
        await fixture.Azurite.WaitUntilSavedAsync();

        await fixture.Azurite.RestartAsync();
        GrainState<ProxyGrainState> afterRestart = await ReadAsync<ProxyGrainState>("proxy", id);
        await fixture.Azurite.StopAsync();
        afterRestart.State!.Proxy = Sphere(11, 4.5);
        Exception down = await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteStateAsync("proxy", id, afterRestart));
        await fixture.Azurite.StartAgainAsync();
        await Storage.WriteStateAsync("proxy", id, afterRestart);

        output.WriteLine($"A write while Azurite is down: {down.GetType().Name}: {down.Message}");
        Assert.Equal(Describe(Sphere(11, 1.5)), Describe(state.State!.Proxy));
        Assert.Contains("Connection refused", down.ToString(), StringComparison.Ordinal);
        Assert.Equal(Describe(Sphere(11, 4.5)), Describe((await ReadAsync<ProxyGrainState>("proxy", id)).State!.Proxy));
    }

    private async Task<T> RoundTripAsync<T>(string stateName, T value)
        where T : class, new()
    {
        GrainId id = GrainId.Create(stateName, Guid.NewGuid().ToString("N"));
        await Storage.WriteStateAsync(stateName, id, new GrainState<T>(value));
        GrainState<T> read = await ReadAsync<T>(stateName, id);
        Assert.True(read.RecordExists);
        return read.State!;
    }

    private async Task<GrainState<T>> ReadAsync<T>(string stateName, GrainId id)
        where T : class, new()
    {
        var read = new GrainState<T>(new T());
        await Storage.ReadStateAsync(stateName, id, read);
        return read;
    }

    private static string Summary(ProxyGrainState state) => Describe(state.Proxy) + "|" + state.LastSequence["client-a"];

    private static string Describe(ProxyState state) => state.ToString();

    private static ProxyState Sphere(ulong globalId, double radius)
    {
        var state = new ProxyState { GlobalId = globalId, XmlGroup = "sources", XmlName = "SphereSource", Version = 2 };
        var radiusProperty = new PropertyState { Name = "Radius", Kind = ValueKind.Double };
        radiusProperty.Doubles.Add(radius);
        state.Properties.Add(radiusProperty);
        return state;
    }

    private static PushState Push(ProxyState state) => new() { Header = new MessageHeader { GlobalId = state.GlobalId, ClientId = "client-a" }, Proxy = state };

    private static UndoSet UndoSetOf(ulong globalId) => new()
    {
        ClientId = "client-a",
        Group = 1,
        Label = "ada-undo",
        Steps = [new UndoStep([Push(Sphere(globalId, 2.5))], [Push(Sphere(globalId, 1.0))])],
    };
}
