using System.Globalization;
using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// The parallel forms (.pvti, .pvtp, .pvtu, .pvts, .pvtr): a summary file naming one serial file per piece.
/// Pieces are read in parallel and merged as ParaView's reader does when one process reads them all.
/// </summary>
internal static class ParallelXmlReader
{
    private static readonly Dictionary<string, string> s_serialTypes = new(StringComparer.Ordinal)
    {
        ["PImageData"] = "vtkImageData",
        ["PPolyData"] = "vtkPolyData",
        ["PUnstructuredGrid"] = "vtkUnstructuredGrid",
        ["PStructuredGrid"] = "vtkStructuredGrid",
        ["PRectilinearGrid"] = "vtkRectilinearGrid",
    };

    public static DataSet Read(string path, string fileName, VtkReadOptions options, CancellationToken cancellationToken)
    {
        (XElement summary, Extent? whole, List<string> sources) = Load(path, fileName, options);
        DataSet[] pieces = ParallelReads.Run(sources.Count, i => DataSetReader.ReadResolved(sources[i], options, cancellationToken), cancellationToken);
        string expected = s_serialTypes[summary.Name.LocalName];
        foreach (DataSet piece in pieces)
        {
            if (piece.DataSetType != expected)
            {
                throw new VtkFileFormatException(fileName, XmlVtkReader.LocationOf(summary), $"a piece holds {piece.DataSetType}, but the file is a {summary.Name.LocalName}");
            }
        }

        DataSet merged = PieceMerger.Merge(pieces, whole, fileName);
        return merged;
    }

    public static VtkFileInformation ReadInformation(string path, string fileName, VtkReadOptions options)
    {
        (XElement summary, Extent? whole, List<string> sources) = Load(path, fileName, options);
        VtkFileInformation[] pieces = ParallelReads.Run(sources.Count, i => DataSetReader.ReadInformationResolved(sources[i], options), CancellationToken.None);
        return new VtkFileInformation(
            s_serialTypes[summary.Name.LocalName],
            whole?.NumberOfPoints ?? pieces.Sum(p => p.NumberOfPoints),
            whole?.NumberOfCells ?? pieces.Sum(p => p.NumberOfCells),
            whole,
            Declared(summary.Element("PPointData")),
            Declared(summary.Element("PCellData")),
            pieces.Length > 0 ? pieces[0].FieldArrays : [])
        {
            NumberOfPieces = sources.Count,
        };
    }

    private static (XElement Summary, Extent? Whole, List<string> Sources) Load(string path, string fileName, VtkReadOptions options)
    {
        XElement root = CollectionXml.Load(path, fileName);
        string type = (string?)root.Attribute("type") ?? CollectionXml.Fail<string>(fileName, root, "<VTKFile> has no type attribute");
        if (!s_serialTypes.ContainsKey(type))
        {
            CollectionXml.Fail<bool>(fileName, root, $"type '{type}' is not a parallel VTK XML type (PImageData, PPolyData, PUnstructuredGrid, PStructuredGrid, PRectilinearGrid)");
        }

        XElement summary = root.Element(type) ?? CollectionXml.Fail<XElement>(fileName, root, $"expected a <{type}> element inside <VTKFile>");
        Extent? whole = null;
        if (type is "PImageData" or "PStructuredGrid" or "PRectilinearGrid")
        {
            string text = (string?)summary.Attribute("WholeExtent") ?? CollectionXml.Fail<string>(fileName, summary, $"<{type}> has no WholeExtent attribute");
            string[] parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var values = new int[6];
            if (parts.Length != 6 || !parts.Select((p, i) => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
            {
                CollectionXml.Fail<bool>(fileName, summary, $"<{type}> WholeExtent=\"{text}\": expected 6 integers");
            }

            whole = Extent.FromArray(values);
        }

        var sources = new List<string>();
        foreach (XElement piece in summary.Elements("Piece"))
        {
            string source = (string?)piece.Attribute("Source") ?? CollectionXml.Fail<string>(fileName, piece, "<Piece> has no Source attribute");
            sources.Add(options.Resolver.Resolve(path, source));
        }

        if (sources.Count == 0)
        {
            CollectionXml.Fail<bool>(fileName, summary, $"<{type}> names no <Piece Source=\"…\"> files");
        }

        return (summary, whole, sources);
    }

    private static List<VtkArrayInformation> Declared(XElement? element)
    {
        var arrays = new List<VtkArrayInformation>();
        foreach (XElement array in element?.Elements("PDataArray") ?? [])
        {
            string name = (string?)array.Attribute("Name") ?? string.Empty;
            int components = int.TryParse((string?)array.Attribute("NumberOfComponents"), CultureInfo.InvariantCulture, out int n) ? n : 1;
            if (FileScalarTypes.TryParseXml((string?)array.Attribute("type") ?? string.Empty, out FileScalarType type))
            {
                arrays.Add(new VtkArrayInformation(name, components, FileScalarTypes.Target(type)));
            }
        }

        return arrays;
    }
}
