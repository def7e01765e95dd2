using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataFiles;

/// <summary>Registers where readers and SaveData find files: the data roots (Data:Roots) and blob:// (Storage:AzureBlob:ConnectionString).</summary>
public static class DataFilesSiloExtensions
{
    public const string BlobConnectionStringKey = "Storage:AzureBlob:ConnectionString";

    /// <summary>The silo's <see cref="IDataFileStore"/>, and the algorithm registry whose readers use it.</summary>
    public static ISiloBuilder AddOrleansPVDataFiles(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DataFilesOptions>().BindConfiguration(DataFilesOptions.Section);
        builder.Services.AddSingleton<IDataFileStore>(services =>
        {
            DataFilesOptions options = services.GetRequiredService<IOptions<DataFilesOptions>>().Value;
            var local = options.AnyLocalPath ? LocalDataFiles.Unrestricted : new LocalDataFiles(options.RootList());
            string? connection = options.BlobConnectionString.Length > 0 ? options.BlobConnectionString : services.GetService<IConfiguration>()?[BlobConnectionStringKey];
            BlobDataFiles? blobs = null;
            if (!string.IsNullOrEmpty(connection))
            {
                string folder = options.BlobCacheFolder.Length > 0
                    ? options.BlobCacheFolder
                    : Path.Combine(Path.GetTempPath(), "orleanspv-blob-cache", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
                blobs = new BlobDataFiles(new BlobServiceClient(connection), new BlobCache(folder, options.BlobCacheMaxBytes));
            }

            return new SiloDataFiles(local, blobs);
        });
        builder.Services.AddSingleton(services =>
        {
            AlgorithmRegistry registry = AlgorithmRegistry.CreateDefault();
            registry.DataFiles = services.GetRequiredService<IDataFileStore>();
            return registry;
        });
        return builder;
    }
}
