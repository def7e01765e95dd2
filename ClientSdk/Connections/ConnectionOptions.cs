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

    /// <summary>How long a call to the cluster may take before it fails. Default 30 s.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

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
