using Microsoft.Extensions.Logging;

namespace OrleansPV.Client;

/// <summary>
/// How a <see cref="Connection"/> behaves. Every property has a documented default. The
/// OrleansPV.Client.Builtin package derives BuiltinConnectionOptions, which also configures builtin://'s silo.
/// </summary>
public class ConnectionOptions
{
    /// <summary>
    /// Debug mode: every push (UpdateVTKObjects, RegisterProxy) waits until the cluster applied it and
    /// throws at once if it was rejected. Default false: pushes return at once, order preserved.
    /// </summary>
    public bool SynchronousPushes { get; set; }

    /// <summary>
    /// How long the SDK waits for one answer from the cluster (Orleans' client ResponseTimeout, orleans://
    /// only). A call in flight to a silo that dies gets no answer, so this bounds how long it hangs
    /// before it is sent again elsewhere; a longer call (a big execution) is sent again too and joins
    /// the work already running. Default 10 s; 2–5 s recovers faster (docs/recovery.md).
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a call (or stream) the cluster dropped — its silo or gateway died, its answer was lost —
    /// is sent again before it fails with a <see cref="ConnectionException"/>; each interruption and
    /// recovery is announced on <see cref="Session.RecoveryNoticesAsync"/>. Default 30 s;
    /// <see cref="TimeSpan.Zero"/> retries nothing.
    /// </summary>
    public TimeSpan RecoveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Cluster id of an orleans:// cluster. Default "orleanspv" (the Silo host's default).</summary>
    public string ClusterId { get; set; } = "orleanspv";

    /// <summary>Service id of an orleans:// cluster. Default "orleanspv".</summary>
    public string ServiceId { get; set; } = "orleanspv";

    /// <summary>Where the SDK (and a builtin silo) logs; every message is logged at Debug. Default: none.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Most pushes sent to the cluster in one call. Default 256.</summary>
    public int MaxPushBatch { get; set; } = 256;

    /// <summary>
    /// How often each session tells the cluster this client is alive (a session removes clients silent
    /// past its timeout). Default 2 s; <see cref="Timeout.InfiniteTimeSpan"/> sends none.
    /// </summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The storage account of blob://container/path state files (<see cref="Session.SaveStateAsync(string, CancellationToken)"/>,
    /// <see cref="Session.LoadStateAsync(string, CancellationToken)"/>): an Azure Storage or Azurite connection
    /// string, typically the cluster's own Storage:AzureBlob:ConnectionString (a SAS connection string
    /// limited to the state container works too). Default: the environment variable
    /// Storage__AzureBlob__ConnectionString, as the silo reads it; the client reads and writes the blob itself.
    /// </summary>
    public string? BlobStorageConnectionString { get; set; }

    internal void Validate()
    {
        if (HeartbeatInterval <= TimeSpan.Zero && HeartbeatInterval != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(HeartbeatInterval), HeartbeatInterval, "ConnectionOptions.HeartbeatInterval must be positive (or infinite).");
        }

        if (ResponseTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ResponseTimeout), ResponseTimeout, "ConnectionOptions.ResponseTimeout must be positive.");
        }

        if (RecoveryTimeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RecoveryTimeout), RecoveryTimeout, "ConnectionOptions.RecoveryTimeout must not be negative.");
        }

        if (MaxPushBatch < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPushBatch), MaxPushBatch, "ConnectionOptions.MaxPushBatch must be at least 1.");
        }

        if (string.IsNullOrWhiteSpace(ClusterId) || string.IsNullOrWhiteSpace(ServiceId))
        {
            throw new ArgumentException("ConnectionOptions.ClusterId and ServiceId must not be empty.");
        }
    }
}
