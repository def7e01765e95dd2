namespace OrleansPV.GrainInterfaces;

/// <summary>Names of the storage and stream providers the grains use.</summary>
public static class StorageProviders
{
    /// <summary>Grain state: proxies, sessions, global ids. In memory by default; blob storage in production.</summary>
    public const string State = "OrleansPV";

    /// <summary>Orleans streams for small multicast events (progress, notices).</summary>
    public const string Streams = StreamNames.Provider;
}
