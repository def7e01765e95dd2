using System.Text.Json;

namespace OrleansPV.Processing.IO;

/// <summary>
/// ParaView's file-series JSON (x.vtu.series, x.vtk.series …), which vtkFileSeriesReader reads in place of a
/// list of files: <c>{"file-series-version":"1.0","files":[{"name":"x_0.vtu","time":0.5}, …]}</c>. Names are
/// relative to the .series file; the times are the steps.
/// </summary>
public static class SeriesFile
{
    /// <summary>Largest .series file read (it lists names and times; anything bigger is not one).</summary>
    public const long MaxBytes = 64L << 20;

    /// <summary>True for a name ending in ".series" (ParaView's reader factory maps "vtu.series" to the .vtu reader).</summary>
    public static bool IsSeries(string path) => path.EndsWith(".series", StringComparison.OrdinalIgnoreCase);

    /// <summary>The entries in file order; <paramref name="fileName"/> names the file in errors.</summary>
    public static IReadOnlyList<(string Name, double Time)> Read(string path, string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        long length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new VtkFileFormatException(fileName, "byte 0", $"{length:N0} bytes is more than a file-series list holds (at most {MaxBytes:N0})");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new VtkFileFormatException(fileName, $"line {(ex.LineNumber ?? 0) + 1}", $"not a file-series JSON file ({ex.Message})", ex);
        }

        using (document)
        {
            return Entries(document.RootElement, fileName);
        }
    }

    private static List<(string Name, double Time)> Entries(JsonElement root, string fileName)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("file-series-version", out JsonElement version) || version.ValueKind != JsonValueKind.String)
        {
            throw new VtkFileFormatException(fileName, "JSON", "expected an object with \"file-series-version\" (ParaView's .series format)");
        }

        if (version.GetString() != "1.0")
        {
            throw new VtkFileFormatException(fileName, "\"file-series-version\"", $"version '{version.GetString()}' is not supported (supported: 1.0)");
        }

        if (!root.TryGetProperty("files", out JsonElement files) || files.ValueKind != JsonValueKind.Array || files.GetArrayLength() == 0)
        {
            throw new VtkFileFormatException(fileName, "\"files\"", "expected a non-empty array of {\"name\": …, \"time\": …}");
        }

        var entries = new List<(string, double)>(files.GetArrayLength());
        int index = 0;
        foreach (JsonElement file in files.EnumerateArray())
        {
            string where = $"\"files\"[{index++}]";
            if (file.ValueKind != JsonValueKind.Object
                || !file.TryGetProperty("name", out JsonElement name) || name.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(name.GetString())
                || !file.TryGetProperty("time", out JsonElement time) || time.ValueKind != JsonValueKind.Number || !double.IsFinite(time.GetDouble()))
            {
                throw new VtkFileFormatException(fileName, where, "expected {\"name\": \"<file>\", \"time\": <number>}");
            }

            entries.Add((name.GetString()!, time.GetDouble()));
        }

        return entries;
    }
}
