using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansPV.Grains.Placement;

namespace OrleansPV.Silo.Hosting;

/// <summary>
/// A graceful stop (SIGTERM, a pod deleted) before Orleans' own: readiness is already false; after
/// Shutdown:ReadinessDelay this silo stops taking sessions and migrates each of its session activations
/// to the least-loaded other silo (state carried in the migration, and stored state as always), then
/// waits until they are gone or Shutdown:HandOverTimeout passes. Orleans then deactivates the rest;
/// data and render services re-activate beside their session on its next call and re-execute from the
/// stored proxy state. Registered after the silo, so it stops before it.
/// </summary>
internal sealed partial class SessionHandOver(
    SessionActivations sessions,
    SessionLoadView loads,
    ILocalSiloDetails local,
    IClusterMembershipService membership,
    ShutdownSettings settings,
    ILogger<SessionHandOver> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (settings.ReadinessDelay > TimeSpan.Zero)
        {
            await Task.Delay(settings.ReadinessDelay, cancellationToken);
        }

        loads.BeginDrain(local.SiloAddress);
        bool othersActive = membership.CurrentSnapshot.Members.Values.Any(m => m.Status == SiloStatus.Active && !m.SiloAddress.Equals(local.SiloAddress));
        IReadOnlyList<IGrainContext> moving = sessions.Snapshot();
        if (moving.Count == 0 || !othersActive)
        {
            LogNothingToHandOver(logger, moving.Count);
            return;
        }

        long started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.HandOverTimeout);
        foreach (IGrainContext session in moving)
        {
            session.Migrate(null, deadline.Token);
        }

        try
        {
            await sessions.WhenEmptyAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Past the hand-over timeout: Orleans deactivates what is left; stored state brings it back elsewhere.
        }

        LogHandedOver(logger, moving.Count - sessions.Count, moving.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown: no hand-over ({Sessions} sessions here, or no other active silo)")]
    private static partial void LogNothingToHandOver(ILogger logger, int sessions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown: handed over {Moved} of {Sessions} sessions in {Milliseconds:F0} ms")]
    private static partial void LogHandedOver(ILogger logger, int moved, int sessions, double milliseconds);
}
