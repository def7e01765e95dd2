using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Reads serial VTK XML files: <c>.vti</c>, <c>.vtp</c>, <c>.vtu</c>, <c>.vts</c>, <c>.vtr</c> with ascii, base64
/// binary and appended (raw or base64) arrays, UInt32/UInt64 headers, zlib/lz4/lzma compression, either byte
/// order. Several pieces in one file are merged as VTK's serial readers do. Only the XML part is parsed as XML;
/// appended raw data is read from the file where each array lies.
/// </summary>
internal sealed partial class XmlVtkReader
{
    private readonly FileBytes _file;
    private readonly string _fileName;
    private readonly VtkReadOptions _options;
    private bool _skipData;
    private readonly CancellationToken _cancellationToken;
    private XElement _root = null!;
    private VtkBlockDecoder _decoder = null!;
    private bool _bigEndian;
    private long _appendedStart = -1;
    private long _appendedEnd;
    private bool _appendedBase64;
    private byte[]? _appendedText;

    private XmlVtkReader(FileBytes file, string fileName, VtkReadOptions options, bool skipData, CancellationToken cancellationToken)
    {
        _file = file;
        _fileName = fileName;
        _options = options;
        _skipData = skipData;
        _cancellationToken = cancellationToken;
    }

    public static DataSet Read(FileBytes file, string fileName, VtkReadOptions options, CancellationToken cancellationToken = default)
    {
        var reader = new XmlVtkReader(file, fileName, options, skipData: false, cancellationToken);
        reader.Load();
        return reader.ReadDataSet(out _);
    }

    public static VtkFileInformation ReadInformation(FileBytes file, string fileName)
    {
        var reader = new XmlVtkReader(file, fileName, VtkReadOptions.All, skipData: true, default);
        reader.Load();
        reader.ReadDataSet(out VtkFileInformation information);
        return information;
    }

    private void Load()
    {
        XmlHeader header = XmlHeader.Load(_file, _fileName);
        _root = header.Root;
        if (_root.Name.LocalName != "VTKFile")
        {
            Fail(_root, $"expected the root element <VTKFile>, found <{_root.Name.LocalName}>");
        }

        string byteOrder = (string?)_root.Attribute("byte_order") ?? "LittleEndian";
        _bigEndian = byteOrder switch
        {
            "LittleEndian" => false,
            "BigEndian" => true,
            _ => Fail<bool>(_root, $"byte_order '{byteOrder}'; expected 'LittleEndian' or 'BigEndian'"),
        };
        string headerType = (string?)_root.Attribute("header_type") ?? "UInt32";
        int headerSize = headerType switch
        {
            "UInt32" => 4,
            "UInt64" => 8,
            _ => Fail<int>(_root, $"header_type '{headerType}'; expected 'UInt32' or 'UInt64'"),
        };
        string? compressorName = (string?)_root.Attribute("compressor");
        if (!BlockCompressors.TryParse(compressorName, out BlockCompressor compressor))
        {
            Fail(_root, $"compressor '{compressorName}' is not supported (supported: vtkZLibDataCompressor, vtkLZ4DataCompressor, vtkLZMADataCompressor)");
        }

        _decoder = new VtkBlockDecoder(_fileName, headerSize, _bigEndian, compressor, _cancellationToken);
        if (header.AppendedTag >= 0)
        {
            LocateAppendedData(header.AppendedTag);
        }
    }

    /// <summary>Finds the '_' that starts the appended bytes and the encoding (raw or base64).</summary>
    private void LocateAppendedData(long tagStart)
    {
        var head = new byte[(int)Math.Min(1024, _file.Length - tagStart)];
        _file.ReadAt(tagStart, head);
        int tagEnd = head.AsSpan().IndexOf((byte)'>');
        if (tagEnd < 0)
        {
            throw new VtkFileFormatException(_fileName, $"byte {tagStart}", "the <AppendedData> tag is not closed");
        }

        string tag = Encoding.UTF8.GetString(head, 0, tagEnd);
        string normalized = tag.Replace('\'', '"').Replace(" ", string.Empty, StringComparison.Ordinal);
        _appendedBase64 = normalized.Contains("encoding=\"base64\"", StringComparison.Ordinal);
        if (!_appendedBase64 && !normalized.Contains("encoding=\"raw\"", StringComparison.Ordinal))
        {
            throw new VtkFileFormatException(_fileName, $"byte {tagStart}", $"expected <AppendedData encoding=\"raw\"> or encoding=\"base64\", found '{tag}>'");
        }

        int pos = tagEnd + 1;
        while (pos < head.Length && AsciiNumbers.IsWhitespace(head[pos]))
        {
            pos++;
        }

        if (pos >= head.Length || head[pos] != (byte)'_')
        {
            throw new VtkFileFormatException(_fileName, $"byte {tagStart + pos}", "expected the '_' marker that starts the appended data");
        }

        _appendedStart = tagStart + pos + 1;
        _appendedEnd = _file.Length;
    }

    /// <summary>Base64 appended data is text: read it once (it ends at &lt;/AppendedData&gt;).</summary>
    private byte[] AppendedText()
    {
        if (_appendedText is null)
        {
            var text = new byte[_file.Length - _appendedStart];
            _file.ReadAt(_appendedStart, text);
            int close = text.AsSpan().IndexOf("</AppendedData>"u8);
            _appendedText = close < 0 ? text : text[..close];
        }

        return _appendedText;
    }

