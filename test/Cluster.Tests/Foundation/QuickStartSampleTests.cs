using OrleansPV.TestUtilities.Servers;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;

namespace OrleansPV.Cluster.Tests.Foundation;

/// <summary>
/// samples/QuickStart, a program that references only the client SDK, runs the README's quick start
/// against the real silo host started as its own process, and prints the contour's figures.
/// </summary>
public sealed partial class QuickStartSampleTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task The_quick_start_sample_prints_the_contour_the_cluster_computed()
    {
        string sample = typeof(QuickStartSampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "QuickStartAssemblyPath").Value!;
        Assert.True(File.Exists(sample), $"The sample was not built at {sample}.");
        await using SiloHostProcess silo = await BuiltSilo.StartAsync(Timeout);

        (int exitCode, string output) = await RunAsync(sample, silo.Gateway);

        Assert.True(exitCode == 0, $"The sample exited with {exitCode}:\n{output}");
        PolyData expected = LocalContour();
        Match contour = ContourLine().Match(output);
        Match fetched = FetchedLine().Match(output);
        Assert.True(contour.Success && fetched.Success, $"Unexpected output:\n{output}");
        Assert.Equal((expected.NumberOfPoints, expected.NumberOfCells), (Int(contour, "points"), Int(contour, "cells")));
        Assert.Equal((expected.NumberOfPoints, expected.NumberOfCells), (Int(fetched, "points"), Int(fetched, "cells")));
        Assert.Equal("157", contour.Groups["min"].Value);
    }

    [Fact]
    public void The_quick_start_sample_carries_no_server_assemblies()
    {
        string folder = Path.GetDirectoryName(typeof(QuickStartSampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "QuickStartAssemblyPath").Value!)!;
        string[] files = [.. Directory.EnumerateFiles(folder, "*.dll").Select(Path.GetFileName)!];

        Assert.Contains("OrleansPV.Client.dll", files);
        Assert.DoesNotContain(files, f => f is "OrleansPV.Grains.dll" or "OrleansPV.Processing.dll" or "OrleansPV.Rendering.dll" or "OrleansPV.Client.Builtin.dll" or "Orleans.Server.dll");
        Assert.DoesNotContain(files, f => f.StartsWith("SkiaSharp", StringComparison.Ordinal));
    }

    private static PolyData LocalContour()
    {
        var wavelet = new WaveletSource { WholeExtent = new Extent(-32, 31, -32, 31, -32, 31) };
        var contour = new ContourFilter { ContourValues = [157.0], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true };
        contour.SetInputConnection(wavelet);
        return (PolyData)Executive.Update(contour);
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>Runs the sample to its end; stops it (only it) if it outlives the timeout.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string sample, string gateway)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { sample, gateway },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    [GeneratedRegex(@"contour: vtkPolyData points=(?<points>\d+) cells=(?<cells>\d+) RTData=\[(?<min>[^,]+), (?<max>[^\]]+)\]")]
    private static partial Regex ContourLine();

    [GeneratedRegex(@"fetched: vtkPolyData points=(?<points>\d+) cells=(?<cells>\d+) bytes=\d+")]
    private static partial Regex FetchedLine();
}
