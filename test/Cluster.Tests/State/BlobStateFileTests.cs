using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Cluster.Tests.State;

/// <summary>A real Azurite for the blob:// state-file tests.</summary>
public sealed class StateAzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Azurite { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteServer.StartAsync();
        await new BlobServiceClient(Azurite.ConnectionString).CreateBlobContainerAsync("states");
    }

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}

/// <summary>
/// SaveStateAsync and LoadStateAsync take blob://container/path as well as local paths: the client
/// writes and reads the blob in the account ConnectionOptions.BlobStorageConnectionString names.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BlobStateFileTests(ClusterFixture fixture, StateAzuriteFixture storage) : IClassFixture<StateAzuriteFixture>
{
    [Fact]
    public async Task A_state_saved_to_a_blob_is_the_local_file_and_loads_into_a_new_session()
    {
        await using Connection connection = Connect(storage.Azurite.ConnectionString);
        Session original = await connection.CreateSessionAsync("ada");
        Proxy sphere = original.CreateProxy("sources", "SphereSource");
        sphere.SetProperty("Radius", 3.0);
        sphere.SetProperty("ThetaResolution", 20);
        original.RegisterProxy("sources", "Sphere1", sphere);
        string local = Path.Combine(Path.GetTempPath(), $"opv-{Guid.NewGuid():N}.pvsm");
        try
        {
            await original.SaveStateAsync("blob://states/pipelines/sphere.pvsm");
            await original.SaveStateAsync(local);
            Session loaded = await connection.CreateSessionAsync("bob");
            LoadStateSummary summary = await loaded.LoadStateAsync("blob://states/pipelines/sphere.pvsm");

            BlobClient blob = new BlobServiceClient(storage.Azurite.ConnectionString).GetBlobContainerClient("states").GetBlobClient("pipelines/sphere.pvsm");
            Assert.Equal(await File.ReadAllBytesAsync(local), (await blob.DownloadContentAsync()).Value.Content.ToArray());
            Assert.Empty(summary.SkippedProxies);
            Proxy found = loaded.FindProxy("sources", "Sphere1")!;
            Assert.Equal(3.0, found.GetProperty("Radius").AsDouble());
            Assert.Equal(20, found.GetProperty("ThetaResolution").AsInt());
        }
        finally
        {
            File.Delete(local);
        }
    }

    [Fact]
    public async Task A_missing_container_or_blob_is_a_clear_error_and_loads_nothing()
    {
        await using Connection connection = Connect(storage.Azurite.ConnectionString);
        Session session = await connection.CreateSessionAsync("ada");

        StateFileException noContainer = await Assert.ThrowsAsync<StateFileException>(() => session.LoadStateAsync("blob://absent/a.pvsm"));
        StateFileException noBlob = await Assert.ThrowsAsync<StateFileException>(() => session.LoadStateAsync("blob://states/none/such.pvsm"));
        StateFileException saveNoContainer = await Assert.ThrowsAsync<StateFileException>(() => session.SaveStateAsync("blob://absent/a.pvsm"));
        StateFileException noName = await Assert.ThrowsAsync<StateFileException>(() => session.LoadStateAsync("blob://states"));

        Assert.Equal("blob://absent/a.pvsm: the state file could not be loaded: container 'absent' does not exist in storage account 'devstoreaccount1' (create it first).", noContainer.Message);
        Assert.Equal("blob://states/none/such.pvsm: the state file could not be loaded: blob 'none/such.pvsm' does not exist in container 'states' of storage account 'devstoreaccount1'.", noBlob.Message);
        Assert.Equal("blob://absent/a.pvsm", saveNoContainer.FileName);
        Assert.Contains("container 'absent' does not exist", saveNoContainer.Message, StringComparison.Ordinal);
        Assert.Contains("blob://container/path", noName.Message, StringComparison.Ordinal);
        Assert.Empty(session.RegisteredProxies);
    }

    [Fact]
    public async Task A_blob_path_without_an_account_names_the_setting_to_give()
    {
        await using Connection connection = Connect(connectionString: null);
        Session session = await connection.CreateSessionAsync("ada");

        StateFileException error = await Assert.ThrowsAsync<StateFileException>(() => session.SaveStateAsync("blob://states/a.pvsm"));

        Assert.Contains("ConnectionOptions.BlobStorageConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage__AzureBlob__ConnectionString", error.Message, StringComparison.Ordinal);
    }

    private Connection Connect(string? connectionString)
        => Connection.Attach(
            fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IClusterClient>(),
            new ConnectionOptions { BlobStorageConnectionString = connectionString ?? "" });
}
