using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansPV.Grains.Placement;

namespace OrleansPV.Silo.Hosting;

/// <summary>
/// A graceful stop (SIGTERM, a pod deleted) before Orleans' own: readiness is already false; after
/// Shutdown:ReadinessDelay this silo stops taking sessions and migrates each of its session activations
/// to the least-loaded other silo (state carried in the migration, and stored state as always), waits
/// until they are gone, then deactivates every other OrleansPV activation here (data and render
/// services, proxies, feeds) — all within Shutdown:HandOverTimeout. Orleans then stops; data and render
/// services re-activate beside their session on its next call and re-execute from the stored proxy state. Registered
/// after the silo, so it stops before it.
/// </summary>
internal sealed partial class SessionHandOver(
    SessionActivations sessions,
    SessionServiceActivations services,
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
        if (!othersActive)
        {
            LogNothingToHandOver(logger, moving.Count);
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.HandOverTimeout);
        if (moving.Count > 0)
        {
            await MoveSessionsAsync(moving, deadline.Token, cancellationToken);
        }

        // Also with no session here: proxies, feeds and services of sessions elsewhere may still be here.
        await DeactivateServicesAsync(deadline.Token);
    }

    private async Task MoveSessionsAsync(IReadOnlyList<IGrainContext> moving, CancellationToken deadline, CancellationToken stopping)
    {
        long started = Stopwatch.GetTimestamp();
        foreach (IGrainContext session in moving)
        {
            session.Migrate(null, deadline);
        }

        try
        {
            await sessions.WhenEmptyAsync(deadline);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // Past the hand-over timeout: Orleans deactivates what is left; stored state brings it back elsewhere.
        }

        LogHandedOver(logger, moving.Count - sessions.Count, moving.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// The rest of the sessions' grains are deactivated now, while this silo still serves calls, rather
    /// than in Orleans' stop: there a call to any activation left here waits until it is deactivated or
    /// the silo exits (measured: every session stalled 15–33 s). Data services first give up updates
    /// waiting for pushes (<see cref="ILeavingService"/>): a deactivation waits for running calls, and
    /// those pushes now go to the moved session's side.
    /// </summary>
    private async Task DeactivateServicesAsync(CancellationToken deadline)
    {
        long started = Stopwatch.GetTimestamp();
        IReadOnlyList<IGrainContext> leaving = services.Snapshot();
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is stopping; its sessions moved to other silos.");
        foreach (IGrainContext service in leaving)
        {
            (service.GrainInstance as ILeavingService)?.Leave();
            // The deadline bounds each OnDeactivateAsync too (a data service's may wait on its work); after a
            // hand-over that used it up they are cut short, and stored state brings them back elsewhere.
            service.Deactivate(reason, deadline);
        }

        try
        {
            // These, not whatever was placed here meanwhile (a deactivation lets the next call place it elsewhere).
            await Task.WhenAll(leaving.Select(c => c.Deactivated)).WaitAsync(deadline);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // Orleans deactivates what is left.
        }

        string left = string.Join(", ", leaving.Where(c => !c.Deactivated.IsCompleted).GroupBy(c => c.GrainId.Type.ToString()).Select(g => $"{g.Key} x{g.Count()}"));
        LogServicesDeactivated(logger, leaving.Count(c => c.Deactivated.IsCompleted), leaving.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, left.Length == 0 ? "none" : left);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown: deactivated {Deactivated} of {Services} other activations (data and render services, proxies, feeds) in {Milliseconds:F0} ms; left to Orleans' stop: {Left}")]
    private static partial void LogServicesDeactivated(ILogger logger, int deactivated, int services, double milliseconds, string left);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown: no hand-over of the {Sessions} sessions here: no other active silo")]
    private static partial void LogNothingToHandOver(ILogger logger, int sessions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutdown: handed over {Moved} of {Sessions} sessions in {Milliseconds:F0} ms")]
    private static partial void LogHandedOver(ILogger logger, int moved, int sessions, double milliseconds);
}
