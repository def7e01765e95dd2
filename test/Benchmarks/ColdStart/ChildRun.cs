using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>
/// Starts this benchmark program again as a child that renders one still sequence and prints
/// its per-still times (<see cref="StillTimes"/>); every other line is passed through.
/// </summary>
internal static class ChildRun
{
    public static async Task<(double[] Wall, double[] Cpu, double[]? Jit)> RunAsync(string mode, int stills)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own path is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add(ColdStartBenchmark.ChildCommand);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(stills.ToString(CultureInfo.InvariantCulture));
        return await ReadStillsAsync(start, $"{mode} child");
    }

    /// <summary>Runs <paramref name="start"/> to its end and returns the times it printed.</summary>
    public static async Task<(double[] Wall, double[] Cpu, double[]? Jit)> ReadStillsAsync(ProcessStartInfo start, string what)
    {
        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"The {what} did not start.");
        double[]? wall = null, cpu = null, jit = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (!StillTimes.TryParse(line, ref wall, ref cpu, ref jit))
            {
                Console.WriteLine($"  {line}");
            }
        }

        await process.WaitForExitAsync();
        return process.ExitCode == 0 && wall is not null && cpu is not null
            ? (wall, cpu, jit)
            : throw new InvalidOperationException($"The {what} exited with {process.ExitCode} without its still times.");
    }

    /// <summary>The child's side: one sequence, then the times line.</summary>
    public static async Task<int> ChildMainAsync(string[] args)
    {
        string mode = args[0];
        int stills = int.Parse(args[1], CultureInfo.InvariantCulture);
        StillTimes times = mode switch
        {
            "library" => LibraryStills.Run(stills, warmUp: true),
            "library-cold" => LibraryStills.Run(stills, warmUp: false),
            "service" => await ServiceStills.RunAsync(stills, warmUp: true),
            "service-cold" => await ServiceStills.RunAsync(stills, warmUp: false),
            _ => throw new ArgumentException($"Unknown mode {mode}.", nameof(args)),
        };
        times.Print();
        return 0;
    }
}
