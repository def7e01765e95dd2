using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Tests.Hosting;

/// <summary>builtin://'s grain storage keeps Orleans' storage semantics: copies, ETags, clearing.</summary>
public sealed class InProcessGrainStorageTests : IDisposable
{
    private static readonly GrainId Grain = GrainId.Create("proxy", "42");

    private readonly ServiceProvider _services = new ServiceCollection().AddSerializer(s => s.AddOrleansPVProtobuf()).BuildServiceProvider();
    private readonly InProcessGrainStorage _storage;

    public InProcessGrainStorageTests() => _storage = new InProcessGrainStorage(_services.GetRequiredService<DeepCopier>());

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_written_state_is_read_back_as_a_copy()
    {
        var written = new GrainState<ProxyState>(new ProxyState { GlobalId = 42, XmlName = "Contour" });
        await _storage.WriteStateAsync("proxy", Grain, written);
        written.State!.XmlName = "changed after the write";

        var read = new GrainState<ProxyState>(new ProxyState());
        await _storage.ReadStateAsync("proxy", Grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal("Contour", read.State!.XmlName);
        Assert.Equal(written.ETag, read.ETag);
        Assert.NotSame(written.State, read.State);
    }

    [Fact]
    public async Task A_write_with_a_stale_ETag_fails_and_keeps_the_stored_state()
    {
        var first = new GrainState<ProxyState>(new ProxyState { XmlName = "first" });
        await _storage.WriteStateAsync("proxy", Grain, first);
        var stale = new GrainState<ProxyState>(new ProxyState { XmlName = "stale" });
        await _storage.WriteStateAsync("proxy", Grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync("proxy", Grain, stale));
        var read = new GrainState<ProxyState>(new ProxyState());
        await _storage.ReadStateAsync("proxy", Grain, read);
        Assert.Equal("first", read.State!.XmlName);
    }

    [Fact]
    public async Task A_cleared_state_is_gone_and_can_be_written_again()
    {
        var state = new GrainState<ProxyState>(new ProxyState { XmlName = "kept" });
        await _storage.WriteStateAsync("proxy", Grain, state);
        await _storage.ClearStateAsync("proxy", Grain, state);

        var read = new GrainState<ProxyState>(new ProxyState());
        await _storage.ReadStateAsync("proxy", Grain, read);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        await _storage.WriteStateAsync("proxy", Grain, state);
        await _storage.ReadStateAsync("proxy", Grain, read);
        Assert.True(read.RecordExists);
    }
}
