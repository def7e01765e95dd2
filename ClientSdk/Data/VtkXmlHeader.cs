using System.Globalization;
using System.Text;
using System.Xml;

namespace OrleansPV.Client;

/// <summary>
/// The type and counts a VTK XML file declares before its data: read from the markup ahead of the
/// appended binary block, so a fetched data object is described without a data model.
/// </summary>
internal sealed record VtkXmlHeader(string DataSetType, string FileExtension, int NumberOfPoints, int NumberOfCells)
{
    public static VtkXmlHeader Read(byte[] vtkXml, string sourceName)
    {
        // Only the markup before <AppendedData> is XML text; what follows its '_' is raw bytes.
        int end = vtkXml.AsSpan().IndexOf("<AppendedData"u8);
        string markup = Encoding.UTF8.GetString(vtkXml, 0, end < 0 ? vtkXml.Length : end);
        using var reader = XmlReader.Create(new StringReader(markup), new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Fragment, DtdProcessing = DtdProcessing.Prohibit });
        string? type = null;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Name == "VTKFile")
                {
                    type = reader.GetAttribute("type");
                }
                else if (reader.Name == "Piece" && type is not null)
                {
                    return FromPiece(type, reader, sourceName);
                }
            }
        }
        catch (XmlException ex)
        {
            throw new ProtocolException($"{sourceName}: the fetched data is not a VTK XML file ({ex.Message}).", ex);
        }

        throw new ProtocolException($"{sourceName}: the fetched data has no <VTKFile type=…><Piece> header.");
    }

    private static VtkXmlHeader FromPiece(string type, XmlReader piece, string sourceName)
    {
        switch (type)
        {
            case "ImageData":
                return FromExtent("vtkImageData", ".vti", piece, sourceName);
            case "StructuredGrid":
                return FromExtent("vtkStructuredGrid", ".vts", piece, sourceName);
            case "RectilinearGrid":
                return FromExtent("vtkRectilinearGrid", ".vtr", piece, sourceName);
            case "PolyData":
                int polyCells = Count(piece, "NumberOfVerts", sourceName) + Count(piece, "NumberOfLines", sourceName)
                    + Count(piece, "NumberOfStrips", sourceName) + Count(piece, "NumberOfPolys", sourceName);
                return new VtkXmlHeader("vtkPolyData", ".vtp", Count(piece, "NumberOfPoints", sourceName), polyCells);
            case "UnstructuredGrid":
                return new VtkXmlHeader("vtkUnstructuredGrid", ".vtu", Count(piece, "NumberOfPoints", sourceName), Count(piece, "NumberOfCells", sourceName));
            default:
                throw new ProtocolException($"{sourceName}: fetched data of VTK XML type '{type}' is not supported (ImageData, PolyData, UnstructuredGrid, StructuredGrid, RectilinearGrid).");
        }
    }

    /// <summary>A structured type's counts from its piece's extent: points per axis multiply; cells span each axis longer than one point.</summary>
    private static VtkXmlHeader FromExtent(string dataSetType, string extension, XmlReader piece, string sourceName)
    {
        int[] extent = Integers(piece, "Extent", sourceName);
        if (extent.Length != 6)
        {
            throw new ProtocolException($"{sourceName}: Piece Extent has {extent.Length} numbers, not 6.");
        }

        long points = 1, cells = 1;
        for (int axis = 0; axis < 3; axis++)
        {
            long size = (long)extent[2 * axis + 1] - extent[2 * axis] + 1;
            points *= Math.Max(size, 0);
            cells *= size > 1 ? size - 1 : Math.Max(size, 0);
        }

        return new VtkXmlHeader(dataSetType, extension, checked((int)points), checked((int)cells));
    }

    private static int Count(XmlReader piece, string attribute, string sourceName)
    {
        string? text = piece.GetAttribute(attribute);
        if (text is null)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) && count >= 0
            ? count
            : throw new ProtocolException($"{sourceName}: Piece {attribute}=\"{text}\" is not a count.");
    }

    private static int[] Integers(XmlReader piece, string attribute, string sourceName)
    {
        string text = piece.GetAttribute(attribute) ?? throw new ProtocolException($"{sourceName}: Piece has no {attribute}.");
        string[] parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var values = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new ProtocolException($"{sourceName}: Piece {attribute}=\"{text}\" is not integers.");
            }
        }

        return values;
    }
}
