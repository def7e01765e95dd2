using System.Text.RegularExpressions;

namespace OrleansPV.Grains;

/// <summary>Checks <see cref="OrleansPVStorageOptions"/>; each error names the key, the value and the rule.</summary>
public static partial class OrleansPVStorageOptionsValidator
{
    /// <summary>Orleans' collection runs once a minute at most: a shorter idle time would not be honoured.</summary>
    public static readonly TimeSpan MinimumIdleTimeout = TimeSpan.FromMinutes(1);

    public static void Validate(OrleansPVStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Enum.IsDefined(options.Provider))
        {
            throw new InvalidOperationException($"Storage:Provider is '{options.Provider}'; it must be Memory or AzureBlob.");
        }

        if (options.SessionIdleTimeout < MinimumIdleTimeout)
        {
            throw new InvalidOperationException($"Storage:SessionIdleTimeout is {options.SessionIdleTimeout}; it must be at least {MinimumIdleTimeout} (Orleans collects idle grains once a minute).");
        }

        if (options.Provider != StorageProvider.AzureBlob)
        {
            return;
        }

        string connection = options.AzureBlob.ConnectionString;
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException("Storage:Provider is AzureBlob but Storage:AzureBlob:ConnectionString is empty; give the storage account's (or Azurite's) connection string.");
        }

        if (!connection.Contains("AccountName=", StringComparison.OrdinalIgnoreCase) && !connection.Contains("BlobEndpoint=", StringComparison.OrdinalIgnoreCase)
            && !connection.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("Storage:AzureBlob:ConnectionString names no account (no AccountName=, BlobEndpoint= or UseDevelopmentStorage=true); it must be an Azure Storage connection string.");
        }

        if (!ContainerName().IsMatch(options.AzureBlob.ContainerName))
        {
            throw new InvalidOperationException($"Storage:AzureBlob:ContainerName is '{options.AzureBlob.ContainerName}'; a container name is 3 to 63 lower-case letters, digits and single hyphens.");
        }
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
