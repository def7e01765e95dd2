using OrleansPV.TestUtilities.Servers;
using System.Globalization;
using System.Text.RegularExpressions;
using OrleansPV.Cluster.Tests.Infrastructure;

namespace OrleansPV.Cluster.Tests.MultiProcess;

/// <summary>A silo's own gauges, read from its Prometheus endpoint (/metrics) as an operator would.</summary>
public static partial class SiloMetrics
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Session activations on the silo (opv_sessions_active).</summary>
    public static Task<int> SessionsAsync(SiloHostProcess silo) => GaugeAsync(silo, "opv_sessions_active");

    /// <summary>Active silos in the silo's membership view (opv_cluster_silos_active).</summary>
    public static Task<int> ActiveSilosAsync(SiloHostProcess silo) => GaugeAsync(silo, "opv_cluster_silos_active");

    /// <summary>Completes when every silo's membership view holds exactly <paramref name="count"/> active silos.</summary>
    public static async Task WaitForActiveSilosAsync(IEnumerable<SiloHostProcess> silos, int count, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        foreach (SiloHostProcess silo in silos)
        {
            int seen = -1;
            try
            {
                while ((seen = await ActiveSilosAsync(silo)) != count)
                {
                    await Task.Delay(100, deadline.Token);
                }
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Silo {silo.GatewayEndpoint} did not see {count} active silos within {timeout}; it saw {seen}.");
            }
        }
    }

    /// <summary>
    /// Completes when the silos' session counts add up to <paramref name="total"/> (a session created
    /// has activated, a silo's throwaway warm-up session is gone) and returns them, silo by silo.
    /// </summary>
    public static async Task<int[]> WaitForSessionsAsync(IReadOnlyList<SiloHostProcess> silos, int total, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        int[] counts = [];
        try
        {
            while ((counts = await Task.WhenAll(silos.Select(SessionsAsync))).Sum() != total)
            {
                await Task.Delay(100, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"The silos' session counts did not add up to {total} within {timeout}; last seen [{string.Join(", ", counts)}].");
        }

        return counts;
    }

    private static async Task<int> GaugeAsync(SiloHostProcess silo, string name)
    {
        string text = await Http.GetStringAsync(new Uri(silo.WebPage, "metrics"));
        Match match = Gauge().Matches(text).FirstOrDefault(m => m.Groups[1].Value == name)
            ?? throw new InvalidOperationException($"{silo.WebPage}metrics has no {name}.");
        return (int)double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(\w+)\{[^}]*\} (\S+)$", RegexOptions.Multiline)]
    private static partial Regex Gauge();
}
