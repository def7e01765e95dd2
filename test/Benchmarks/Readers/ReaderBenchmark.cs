using System.Diagnostics;
using System.Globalization;
using OrleansPV.Benchmarks.Harness;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.Sources;

namespace OrleansPV.Benchmarks.Readers;

/// <summary>
/// Reading large XML files against ParaView in the same run, warm cache: a Wavelet .vti and an unstructured grid
/// of hexahedra .vtu (~--size-mb each), appended raw and zlib. The files are written by this library's writer into
/// a temporary folder (deleted afterwards); ParaView reads them with VTK's XML readers under pvpython
/// (ParaView/read_files.py). Goal: at least 2× ParaView.
/// usage: readers [--size-mb 500] [--repeats 5] [--keep DIR]
/// </summary>
internal sealed class ReaderBenchmark : IBenchmarkSuite
{
    public string Name => "readers";

    public string Description => "Read ~500 MB .vti and .vtu (appended raw and zlib) against pvpython, warm cache (--size-mb, --repeats)";

    public async Task RunAsync(string[] args)
    {
        int sizeMb = Option(args, "--size-mb", 500);
        int repeats = Option(args, "--repeats", 5);
        string folder = Directory.CreateTempSubdirectory("orleanspv-readers-").FullName;
        try
        {
            Console.WriteLine($"Writing the files ({sizeMb} MB each) into {folder} ...");
            var files = WriteFiles(folder, sizeMb);
            Dictionary<string, double[]> ours = files.ToDictionary(f => f, f => MeasureOurs(f, repeats));
            Dictionary<string, double[]>? theirs = await MeasureParaViewAsync(files, repeats);
            Console.WriteLine();
            Console.WriteLine($"{"file",-24} {"MB",8} {"OrleansPV median",18} {"ParaView median",18} {"speed-up",9}");
            foreach (string file in files)
            {
                double mine = Median(ours[file]);
                double? pv = theirs is null ? null : Median(theirs[file]);
                string speedUp = pv is double p ? $"{p / mine:F2}x" : "n/a";
                Console.WriteLine($"{Path.GetFileName(file),-24} {new FileInfo(file).Length / 1e6,8:F0} {Statistics.Milliseconds(mine),18} {(pv is double q ? Statistics.Milliseconds(q) : "pvpython missing"),18} {speedUp,9}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> WriteFiles(string folder, int sizeMb)
    {
        long bytes = (long)sizeMb << 20;

        // Image: one Float32 array, 4 bytes per point.
        int n = (int)Math.Round(Math.Cbrt(bytes / 4.0));
        var wavelet = new WaveletSource { WholeExtent = new Extent(0, n - 1, 0, n - 1, 0, n - 1) };
        var image = (ImageData)Executive.Update(wavelet);

        // Unstructured: about 16 bytes per point and 37 per hexahedron (Int32 connectivity and offsets, UInt8 types).
        int m = (int)Math.Round(Math.Cbrt(bytes / 53.0));
        var small = (ImageData)Executive.Update(new WaveletSource { WholeExtent = new Extent(0, m - 1, 0, m - 1, 0, m - 1) });
        var grid = new StructuredGrid(small.Extent) { Points = Coordinates(small) };
        grid.PointData.ShallowCopy(small.PointData);
        var hexahedra = (UnstructuredGrid)StructuredCells.Explicit(grid);

        var files = new List<string>();
        foreach ((DataSet data, string name) in new (DataSet, string)[] { (image, "wavelet"), (hexahedra, "hexahedra") })
        {
            foreach ((string suffix, VtkCompressor compressor) in new[] { ("appended_raw", VtkCompressor.None), ("appended_zlib", VtkCompressor.ZLib) })
            {
                string path = Path.Combine(folder, $"{name}_{suffix}{DataSetWriter.XmlExtension(data)}");
                DataSetWriter.Write(data, path, new DataSetWriterOptions { Compressor = compressor });
                files.Add(path);
            }
        }

        return files;
    }

    private static DataArray<float> Coordinates(ImageData image)
    {
        var xyz = new double[image.NumberOfPoints * 3];
        PointCoordinates.Copy(image, 0, xyz);
        return new DataArray<float>("Points", 3, xyz.Select(v => (float)v).ToArray());
    }

    private static double[] MeasureOurs(string file, int repeats)
    {
        DataSetReader.Read(file); // warm the page cache and the JIT
        var samples = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            long start = Stopwatch.GetTimestamp();
            DataSet data = DataSetReader.Read(file);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            GC.KeepAlive(data);
        }

        Console.WriteLine($"OrleansPV {Path.GetFileName(file)}: {string.Join(", ", samples.Select(Statistics.Milliseconds))}");
        return samples;
    }

    private static async Task<Dictionary<string, double[]>?> MeasureParaViewAsync(List<string> files, int repeats)
    {
        string? pvpython = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pvpython")).FirstOrDefault(File.Exists);
        if (pvpython is null)
        {
            return null;
        }

        var start = new ProcessStartInfo(pvpython) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ParaView", "read_files.py"));
        start.ArgumentList.Add(repeats.ToString(CultureInfo.InvariantCulture));
        files.ForEach(start.ArgumentList.Add);
        using Process process = Process.Start(start)!;
        var samples = files.ToDictionary(f => f, _ => new List<double>());
        while (await process.StandardOutput.ReadLineAsync() is string line)
        {
            string[] parts = line.Split('\t');
            if (parts.Length == 2 && samples.TryGetValue(parts[0], out List<double>? list))
            {
                list.Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
            }
        }

        await process.WaitForExitAsync();
        foreach ((string file, List<double> list) in samples)
        {
            Console.WriteLine($"ParaView  {Path.GetFileName(file)}: {string.Join(", ", list.Skip(1).Select(Statistics.Milliseconds))}");
        }

        return samples.ToDictionary(p => p.Key, p => p.Value.Skip(1).ToArray()); // the first read warms the cache
    }

    private static double Median(double[] samples)
    {
        double[] sorted = [.. samples.Order()];
        return sorted.Length == 0 ? double.NaN : Statistics.Percentile(sorted, 50);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
