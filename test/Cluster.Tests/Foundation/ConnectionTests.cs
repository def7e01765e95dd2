using OrleansPV.TestUtilities.Servers;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.Foundation;

public sealed class ConnectionTests
{
    [Fact]
    public async Task An_orleans_client_uses_a_silo_host_started_as_its_own_process()
    {
        await using SiloHostProcess silo = await BuiltSilo.StartAsync(TimeSpan.FromSeconds(60));
        await using Connection connection = await Connection.ConnectAsync(silo.Gateway);

        Session session = await connection.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -32, 31, -32, 31, -32, 31);
        session.RegisterProxy("sources", "Wavelet1", wavelet);
        await session.FlushAsync();
        await using Connection other = await Connection.ConnectAsync(silo.Gateway);
        Session joined = await other.JoinSessionAsync(session.Id, "bob");

        Proxy? found = joined.FindProxy("sources", "Wavelet1");
        Assert.NotNull(found);
        Assert.Equal([-32, 31, -32, 31, -32, 31], found.GetProperty("WholeExtent").AsInts());
    }

    [Fact]
    public async Task The_builtin_connection_runs_the_quick_start_without_a_server()
    {
        await using Connection connection = await Connection.ConnectAsync("builtin://");
        Session session = await connection.CreateSessionAsync(userName: "ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -32, 31, -32, 31, -32, 31);
        wavelet.UpdateVTKObjects();
        session.RegisterProxy("sources", "Wavelet1", wavelet);
        await wavelet.UpdatePropertyInformationAsync();

        Session second = await connection.JoinSessionAsync(session.Id, "bob");

        Proxy? found = second.FindProxy("sources", "Wavelet1");
        Assert.NotNull(found);
        Assert.Equal([-32, 31, -32, 31, -32, 31], found.GetProperty("WholeExtent").AsInts());
    }

    [Fact]
    public async Task One_process_holds_sessions_on_a_builtin_and_a_remote_cluster_at_once()
    {
        await using SiloHostProcess silo = await BuiltSilo.StartAsync(TimeSpan.FromSeconds(60));
        await using Connection local = await Connection.ConnectAsync("builtin://");
        await using Connection remote = await Connection.ConnectAsync(silo.Gateway);
        Session localSession = await local.CreateSessionAsync("ada");
        Session remoteSession = await remote.CreateSessionAsync("ada");

        Proxy localSphere = localSession.CreateProxy("sources", "SphereSource");
        localSphere.SetProperty("ThetaResolution", 16);
        Proxy remoteSphere = remoteSession.CreateProxy("sources", "SphereSource");
        remoteSphere.SetProperty("ThetaResolution", 32);
        DataInformation[] results = await Task.WhenAll(localSphere.UpdatePipelineAsync(), remoteSphere.UpdatePipelineAsync());

        Assert.Equal((16 * 6) + 2, results[0].NumberOfPoints);
        Assert.Equal((32 * 6) + 2, results[1].NumberOfPoints);
    }

    [Theory]
    [InlineData("http://localhost:1234")]
    [InlineData("orleans://")]
    [InlineData("orleans://localhost:notaport")]
    public async Task A_malformed_uri_is_refused_naming_what_is_wrong(string uri)
    {
        ConnectionException error = await Assert.ThrowsAsync<ConnectionException>(() => Connection.ConnectAsync(uri));

        Assert.Contains(uri, error.Message, StringComparison.Ordinal);
    }
}
