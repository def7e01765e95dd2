using System.Diagnostics;
using System.Text.RegularExpressions;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Deploy.Tests;

/// <summary>
/// The container's entrypoint without a container: the Dockerfile's own publish command into a temporary
/// folder, then its ENTRYPOINT run from there with its ENV and the Deployment's environment (values from
/// the ConfigMap and Secret; the pod IP is 127.0.0.1; ports free ones; Redis and Azurite real servers).
/// </summary>
public sealed partial class PublishedSilo : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PublishedSilo(Process process, int webPort)
    {
        _process = process;
        WebPort = webPort;
    }

    public int WebPort { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join(System.Environment.NewLine, _output);
            }
        }
    }

    /// <summary>Publishes with the Dockerfile's command (its -o replaced by <paramref name="folder"/>).</summary>
    public static async Task PublishAsync(Dockerfile dockerfile, string folder)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = TestTools.SolutionDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in dockerfile.PublishArguments)
        {
            start.ArgumentList.Add(argument == dockerfile.PublishOutput ? folder : argument);
        }

        using Process publish = Process.Start(start)!;
        Task<string> output = publish.StandardOutput.ReadToEndAsync();
        Task<string> errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        Assert.True(publish.ExitCode == 0, $"dotnet {string.Join(' ', start.ArgumentList)} failed:{System.Environment.NewLine}{await output}{await errors}");
    }

    public static PublishedSilo Start(Dockerfile dockerfile, string folder, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(dockerfile.Entrypoint[0])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in dockerfile.Entrypoint[1..])
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string name, string value) in dockerfile.Environment.Concat(environment))
        {
            start.Environment[name] = value;
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("The entrypoint did not start.");
        var silo = new PublishedSilo(process, int.Parse(environment["Web__Port"], System.Globalization.CultureInfo.InvariantCulture));
        process.OutputDataReceived += (_, e) => silo.Record(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Record(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => silo._ready.TrySetException(new InvalidOperationException($"The silo exited with code {process.ExitCode} before it was ready:{System.Environment.NewLine}{silo.Output}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>The orleans:// address the silo printed once ready.</summary>
    public Task<string> ReadyAsync(TimeSpan timeout) => _ready.Task.WaitAsync(timeout);

    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
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

        if (ReadyLine().Match(line) is { Success: true } match)
        {
            _ready.TrySetResult(match.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"connect with (orleans://\S+)")]
    private static partial Regex ReadyLine();
}
