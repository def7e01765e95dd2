using System.Diagnostics;
using System.Text.RegularExpressions;

namespace OrleansPV.TestUtilities.Servers;

/// <summary>
/// The real Silo host (OrleansPV.Silo.dll, what `dotnet run --project Silo` runs) as a child process on
/// 127.0.0.1 with free ports, ready once it printed its gateway (and web page, when it has one); stopped
/// by its own process id only: gracefully (SIGTERM), as a crash (SIGKILL), or at dispose.
/// </summary>
public sealed partial class SiloHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private Uri? _webPage;

    private SiloHostProcess(Process process) => _process = process;

    /// <summary>The orleans:// URI the silo printed when it became ready.</summary>
    public string Gateway { get; private set; } = "";

    /// <summary>The gateway's host:port (for a client's gateway list).</summary>
    public string GatewayEndpoint => Gateway["orleans://".Length..];

    /// <summary>The web page's address (http://127.0.0.1:PORT/: the page, health, /metrics) the silo printed.</summary>
    public Uri WebPage => _webPage ?? throw new InvalidOperationException("The silo printed no web address.");

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

    /// <summary>Starts the silo dll with free silo, gateway and web ports plus <paramref name="extraArguments"/> (--Section:Key=value; later ones win).</summary>
    public static async Task<SiloHostProcess> StartAsync(string siloDll, TimeSpan timeout, params string[] extraArguments)
    {
        if (!File.Exists(siloDll))
        {
            throw new FileNotFoundException($"The silo host was not built at {siloDll}.", siloDll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // Another working directory than the silo's: the host must find everything it serves by itself.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (string argument in (string[])[siloDll, "--Silo:SiloPort=0", "--Silo:GatewayPort=0", "--Web:Port=0", .. extraArguments])
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var silo = new SiloHostProcess(process);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => silo.Record(e.Data, ready);
        process.ErrorDataReceived += (_, e) => silo.Record(e.Data, ready: null);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"The silo exited with code {process.ExitCode} before it was ready:{Environment.NewLine}{silo.Output}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(timeout);
            return silo;
        }
        catch (TimeoutException)
        {
            await silo.DisposeAsync();
            throw new TimeoutException($"The silo was not ready within {timeout.TotalSeconds:F0} s:{Environment.NewLine}{silo.Output}");
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    private void Record(string? line, TaskCompletionSource? ready)
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
            _webPage = new Uri(web.Groups[1].Value);
        }

        if (ReadyLine().Match(line) is { Success: true } gateway)
        {
            Gateway = gateway.Groups[1].Value;
            ready?.TrySetResult();
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

    [GeneratedRegex(@"connect with (orleans://\S+)")]
    private static partial Regex ReadyLine();

    [GeneratedRegex(@"OrleansPV web page: (http://\S+)")]
    private static partial Regex WebLine();
}
