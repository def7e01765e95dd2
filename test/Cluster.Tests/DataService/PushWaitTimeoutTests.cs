using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;

namespace OrleansPV.Cluster.Tests.DataService;

/// <summary>
/// DataService:PushWaitTimeout, on a cluster of its own whose timeout is short (the shared cluster's is
/// longer than any test's patience, so that there a call held up by a push wait fails its test).
/// </summary>
public sealed class PushWaitTimeoutTests(ShortPushWaitClusterFixture fixture) : IClassFixture<ShortPushWaitClusterFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_update_whose_pushes_never_arrive_fails_with_an_error_naming_them_and_the_service_stays_usable()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        await contour.UpdatePipelineAsync();
        IDataServiceGrain service = fixture.Client.GetGrain<IDataServiceGrain>(session.Id);

        PipelineException error = await Assert.ThrowsAsync<PipelineException>(
            () => service.UpdatePipelineAsync(contour.GlobalId, 0, null, new PushWatermark(session.ClientId, ulong.MaxValue)).WaitAsync(Patience));
        DataInformation next = await contour.UpdatePipelineAsync().WaitAsync(Patience);

        Assert.Contains($"client '{session.ClientId}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataService:PushWaitTimeout", error.Message, StringComparison.Ordinal);
        ReferenceCases.AssertMatches("wavelet_32_contour_157", next);
    }
}
