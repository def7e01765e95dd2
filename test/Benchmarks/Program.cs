namespace OrleansPV.Benchmarks;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("usage: dotnet run -c Release --project test/Benchmarks -- <suite>");
        return args.Length == 0 ? 1 : 0;
    }
}
