using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>
/// The real Silo host (the program users start with dotnet run --project Silo) as a child process,
/// stopped by its own process id only: gracefully (SIGTERM), as a crash (SIGKILL), or at dispose.
/// </summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _webAddress;

    private SiloProcess(Process process) => _process = process;

    /// <summary>The orleans:// URI the silo printed when it became ready.</summary>
    public string Gateway { get; private set; } = "";

    /// <summary>The gateway's host:port (for a client's gateway list).</summary>
    public string GatewayEndpoint => Gateway["orleans://".Length..];

    /// <summary>The web page's address (health, /metrics) the silo printed.</summary>
    public Uri WebAddress => new(_webAddress ?? throw new InvalidOperationException("The silo printed no web address."));

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the silo printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <summary>Starts the silo with ports 0 (free ones) and <paramref name="arguments"/> (--Section:Key=value; later ones win).</summary>
    public static async Task<SiloProcess> StartAsync(TimeSpan timeout, params string[] arguments)
    {
        string dll = typeof(SiloProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SiloAssemblyPath").Value!;
        Assert.True(File.Exists(dll), $"The silo host was not built at {dll}.");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--Silo:SiloPort=0", "--Silo:GatewayPort=0", "--Web:Port=0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var silo = new SiloProcess(process);
        process.OutputDataReceived += (_, e) => silo.Record(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Record(e.Data);
        process.Exited += (_, _) => silo._ready.TrySetException(new InvalidOperationException($"The silo exited with code {process.ExitCode} before it was ready:{Environment.NewLine}{silo.Output}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            silo.Gateway = await silo._ready.Task.WaitAsync(timeout);
            return silo;
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGTERM: a graceful stop (as Kubernetes deletes a pod).</summary>
    public void Terminate() => ProcessSignals.Terminate(_process.Id);

    /// <summary>SIGKILL: the process dies at once, as in a crash.</summary>
    public async Task KillAsync()
    {
        ProcessSignals.Kill(_process.Id);
        await _process.WaitForExitAsync();
    }

    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (WebLine().Match(line) is { Success: true } web)
        {
            _webAddress = web.Groups[1].Value;
        }
        else if (ReadyLine().Match(line) is { Success: true } ready)
        {
            _ready.TrySetResult(ready.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"connect with (orleans://\S+)")]
    private static partial Regex ReadyLine();

    [GeneratedRegex(@"OrleansPV web page: (\S+)")]
    private static partial Regex WebLine();
}
