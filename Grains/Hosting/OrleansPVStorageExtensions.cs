using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;
using OrleansPV.GrainInterfaces;
using OrleansPV.Grains.Sessions;

namespace OrleansPV.Grains;

public static class OrleansPVStorageExtensions
{
    /// <summary>The Orleans stream provider's subscription store (its name is Orleans' convention).</summary>
    public const string PubSubStore = "PubSubStore";

    /// <summary>Binds the "Storage" section and applies it (see <see cref="AddOrleansPVStorage(ISiloBuilder, OrleansPVStorageOptions)"/>).</summary>
    public static ISiloBuilder AddOrleansPVStorage(this ISiloBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new OrleansPVStorageOptions();
        configuration.GetSection(OrleansPVStorageOptions.Section).Bind(options);
        return builder.AddOrleansPVStorage(options);
    }

    /// <summary>
    /// Grain state and stream subscriptions in the configured store: memory (what <see cref="OrleansPVSiloBuilderExtensions.AddOrleansPV"/>
    /// registers) or Azure Blob Storage (state serialized with Orleans' binary serializer), and the idle
    /// time after which a session is deactivated. Call after AddOrleansPV: it replaces the memory stores.
    /// </summary>
    /// <param name="configureClient">Adjusts the blob client (e.g. a pipeline policy that counts bytes, in the benchmark).</param>
    public static ISiloBuilder AddOrleansPVStorage(this ISiloBuilder builder, OrleansPVStorageOptions options, Action<BlobClientOptions>? configureClient = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        OrleansPVStorageOptionsValidator.Validate(options);
        builder.Services.Configure<GrainCollectionOptions>(collection =>
        {
            collection.ClassSpecificCollectionAge[typeof(SessionGrain).FullName!] = options.SessionIdleTimeout;
            collection.ClassSpecificCollectionAge[typeof(SessionFeedGrain).FullName!] = options.SessionIdleTimeout;
        });
        if (options.Provider == StorageProvider.AzureBlob)
        {
            AddBlobStorage(builder, StorageProviders.State, options.AzureBlob, configureClient);
            AddBlobStorage(builder, PubSubStore, options.AzureBlob, configureClient);
        }

        return builder;
    }

    private static void AddBlobStorage(ISiloBuilder builder, string name, AzureBlobStorageSettings settings, Action<BlobClientOptions>? configureClient)
    {
        builder.AddAzureBlobGrainStorage(name, (OptionsBuilder<AzureBlobStorageOptions> blob) => blob.Configure<Serializer>((o, serializer) =>
        {
            BlobClientOptions client = ClientOptions();
            configureClient?.Invoke(client);
            o.BlobServiceClient = new BlobServiceClient(settings.ConnectionString, client);
            o.ContainerName = settings.ContainerName;
            o.DeleteStateOnClear = true;
            // Orleans' binary format: the states hold protobuf messages (one codec for all of them), which
            // the default JSON serializer cannot round-trip, and it is several times smaller (docs/durability.md).
            o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
    }

    /// <summary>
    /// Retries ride over a short outage, but a push writes twice (proxy, session) and must fail with the
    /// storage's error well inside Orleans' 30 s response timeout, not time out with no reason: about 4 s per write.
    /// </summary>
    private static BlobClientOptions ClientOptions()
    {
        var options = new BlobClientOptions();
        options.Retry.Mode = Azure.Core.RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(250);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