    private DataSet ReadDataSet(out VtkFileInformation information)
    {
        string type = (string?)_root.Attribute("type") ?? Fail<string>(_root, "<VTKFile> has no type attribute");
        if (type is not ("ImageData" or "PolyData" or "UnstructuredGrid" or "StructuredGrid" or "RectilinearGrid"))
        {
            Fail(_root, $"data set type '{type}' is not supported here (supported: ImageData, PolyData, UnstructuredGrid, StructuredGrid, RectilinearGrid)");
        }

        XElement dataSetElement = _root.Element(type) ?? Fail<XElement>(_root, $"expected a <{type}> element inside <VTKFile>");
        var pieceElements = dataSetElement.Elements("Piece").ToList();
        if (pieceElements.Count == 0)
        {
            Fail(dataSetElement, $"<{type}> has no <Piece>");
        }

        Extent? whole = type is "ImageData" or "StructuredGrid" or "RectilinearGrid" ? WholeExtent(dataSetElement) : null;
        var pieces = new List<DataSet>(pieceElements.Count);
        var pieceInfo = new List<PieceInformation>(pieceElements.Count);
        foreach (XElement piece in pieceElements)
        {
            DataSet data = type switch
            {
                "ImageData" => ReadImageData(dataSetElement, piece, whole!.Value),
                "PolyData" => ReadPolyData(piece),
                "UnstructuredGrid" => ReadUnstructuredGrid(piece),
                "StructuredGrid" => ReadStructuredGrid(piece, whole!.Value),
                _ => ReadRectilinearGrid(piece, whole!.Value),
            };
            PieceInformation info = ReadPieceAttributes(piece, data);
            pieces.Add(data);
            pieceInfo.Add(info);
        }

        DataSet result = _skipData ? pieces[0] : PieceMerger.Merge(pieces, whole, _fileName);
        var fieldInfo = ReadAttributes(dataSetElement.Element("FieldData"), result.FieldData, -1, _ => true);
        information = new VtkFileInformation(
            result.DataSetType,
            pieceInfo.Sum(p => p.Points),
            pieceInfo.Sum(p => p.Cells),
            whole,
            pieceInfo[0].PointArrays,
            pieceInfo[0].CellArrays,
            fieldInfo)
        {
            NumberOfPieces = pieces.Count,
        };
        if (whole is Extent extent)
        {
            information = information with { NumberOfPoints = extent.NumberOfPoints, NumberOfCells = extent.NumberOfCells };
        }

        if (_skipData && TimeValue(dataSetElement.Element("FieldData")) is double time)
        {
            information = information with { TimeSteps = [time] };
        }

        return result;
    }

    /// <summary>
    /// The file's time: the first value of its "TimeValue" field array, as vtkXMLReader reports it as the
    /// time step (its TimeArray's default), decoded even in the information pass since it is one value; null without one.
    /// </summary>
    private double? TimeValue(XElement? fieldData)
    {
        XElement? element = fieldData?.Elements("DataArray").FirstOrDefault(static a => (string?)a.Attribute("Name") == VtkFileInformation.TimeArrayName);
        if (element is null)
        {
            return null;
        }

        bool skip = _skipData;
        _skipData = false;
        try
        {
            DataArray? array = ReadDataArray(element, tuples: null, VtkFileInformation.TimeArrayName);
            return array is { Length: > 0 } ? array.GetValue(0, 0) : null;
        }
        finally
        {
            _skipData = skip;
        }
    }

    private sealed record PieceInformation(long Points, long Cells, List<VtkArrayInformation> PointArrays, List<VtkArrayInformation> CellArrays);

    private PieceInformation ReadPieceAttributes(XElement piece, DataSet data)
    {
        (int points, int cells) = _pieceCounts;
        var pointInfo = ReadAttributes(piece.Element("PointData"), data.PointData, points, _options.ReadsPointArray);
        var cellInfo = ReadAttributes(piece.Element("CellData"), data.CellData, cells, _options.ReadsCellArray);
        return new PieceInformation(points, cells, pointInfo, cellInfo);
    }

    private Extent WholeExtent(XElement dataSetElement)
    {
        var extent = Extent.FromArray(IntList(dataSetElement, "WholeExtent", 6));
        CheckExtent(dataSetElement, extent, "WholeExtent");
        return extent;
    }

    private void CheckExtent(XElement at, Extent extent, string what)
    {
        if ((long)extent.SizeX * extent.SizeY * extent.SizeZ > int.MaxValue)
        {
            Fail(at, $"{what} '{string.Join(' ', extent.ToArray())}' has more than {int.MaxValue} points");
        }
    }

    [DoesNotReturn]
    private void Fail(XObject at, string problem) => throw new VtkFileFormatException(_fileName, LocationOf(at), problem);

    [DoesNotReturn]
    private T Fail<T>(XObject at, string problem) => throw new VtkFileFormatException(_fileName, LocationOf(at), problem);

    internal static string LocationOf(XObject at) => at is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "XML";

    private int Count(XElement element, string attribute)
    {
        string? text = (string?)element.Attribute(attribute);
        if (text is null)
        {
            return 0;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < 0)
        {
            Fail(element, $"<{element.Name.LocalName}> {attribute}=\"{text.Trim()}\": expected a non-negative integer up to {int.MaxValue}");
        }

        return value;
    }

    private int[] IntList(XElement element, string attribute, int count)
    {
        string text = (string?)element.Attribute(attribute) ?? Fail<string>(element, $"<{element.Name.LocalName}> has no {attribute} attribute");
        string[] parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var values = new int[count];
        if (parts.Length != count || !parts.Select((p, i) => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            Fail(element, $"<{element.Name.LocalName}> {attribute}=\"{text}\": expected {count} integers");
        }

        return values;
    }

    private double[] DoubleList(XElement element, string attribute, int count)
    {
        string text = (string)element.Attribute(attribute)!;
        string[] parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var values = new double[count];
        if (parts.Length != count || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            Fail(element, $"<{element.Name.LocalName}> {attribute}=\"{text}\": expected {count} numbers");
        }

        return values;
    }
}
