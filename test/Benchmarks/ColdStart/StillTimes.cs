using System.Diagnostics;
using System.Globalization;

namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>
/// Per-still wall time, process CPU time (all threads, so JIT and GC threads count too) and time
/// spent in the JIT compiler, in milliseconds. CPU time stays meaningful when other processes share
/// the cores; wall time does not.
/// </summary>
internal sealed class StillTimes(int stills)
{
    public const string WallMarker = "STILLS ";
    public const string CpuMarker = "CPU ";
    public const string JitMarker = "JIT ";

    private long _started;
    private TimeSpan _cpuStarted;
    private TimeSpan _jitStarted;
    private long _methodsAtStill1;
    private long _methodsAtStill21;

    public double[] Wall { get; } = new double[stills];

    public double[] Cpu { get; } = new double[stills];

    public double[] Jit { get; } = new double[stills];

    public void Start()
    {
        _methodsAtStill1 = _methodsAtStill1 == 0 ? System.Runtime.JitInfo.GetCompiledMethodCount() : _methodsAtStill1;
        _cpuStarted = Environment.CpuUsage.TotalTime;
        _jitStarted = System.Runtime.JitInfo.GetCompilationTime();
        _started = Stopwatch.GetTimestamp();
    }

    public void Stop(int still)
    {
        Wall[still] = Stopwatch.GetElapsedTime(_started).TotalMilliseconds;
        Cpu[still] = (Environment.CpuUsage.TotalTime - _cpuStarted).TotalMilliseconds;
        Jit[still] = (System.Runtime.JitInfo.GetCompilationTime() - _jitStarted).TotalMilliseconds;
        _methodsAtStill21 = still == Math.Min(19, Wall.Length - 1) ? System.Runtime.JitInfo.GetCompiledMethodCount() : _methodsAtStill21;
    }

    public void Print()
    {
        Console.WriteLine($"# JIT: {_methodsAtStill1} methods compiled before still 1, {_methodsAtStill21 - _methodsAtStill1} during stills 1–20, {System.Runtime.JitInfo.GetCompiledMethodCount() - _methodsAtStill21} after");
        Console.WriteLine(WallMarker + Join(Wall));
        Console.WriteLine(CpuMarker + Join(Cpu));
        Console.WriteLine(JitMarker + Join(Jit));
    }

    /// <summary>Reads a line <see cref="Print"/> writes into the matching array.</summary>
    public static bool TryParse(string line, ref double[]? wall, ref double[]? cpu, ref double[]? jit)
    {
        if (line.StartsWith(JitMarker, StringComparison.Ordinal))
        {
            jit = Split(line[JitMarker.Length..]);
            return true;
        }

        if (line.StartsWith(WallMarker, StringComparison.Ordinal))
        {
            wall = Split(line[WallMarker.Length..]);
            return true;
        }

        if (line.StartsWith(CpuMarker, StringComparison.Ordinal))
        {
            cpu = Split(line[CpuMarker.Length..]);
            return true;
        }

        return false;
    }

    private static string Join(double[] values) => string.Join(',', values.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)));

    private static double[] Split(string text) => [.. text.Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture))];
}
