using System.Diagnostics;
using System.Text.RegularExpressions;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Benchmarks.Cluster;

/// <summary>
/// redis-server and N processes of the built Silo host clustered through it on 127.0.0.1 (memory grain
/// storage: the benchmark measures the cluster, not the storage account). Stopped by their process ids.
/// </summary>
internal sealed partial class SiloCluster : IAsyncDisposable
{
    private static readonly HttpClient Http = new();

    private readonly RedisServer _redis;
    private readonly string[] _arguments;
    private readonly List<(Process Process, string Gateway)> _silos = [];
    private readonly List<string> _webAddresses = [];

    private SiloCluster(RedisServer redis, string[] arguments)
    {
        _redis = redis;
        _arguments = arguments;
    }

    public string Gateways => "orleans://" + string.Join(',', _silos.Select(s => s.Gateway));

    /// <summary>Resident memory of every silo process now (bytes).</summary>
    public long ResidentBytes => _silos.Sum(s =>
    {
        s.Process.Refresh();
        return s.Process.WorkingSet64;
    });

    /// <summary>Session activations per silo, from each silo's /metrics (opv_sessions_active).</summary>
    public async Task<int[]> SessionsPerSiloAsync() => await Task.WhenAll(_webAddresses.Select(async web =>
    {
        string metrics = await Http.GetStringAsync(new Uri(new Uri(web), "metrics"));
        Match match = SessionsGauge().Match(metrics);
        return match.Success ? (int)double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }));

    public static async Task<SiloCluster> StartAsync(int silos, params string[] arguments)
    {
        var cluster = new SiloCluster(await RedisServer.StartAsync(), arguments);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => cluster.StartSiloAsync()));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach ((Process process, _) in _silos)
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        await _redis.DisposeAsync();
    }

    private async Task StartSiloAsync()
    {
        string dll = Path.Combine(TestTools.SolutionDirectory, "Silo", "bin", "Release", "net10.0", "OrleansPV.Silo.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The silo host is not built at {dll}: dotnet build Silo -c Release.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                dll, "--Silo:SiloPort=0", "--Silo:GatewayPort=0", "--Web:Port=0", "--Silo:AdvertisedAddress=127.0.0.1",
                "--Clustering:Provider=Redis", $"--Clustering:Redis:ConnectionString={_redis.ConnectionString}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start)!;
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ReadyLine().Match(e.Data) is { Success: true } match)
            {
                ready.TrySetResult(match.Groups[1].Value);
            }
            else if (e.Data is not null && WebLine().Match(e.Data) is { Success: true } web)
            {
                lock (_webAddresses)
                {
                    _webAddresses.Add(web.Groups[1].Value);
                }
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"A silo exited with code {process.ExitCode} before it was ready."));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (_silos)
        {
            _silos.Add((process, ""));
        }

        string gateway = await ready.Task.WaitAsync(TimeSpan.FromMinutes(5));
        lock (_silos)
        {
            int index = _silos.FindIndex(s => s.Process == process);
            _silos[index] = (process, gateway);
        }
    }

    [GeneratedRegex(@"connect with orleans://(\S+)")]
    private static partial Regex ReadyLine();

    [GeneratedRegex(@"OrleansPV web page: (\S+)")]
    private static partial Regex WebLine();

    [GeneratedRegex(@"^opv_sessions_active\{[^}]*\} (\S+)$", RegexOptions.Multiline)]
    private static partial Regex SessionsGauge();
}
