namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>Rates over windows of a still sequence's per-still wall times, mean CPU time per still, and JIT time in a window (milliseconds).</summary>
internal sealed record StillRates(double FirstMs, double First20, double Second20, double Last20, double All, double CpuFirst20, double CpuLast20, double JitFirst20, double JitLast20)
{
    /// <summary>Stills 1–20's rate over stills 81–100's (1: no cold start).</summary>
    public double ColdOverWarm => First20 / Last20;

    /// <summary>Stills 81–100's CPU time per still over 1–20's (1: no cold start; steadier than wall time on a shared machine).</summary>
    public double CpuColdOverWarm => CpuLast20 / CpuFirst20;

    public static StillRates Of(double[] wall, double[] cpu, double[]? jit)
    {
        int n = wall.Length;
        return new StillRates(
            wall[0], 1000 / Mean(wall, 0, 20), 1000 / Mean(wall, 20, 40), 1000 / Mean(wall, n - 20, n), 1000 / Mean(wall, 0, n),
            Mean(cpu, 0, 20), Mean(cpu, n - 20, n),
            jit is null ? double.NaN : Mean(jit, 0, 20) * 20, jit is null ? double.NaN : Mean(jit, n - 20, n) * 20);
    }

    private static double Mean(double[] milliseconds, int from, int to)
    {
        from = Math.Clamp(from, 0, milliseconds.Length);
        to = Math.Clamp(to, from, milliseconds.Length);
        return to > from ? milliseconds[from..to].Average() : double.NaN;
    }
}
