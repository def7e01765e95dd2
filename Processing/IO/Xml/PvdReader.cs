using System.Globalization;
using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// .pvd collections (ParaView's PVDReader): &lt;DataSet timestep part file&gt; entries. The distinct timesteps are
/// the time steps; a read shows the last step at or before the requested time (the first before it). When the
/// first step has one part, every step gives its first part's data set (as ParaView 5.11 reads it); several parts
/// in the first step give a multiblock with one block per part.
/// </summary>
internal static class PvdReader
{
    private sealed record Entry(double Time, int Part, string File);

    public static DataSet Read(string path, string fileName, VtkReadOptions options, CancellationToken cancellationToken)
    {
        List<Entry> entries = Load(path, fileName, options, out double[] steps);
        double step = Pick(steps, options.Time);
        var parts = entries.Where(e => e.Time == step).OrderBy(e => e.Part).ToList();

        // As vtkPVDReader: the output type comes from the first step; a single-part series shows one file per step.
        if (entries.Count(e => e.Time == steps[0]) == 1)
        {
            parts = parts.Take(1).ToList();
        }

        DataSet[] data = ParallelReads.Run(parts.Count, i => DataSetReader.ReadResolved(parts[i].File, options, cancellationToken), cancellationToken);
        DataSet result = data.Length == 1 ? data[0] : new MultiBlockDataSet(data.Select(d => new Block(null, d)));
        result.DataTime = steps.Length > 0 ? step : null;
        return result;
    }

    public static VtkFileInformation ReadInformation(string path, string fileName, VtkReadOptions options)
    {
        List<Entry> entries = Load(path, fileName, options, out double[] steps);
        var first = entries.Where(e => e.Time == steps[0]).OrderBy(e => e.Part).ToList();
        VtkFileInformation information = DataSetReader.ReadInformationResolved(first[0].File, options);
        if (first.Count > 1)
        {
            information = information with { DataSetType = "vtkMultiBlockDataSet", WholeExtent = null };
        }

        return information with { TimeSteps = steps };
    }

    /// <summary>The last step at or before <paramref name="time"/>; the first when before all or unset.</summary>
    internal static double Pick(double[] steps, double? time)
    {
        double chosen = steps[0];
        foreach (double step in steps)
        {
            if (time is double t && step <= t)
            {
                chosen = step;
            }
        }

        return chosen;
    }

    private static List<Entry> Load(string path, string fileName, VtkReadOptions options, out double[] steps)
    {
        XElement root = CollectionXml.Load(path, fileName);
        if ((string?)root.Attribute("type") != "Collection")
        {
            CollectionXml.Fail<bool>(fileName, root, $"type '{(string?)root.Attribute("type")}' is not a .pvd collection (expected Collection)");
        }

        XElement collection = root.Element("Collection") ?? CollectionXml.Fail<XElement>(fileName, root, "expected a <Collection> element inside <VTKFile>");
        var entries = new List<Entry>();
        foreach (XElement dataSet in collection.Elements("DataSet"))
        {
            string file = (string?)dataSet.Attribute("file") ?? CollectionXml.Fail<string>(fileName, dataSet, "<DataSet> has no file attribute");
            string timeText = (string?)dataSet.Attribute("timestep") ?? "0";
            if (!double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out double time))
            {
                CollectionXml.Fail<bool>(fileName, dataSet, $"<DataSet> timestep=\"{timeText}\": expected a number");
            }

            int part = int.TryParse((string?)dataSet.Attribute("part"), CultureInfo.InvariantCulture, out int p) ? p : 0;
            entries.Add(new Entry(time, part, options.Resolver.Resolve(path, file)));
        }

        if (entries.Count == 0)
        {
            CollectionXml.Fail<bool>(fileName, collection, "<Collection> lists no <DataSet> files");
        }

        steps = entries.Select(e => e.Time).Distinct().Order().ToArray();
        return entries;
    }
}
