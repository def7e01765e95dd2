using System.Reflection;
using OrleansPV.TestUtilities.Servers;

namespace OrleansPV.Cluster.Tests.Infrastructure;

/// <summary>The Silo host this build made (the program users start with dotnet run --project Silo), started as a process.</summary>
internal static class BuiltSilo
{
    private static readonly string AssemblyPath = typeof(BuiltSilo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SiloAssemblyPath").Value!;

    /// <summary>Starts it on free ports with <paramref name="arguments"/> (--Section:Key=value; later ones win).</summary>
    public static Task<SiloHostProcess> StartAsync(TimeSpan timeout, params string[] arguments) => SiloHostProcess.StartAsync(AssemblyPath, timeout, arguments);
}
