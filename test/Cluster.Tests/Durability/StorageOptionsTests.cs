using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.TestingHost;
using OrleansPV.Grains;
using OrleansPV.Grains.Sessions;

namespace OrleansPV.Cluster.Tests.Durability;

/// <summary>Storage is chosen by configuration only; a bad combination is refused at start with the key at fault.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class StorageOptionsTests(AzuriteFixture fixture)
{
    [Fact]
    public void No_configuration_means_memory_storage_and_a_15_minute_idle_time()
    {
        var options = new OrleansPVStorageOptions();
        new ConfigurationBuilder().Build().GetSection(OrleansPVStorageOptions.Section).Bind(options);

        OrleansPVStorageOptionsValidator.Validate(options);

        Assert.Equal((StorageProvider.Memory, TimeSpan.FromMinutes(15)), (options.Provider, options.SessionIdleTimeout));
    }

    [Theory]
    [InlineData("AzureBlob", "", "orleanspv-state", "00:15:00", "Storage:AzureBlob:ConnectionString is empty")]
    [InlineData("AzureBlob", "not a connection string", "orleanspv-state", "00:15:00", "names no account")]
    [InlineData("AzureBlob", "UseDevelopmentStorage=true", "Bad_Name", "00:15:00", "Storage:AzureBlob:ContainerName is 'Bad_Name'")]
    [InlineData("Memory", "", "orleanspv-state", "00:00:10", "Storage:SessionIdleTimeout is 00:00:10")]
    public void A_bad_storage_configuration_names_the_key_and_the_rule(string provider, string connection, string container, string idle, string expected)
    {
        var options = new OrleansPVStorageOptions();
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:AzureBlob:ConnectionString"] = connection,
            ["Storage:AzureBlob:ContainerName"] = container,
            ["Storage:SessionIdleTimeout"] = idle,
        }).Build().GetSection(OrleansPVStorageOptions.Section).Bind(options);

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => OrleansPVStorageOptionsValidator.Validate(options));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_idle_time_is_the_collection_age_of_sessions_and_their_feeds()
    {
        OrleansPVStorageOptions storage = fixture.StorageOptions(AzuriteFixture.NewContainer());
        storage.SessionIdleTimeout = TimeSpan.FromMinutes(7);
        InProcessTestCluster cluster = await AzuriteFixture.StartClusterAsync(storage);
        try
        {
            GrainCollectionOptions collection = cluster.Silos[0].ServiceProvider.GetRequiredService<IOptions<GrainCollectionOptions>>().Value;

            // Orleans looks the age up by the grain class's full name.
            Assert.Equal(TimeSpan.FromMinutes(7), collection.ClassSpecificCollectionAge[typeof(SessionGrain).FullName!]);
            Assert.Equal(TimeSpan.FromMinutes(7), collection.ClassSpecificCollectionAge[typeof(SessionFeedGrain).FullName!]);
        }
        finally
        {
            await AzuriteFixture.StopAsync(cluster);
        }
    }
}
