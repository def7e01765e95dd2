using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Foundation;

/// <summary>
/// OrleansPV's exceptions carry no Orleans serializers (they live in the Orleans-free Definitions
/// assembly): their type and details must still arrive intact through the cluster's external client,
/// whose messages are serialized.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ErrorDetailsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_definition_error_from_a_grain_keeps_its_type_source_and_line()
    {
        ISessionGrain session = fixture.Client.GetGrain<ISessionGrain>(Guid.NewGuid().ToString("N"));
        await session.CreateAsync("ada");

        DefinitionException error = await Assert.ThrowsAsync<DefinitionException>(
            () => session.RegisterDefinitionsAsync("<ServerManagerConfiguration>\n  <ProxyGroup name=\"sources\">\n</ServerManagerConfiguration>", "broken-wire.xml"));

        Assert.Equal(("broken-wire.xml", 3), (error.SourceName, error.LineNumber));
        Assert.Contains("broken-wire.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_error_from_a_grain_keeps_its_type_and_message()
    {
        ISessionGrain missing = fixture.Client.GetGrain<ISessionGrain>($"no-such-session-{Guid.NewGuid():N}");

        SessionException error = await Assert.ThrowsAsync<SessionException>(() => missing.JoinAsync("bob"));

        Assert.Contains("no-such-session", error.Message, StringComparison.Ordinal);
    }
}
