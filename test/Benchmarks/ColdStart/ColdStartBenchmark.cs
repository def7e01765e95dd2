using System.Globalization;
using OrleansPV.Benchmarks.Harness;

namespace OrleansPV.Benchmarks.ColdStart;

/// <summary>
/// Issue 12's cold frames: the first stills after start against the hundredth. Each run is a fresh
/// process (this program started again as a child), so JIT state, pools and threads are cold:
/// the Rendering library alone (render + PNG), the whole service (builtin://, RenderAsync), and
/// ParaView's render + SaveScreenshot of the same scene and camera path when pvpython is installed.
/// Environment variables set for this command reach the children (e.g. DOTNET_TieredCompilation=0).
/// </summary>
internal sealed class ColdStartBenchmark : IBenchmarkSuite
{
    public const string ChildCommand = "coldstart-child";

    private const double Goal = 4.0;

    public string Name => "coldstart";

    public string Description => "fresh-process still sequence (library, service, ParaView): stills 1–20 vs 81–100 [stills] [--runs n] [--only library-cold|library|service-cold|service|paraview]";

    public async Task RunAsync(string[] args)
    {
        int stills = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out int s) ? s : StillSequence.DefaultStills;
        int runs = int.Parse(Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture);
        string? only = Option(args, "--only");
        Console.WriteLine($"{stills} stills of {StillSequence.Width}x{StillSequence.Height}, Contour {StillSequence.ContourValue} of Wavelet 256^3 coloured by RTData, camera {StillSequence.Distance} from the centre, Azimuth {StillSequence.AzimuthDegrees}° before each still; a fresh process per run.");
        Console.WriteLine($"ParaView's side: {ParaViewRun.Command(stills)}");
        Console.WriteLine("Wall rates are stills/s; CPU is the process's CPU time per still (all threads), which other load on the machine does not inflate; JIT is the time the JIT compiler ran during those stills.");
        Console.WriteLine("| run | first still | stills 1–20 /s | 21–40 /s | 81–100 /s | 1–20 ÷ 81–100 | all /s | CPU/still 1–20 | CPU/still 81–100 | CPU 81–100 ÷ 1–20 | JIT in 1–20 | JIT in 81–100 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        var results = new Dictionary<string, List<StillRates>>();
        foreach (string mode in new[] { "library-cold", "library", "service-cold", "service", "paraview" }.Where(m => only is null || only == m))
        {
            for (int run = 0; run < runs; run++)
            {
                (double[] Wall, double[] Cpu, double[]? Jit)? times = mode == "paraview" ? await ParaViewRun.RunAsync(stills) : await ChildRun.RunAsync(mode, stills);
                if (times is not { } t)
                {
                    Console.WriteLine($"| {Label(mode)} | not run: {ParaViewRun.Missing} | | | | | | | | | | |");
                    break;
                }

                StillRates rates = StillRates.Of(t.Wall, t.Cpu, t.Jit);
                (results.TryGetValue(mode, out var list) ? list : results[mode] = []).Add(rates);
                Console.WriteLine($"| {Label(mode)} | {rates.FirstMs:F0} ms | {rates.First20:F2} | {rates.Second20:F2} | {rates.Last20:F2} | {rates.ColdOverWarm:F2} | {rates.All:F2} | {rates.CpuFirst20:F0} ms | {rates.CpuLast20:F0} ms | {rates.CpuColdOverWarm:F2} | {Jit(rates.JitFirst20)} | {Jit(rates.JitLast20)} |");
            }
        }

        Summarize(results);
    }

    private static void Summarize(Dictionary<string, List<StillRates>> results)
    {
        foreach ((string mode, List<StillRates> list) in results.Where(r => r.Key != "paraview"))
        {
            double worst = list.Min(r => r.ColdOverWarm), cpu = list.Min(r => r.CpuColdOverWarm);
            Console.WriteLine($"{Label(mode)}: stills 1–20 at {worst:P0} of 81–100's rate, CPU {cpu:P0} (goal: within 15 %) — {(worst >= 0.85 ? "met" : "not met")}");
        }

        if (results.TryGetValue("paraview", out var paraView) && results.TryGetValue("service", out var service))
        {
            double reference = paraView.Average(r => r.All);
            double cold = service.Min(r => r.First20), all = service.Min(r => r.All);
            Console.WriteLine($"service vs ParaView ({reference:F2} stills/s): stills 1–20 {cold / reference:F1}x, all {all / reference:F1}x (goal: ≥ {Goal}x from still 1) — {(cold >= Goal * reference ? "met" : "not met")}");
            double paraViewCpu = paraView.Average(r => r.CpuFirst20), serviceCpu = service.Max(r => r.CpuFirst20);
            Console.WriteLine($"CPU per still in stills 1–20 (independent of other load): ParaView {paraViewCpu:F0} ms, service {serviceCpu:F0} ms ({paraViewCpu / serviceCpu:F1}x)");
        }
    }

    private static string Jit(double milliseconds) => double.IsNaN(milliseconds) ? "—" : $"{milliseconds:F0} ms";

    private static string Label(string mode) => mode switch
    {
        "library-cold" => "library, no warm-up: Renderer.Render + EncodePng",
        "library" => "library after RenderingWarmUp: Renderer.Render + EncodePng",
        "service-cold" => "service, silo warm-up off: builtin://, view.RenderAsync",
        "service" => "service: builtin://, view.RenderAsync",
        _ => "ParaView: Render + SaveScreenshot",
    };

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
