using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>The real Silo host (the program users start with dotnet run --project Silo) as a child process.</summary>
public sealed partial class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SiloProcess(Process process, string gateway)
    {
        _process = process;
        Gateway = gateway;
    }

    /// <summary>The orleans:// URI the silo printed when it became ready.</summary>
    public string Gateway { get; }

    public static async Task<SiloProcess> StartAsync(TimeSpan timeout)
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
        Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && ReadyLine().Match(e.Data) is { Success: true } match)
            {
                ready.TrySetResult(match.Groups[1].Value);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException($"The silo exited with code {process.ExitCode} before it was ready."));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new SiloProcess(process, await ready.Task.WaitAsync(timeout));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

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
}
