namespace OrleansPV.Benchmarks.Harness;

/// <summary>Order statistics over measured samples.</summary>
internal static class Statistics
{
    public static double Percentile(double[] sorted, double percentile)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int index = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    public static string Milliseconds(double ms) => ms < 1 ? $"{ms * 1000:F0} µs" : $"{ms:F2} ms";
}
