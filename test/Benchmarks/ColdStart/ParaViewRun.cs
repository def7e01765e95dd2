using System.Diagnostics;
using System.Globalization;

namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>
/// ParaView's side of the comparison: ParaView/still_sequence.py under pvpython (through xvfb-run
/// when there is no display), run now so both sides share the machine's load.
/// </summary>
internal static class ParaViewRun
{
    public const string Missing = "pvpython or xvfb-run not found (apt-get install -y paraview xvfb)";

    private static string Script => Path.Combine(AppContext.BaseDirectory, "ParaView", "still_sequence.py");

    public static string Command(int stills)
        => $"xvfb-run -a pvpython test/Benchmarks/ParaView/still_sequence.py {stills.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<(double[] Wall, double[] Cpu, double[]? Jit)?> RunAsync(int stills)
    {
        string? pvpython = Find("pvpython"), xvfb = Find("xvfb-run");
        if (pvpython is null || xvfb is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(xvfb) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in new[] { "-a", pvpython, Script, stills.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        return await ChildRun.ReadStillsAsync(start, "ParaView script");
    }

    private static string? Find(string program)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
