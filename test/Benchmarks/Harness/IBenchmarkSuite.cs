namespace OrleansPV.Benchmarks.Harness;

internal interface IBenchmarkSuite
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(string[] args);
}
