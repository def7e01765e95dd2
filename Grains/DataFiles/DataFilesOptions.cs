namespace OrleansPV.Grains.DataFiles;

/// <summary>Where readers and SaveData may take and put files (configuration section "Data").</summary>
public sealed class DataFilesOptions
{
    public const string Section = "Data";

    /// <summary>Folders local files may come from, ';'-separated (Data:Roots). Empty: the silo's working directory.</summary>
    public string Roots { get; set; } = string.Empty;

    /// <summary>Any local path this process can read, no roots (builtin://: the silo is the user's own process).</summary>
    public bool AnyLocalPath { get; set; }

    /// <summary>The blob account for blob:// data; when empty, Storage:AzureBlob:ConnectionString (the account grain state uses).</summary>
    public string BlobConnectionString { get; set; } = string.Empty;

    /// <summary>Bytes of blob:// files one silo keeps on local disk (Data:BlobCache:MaxBytes); the least recently used go first.</summary>
    public long BlobCacheMaxBytes { get; set; } = 4L << 30;

    /// <summary>The folder of that cache; empty: a folder of this process under the temporary folder.</summary>
    public string BlobCacheFolder { get; set; } = string.Empty;

    /// <summary>The roots as a list (the working directory when none are configured).</summary>
    public IReadOnlyList<string> RootList()
    {
        string[] roots = Roots.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return roots.Length > 0 ? roots : [Environment.CurrentDirectory];
    }
}
