using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrleansPV.Grains.Placement;

/// <summary>
/// Polls every active silo's session count into <see cref="SessionLoadView"/>, once per
/// <see cref="SessionPlacementOptions.RefreshPeriod"/>, asking each about the sessions placed there that
/// its last count did not hold.
/// </summary>
internal sealed partial class SessionLoadRefresher(
    IClusterMembershipService membership,
    IGrainFactory grains,
    SessionLoadView loads,
    IOptions<SessionPlacementOptions> options,
    ILogger<SessionLoadRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshPeriod);
        try
        {
            do
            {
                await RefreshAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        HashSet<SiloAddress> active = [.. membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).Select(m => m.SiloAddress)];
        loads.Retain(active);
        await Task.WhenAll(active.Select(async silo =>
        {
            try
            {
                SiloLoad load = await grains.GetGrain<ISiloLoadGrain>(silo.ToParsableString()).GetLoadAsync(loads.PendingOn(silo)).WaitAsync(options.Value.RefreshPeriod, cancellationToken);
                loads.Report(silo, load);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A silo that is going away: membership drops it soon; until then its estimate stands.
                LogPollFailed(logger, silo, e.Message);
            }
        }));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Session count of silo {Silo} not read: {Reason}")]
    private static partial void LogPollFailed(ILogger logger, SiloAddress silo, string reason);
}
