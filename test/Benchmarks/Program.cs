using OrleansPV.Benchmarks.Harness;

namespace OrleansPV.Benchmarks;

/// <summary>
/// A plain benchmark harness: dotnet run -c Release --project test/Benchmarks -- &lt;suite&gt; [...].
/// Each suite warms up, repeats its workload, and prints a table of figures.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ColdStart.ColdStartBenchmark.ChildCommand)
        {
            return await ColdStart.ChildRun.ChildMainAsync(args[1..]);
        }

        IReadOnlyDictionary<string, IBenchmarkSuite> suites = BenchmarkSuites.All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        if (args.Length == 0 || !suites.ContainsKey(args[0]))
        {
            Console.WriteLine("usage: dotnet run -c Release --project test/Benchmarks -- <suite> [options]");
            foreach (IBenchmarkSuite suite in suites.Values)
            {
                Console.WriteLine($"  {suite.Name,-14} {suite.Description}");
            }

            return args.Length == 0 ? 0 : 1;
        }

        await suites[args[0]].RunAsync(args[1..]);
        return 0;
    }
}
