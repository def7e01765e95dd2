namespace OrleansPV.Grains;

/// <summary>Where grain state lives (configuration section "Storage").</summary>
public sealed class OrleansPVStorageOptions
{
    public const string Section = "Storage";

    /// <summary><see cref="StorageProvider.Memory"/> (default: lost with the silo) or <see cref="StorageProvider.AzureBlob"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Memory;

    /// <summary>The blob account, for <see cref="StorageProvider.AzureBlob"/>.</summary>
    public AzureBlobStorageSettings AzureBlob { get; set; } = new();

    /// <summary>
    /// How long a session (and its feed) stays in memory with no call before it is deactivated; it comes
    /// back by id, from storage, on the next call. Default 15 minutes.
    /// </summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(15);
}

public enum StorageProvider
{
    Memory,
    AzureBlob,
}

/// <summary>Storage:AzureBlob:* keys.</summary>
public sealed class AzureBlobStorageSettings
{
    /// <summary>An Azure Storage or Azurite connection string.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The container that holds grain state. Default "orleanspv-state".</summary>
    public string ContainerName { get; set; } = "orleanspv-state";
}
