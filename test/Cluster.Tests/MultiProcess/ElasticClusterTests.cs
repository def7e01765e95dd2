using OrleansPV.TestUtilities.Servers;
using System.Diagnostics;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OrleansPV.Cluster.Tests.MultiProcess;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiProcessCollection
{
    public const string Name = "multi-process";
}

/// <summary>
/// Silo processes clustered through redis-server, grain state in Azurite, external SDK clients with live
/// sessions (two participants each): a silo joins, a silo is stopped gracefully, a silo is killed.
/// Recovery times are printed (the load benchmark measures; tests only wait).
/// </summary>
[Collection(MultiProcessCollection.Name)]
public sealed class ElasticClusterTests(ITestOutputHelper output)
{
    private const int Sessions = 6;

    [Fact]
    public async Task A_new_silo_takes_new_sessions_at_once()
    {
        await using ElasticCluster cluster = await ElasticCluster.StartAsync(3);
        await using Connection owner = await cluster.ConnectAsync();
        await using Connection guest = await cluster.ConnectAsync();
        List<LiveSession> sessions = await StartSessionsAsync(owner, guest, Sessions);

        // Sessions created one after another, through whichever gateway: each goes to a silo with the fewest.
        int[] spread = await SiloMetrics.WaitForSessionsAsync(cluster.Silos, Sessions, ElasticCluster.StartTimeout);
        output.WriteLine($"{Sessions} sessions on 3 silos: [{string.Join(", ", spread)}]");
        Assert.True(spread.Max() - spread.Min() <= 1, $"{Sessions} sessions created one after another were placed [{string.Join(", ", spread)}] on 3 silos; each should have gone to a silo hosting the fewest.");

        SiloHostProcess fourth = await cluster.StartSiloAsync();
        cluster.Silos.Add(fourth);
        await SiloMetrics.WaitForActiveSilosAsync(cluster.Silos, 4, ElasticCluster.StartTimeout);
        var steps = new List<int[]> { await SiloMetrics.WaitForSessionsAsync(cluster.Silos, Sessions, ElasticCluster.StartTimeout) };
        for (int i = 1; i <= 3; i++)
        {
            sessions.AddRange(await StartSessionsAsync(owner, guest, 1));
            steps.Add(await SiloMetrics.WaitForSessionsAsync(cluster.Silos, Sessions + i, ElasticCluster.StartTimeout));
        }

        string seen = string.Join(" → ", steps.Select(counts => $"[{string.Join(", ", counts)}]"));
        output.WriteLine($"sessions per silo as the 4th silo joined and 3 sessions were created: {seen}");
        Assert.True(steps[1][3] == 1, $"The first session created after the 4th silo joined did not go to it (sessions per silo: {seen}).");
        Assert.True(steps[^1].Max() - steps[^1].Min() <= 1, $"The 4th silo did not take new sessions until it hosted as many as the others (sessions per silo: {seen}).");
        foreach (LiveSession session in sessions)
        {
            await session.ChangeAndRenderAsync();
            await session.AssertNothingLostAsync();
        }
    }

    [Fact]
    public async Task Sessions_of_a_silo_stopped_with_SIGTERM_carry_on_elsewhere_and_lose_nothing()
    {
        await using ElasticCluster cluster = await ElasticCluster.StartAsync(3);
        await using Connection owner = await cluster.ConnectAsync();
        await using Connection guest = await cluster.ConnectAsync();
        List<LiveSession> sessions = await StartSessionsAsync(owner, guest, Sessions);
        SiloHostProcess victim = await BusiestAsync(cluster);
        int hosted = await SiloMetrics.SessionsAsync(victim);

        long stopped = Stopwatch.GetTimestamp();
        victim.Terminate();
        await AssertEverySessionCarriesOnAsync(cluster, victim, sessions, stopped, $"SIGTERM to a silo hosting {hosted} sessions");
        await victim.WaitForExitAsync(TimeSpan.FromMinutes(1));
        output.WriteLine($"the stopped silo exited {Stopwatch.GetElapsedTime(stopped).TotalMilliseconds:F0} ms after SIGTERM; it said:");
        foreach (string line in victim.Output.Split(Environment.NewLine).Where(l => l.Contains("Shutdown:", StringComparison.Ordinal)))
        {
            output.WriteLine(line.Trim());
        }
    }

    [Fact]
    public async Task Every_session_works_again_after_a_silo_is_killed_with_SIGKILL()
    {
        await using ElasticCluster cluster = await ElasticCluster.StartAsync(3);
        await using Connection owner = await cluster.ConnectAsync();
        await using Connection guest = await cluster.ConnectAsync();
        List<LiveSession> sessions = await StartSessionsAsync(owner, guest, Sessions);
        SiloHostProcess victim = await BusiestAsync(cluster);
        int hosted = await SiloMetrics.SessionsAsync(victim);

        long killed = Stopwatch.GetTimestamp();
        await victim.KillAsync();
        await AssertEverySessionCarriesOnAsync(cluster, victim, sessions, killed, $"SIGKILL of a silo hosting {hosted} sessions");
    }

    private async Task AssertEverySessionCarriesOnAsync(ElasticCluster cluster, SiloHostProcess victim, List<LiveSession> sessions, long since, string what)
    {
        // When the other silos' membership no longer counts the victim: the first stage of the recovery.
        SiloHostProcess[] survivors = [.. cluster.Silos.Where(s => s != victim)];
        Task<TimeSpan> evicted = WhenEvictedAsync(survivors, since);

        // Every session at once, as its users would: each answer's time since the event is its recovery time.
        TimeSpan[] recovered = await Task.WhenAll(sessions.Select(async session =>
        {
            await session.ChangeAndRenderAsync();
            return Stopwatch.GetElapsedTime(since);
        }));
        foreach (LiveSession session in sessions)
        {
            await session.AssertNothingLostAsync();
        }

        output.WriteLine($"{what}: the other silos' membership dropped it after {(await evicted).TotalMilliseconds:F0} ms; " +
            $"every session answered again (change + update + render) within {recovered.Max().TotalMilliseconds:F0} ms " +
            $"(per session: {string.Join(", ", recovered.Select(t => $"{t.TotalMilliseconds:F0}"))} ms)");
    }

    private static async Task<TimeSpan> WhenEvictedAsync(SiloHostProcess[] survivors, long since)
    {
        await SiloMetrics.WaitForActiveSilosAsync(survivors, survivors.Length, ElasticCluster.StartTimeout);
        return Stopwatch.GetElapsedTime(since);
    }

    private static async Task<List<LiveSession>> StartSessionsAsync(Connection owner, Connection guest, int count)
    {
        var sessions = new List<LiveSession>();
        for (int i = 0; i < count; i++)
        {
            sessions.Add(await LiveSession.StartAsync(owner, guest, $"user{i}"));
        }

        return sessions;
    }

    private static async Task<int[]> CountsAsync(ElasticCluster cluster) => await Task.WhenAll(cluster.Silos.Select(SiloMetrics.SessionsAsync));

    private static async Task<SiloHostProcess> BusiestAsync(ElasticCluster cluster)
    {
        int[] counts = await CountsAsync(cluster);
        return cluster.Silos[Array.IndexOf(counts, counts.Max())];
    }
}
