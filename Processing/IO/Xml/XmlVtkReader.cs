using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Reads VTK XML files: <c>.vti</c> (ImageData), <c>.vtp</c> (PolyData), <c>.vtu</c> (UnstructuredGrid) with
/// ascii, base64 binary and appended (raw or base64) arrays, optionally zlib-compressed, in either byte
/// order. The XML part is parsed as XML; appended raw data is read from the bytes after the '_' marker.
/// </summary>
internal sealed partial class XmlVtkReader
{
    private readonly byte[] _data;
    private readonly string _fileName;
    private readonly bool _skipData;
    private readonly CancellationToken _cancellationToken;
    private XElement _root = null!;
    private VtkBlockDecoder _decoder = null!;
    private bool _bigEndian;
    private int _appendedStart = -1;
    private int _appendedEnd;
    private bool _appendedBase64;
    private int _numberOfPoints;
    private int _numberOfCells;

    private XmlVtkReader(byte[] data, string fileName, bool skipData, CancellationToken cancellationToken = default)
    {
        _data = data;
        _fileName = fileName;
        _skipData = skipData;
        _cancellationToken = cancellationToken;
    }

    public static DataSet Read(byte[] data, string fileName, CancellationToken cancellationToken = default)
    {
        var reader = new XmlVtkReader(data, fileName, skipData: false, cancellationToken);
        reader.Load();
        return reader.ReadDataSet(out _);
    }

    public static VtkFileInformation ReadInformation(byte[] data, string fileName)
    {
        var reader = new XmlVtkReader(data, fileName, skipData: true);
        reader.Load();
        reader.ReadDataSet(out VtkFileInformation information);
        return information;
    }

    private void Load()
    {
        int appendedTag = _data.AsSpan().IndexOf("<AppendedData"u8);
        int xmlLength = appendedTag < 0 ? _data.Length : appendedTag;
        try
        {
            // The appended section is not XML text: parse what precedes it, closing the root element.
            using var xml = new MemoryStream(xmlLength + 16);
            xml.Write(_data, 0, xmlLength);
            if (appendedTag >= 0)
            {
                xml.Write("</VTKFile>"u8);
            }

            xml.Position = 0;
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(xml, settings);
            _root = XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException ex)
        {
            throw new VtkFileFormatException(_fileName, $"line {ex.LineNumber}", $"not well-formed XML ({ex.Message})", ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new VtkFileFormatException(_fileName, "XML text", "the XML text is not valid UTF-8", ex);
        }

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
        string? compressor = (string?)_root.Attribute("compressor");
        if (compressor is not null && compressor != "vtkZLibDataCompressor")
        {
            Fail(_root, $"compressor '{compressor}' is not supported (supported: vtkZLibDataCompressor)");
        }

        _decoder = new VtkBlockDecoder(_fileName, headerSize, _bigEndian, compressor is not null, _cancellationToken);
        if (appendedTag >= 0)
        {
            LocateAppendedData(appendedTag);
        }
    }

    /// <summary>Finds the '_' that starts the appended bytes and the encoding (raw or base64).</summary>
    private void LocateAppendedData(int tagStart)
    {
        int tagEnd = _data.AsSpan(tagStart).IndexOf((byte)'>');
        if (tagEnd < 0)
        {
            throw new VtkFileFormatException(_fileName, $"byte {tagStart}", "the <AppendedData> tag is not closed");
        }

        tagEnd += tagStart;
        string tag = Encoding.UTF8.GetString(_data, tagStart, tagEnd - tagStart);
        string normalized = tag.Replace('\'', '"').Replace(" ", string.Empty, StringComparison.Ordinal);
        _appendedBase64 = normalized.Contains("encoding=\"base64\"", StringComparison.Ordinal);
        if (!_appendedBase64 && !normalized.Contains("encoding=\"raw\"", StringComparison.Ordinal))
        {
            throw new VtkFileFormatException(_fileName, $"byte {tagStart}", $"expected <AppendedData encoding=\"raw\"> or encoding=\"base64\", found '{tag}>'");
        }

        int pos = tagEnd + 1;
        while (pos < _data.Length && AsciiNumbers.IsWhitespace(_data[pos]))
        {
            pos++;
        }

        if (pos >= _data.Length || _data[pos] != (byte)'_')
        {
            throw new VtkFileFormatException(_fileName, $"byte {pos}", "expected the '_' marker that starts the appended data");
        }

        _appendedStart = pos + 1;
        _appendedEnd = _data.Length;
        if (_appendedBase64)
        {
            int close = _data.AsSpan(_appendedStart).IndexOf("</AppendedData>"u8);
            _appendedEnd = close < 0 ? _data.Length : _appendedStart + close;
        }
    }

    private DataSet ReadDataSet(out VtkFileInformation information)
    {
        string type = (string?)_root.Attribute("type") ?? Fail<string>(_root, "<VTKFile> has no type attribute");
        if (type is not ("ImageData" or "PolyData" or "UnstructuredGrid"))
        {
            Fail(_root, $"data set type '{type}' is not supported (supported: ImageData, PolyData, UnstructuredGrid)");
        }

        XElement dataSetElement = _root.Element(type) ?? Fail<XElement>(_root, $"expected a <{type}> element inside <VTKFile>");
        var pieces = dataSetElement.Elements("Piece").ToList();
        if (pieces.Count != 1)
        {
            Fail(dataSetElement, $"{pieces.Count} pieces; only files with exactly one <Piece> are supported");
        }

        XElement piece = pieces[0];
        DataSet result = type switch
        {
            "ImageData" => ReadImageData(dataSetElement, piece),
            "PolyData" => ReadPolyData(piece),
            "UnstructuredGrid" => ReadUnstructuredGrid(piece),
            _ => Fail<DataSet>(_root, $"data set type '{type}' is not supported (supported: ImageData, PolyData, UnstructuredGrid)"),
        };
        var pointInfo = ReadAttributes(piece.Element("PointData"), result.PointData, _numberOfPoints);
        var cellInfo = ReadAttributes(piece.Element("CellData"), result.CellData, _numberOfCells);
        var fieldInfo = ReadAttributes(dataSetElement.Element("FieldData"), result.FieldData, -1);
        information = new VtkFileInformation(
            result.DataSetType,
            _numberOfPoints,
            _numberOfCells,
            result is ImageData image ? image.Extent : null,
            pointInfo,
            cellInfo,
            fieldInfo);
        return result;
    }

    private ImageData ReadImageData(XElement dataSetElement, XElement piece)
    {
        int[] whole = IntList(dataSetElement, "WholeExtent", 6);
        int[] pieceExtent = piece.Attribute("Extent") is null ? whole : IntList(piece, "Extent", 6);
        if (!whole.AsSpan().SequenceEqual(pieceExtent))
        {
            Fail(piece, $"piece Extent '{string.Join(' ', pieceExtent)}' differs from WholeExtent '{string.Join(' ', whole)}'; partial pieces are not supported");
        }

        double[] origin = dataSetElement.Attribute("Origin") is null ? [0, 0, 0] : DoubleList(dataSetElement, "Origin", 3);
        double[] spacing = dataSetElement.Attribute("Spacing") is null ? [1, 1, 1] : DoubleList(dataSetElement, "Spacing", 3);
        if (dataSetElement.Attribute("Direction") is not null)
        {
            double[] direction = DoubleList(dataSetElement, "Direction", 9);
            if (!direction.AsSpan().SequenceEqual([1.0, 0, 0, 0, 1, 0, 0, 0, 1]))
            {
                Fail(dataSetElement, "a non-identity Direction is not supported");
            }
        }

        var extent = Extent.FromArray(whole);
        if ((long)extent.SizeX * extent.SizeY * extent.SizeZ > int.MaxValue)
        {
            Fail(dataSetElement, $"WholeExtent '{string.Join(' ', whole)}' has more than {int.MaxValue} points");
        }

        _numberOfPoints = extent.NumberOfPoints;
        _numberOfCells = extent.NumberOfCells;
        return new ImageData(extent, new Vector3d(origin[0], origin[1], origin[2]), new Vector3d(spacing[0], spacing[1], spacing[2]));
    }

    private PolyData ReadPolyData(XElement piece)
    {
        var poly = new PolyData();
        int points = Count(piece, "NumberOfPoints");
        ReadPoints(piece, poly, points);
        _numberOfPoints = points;
        _numberOfCells = checked(Count(piece, "NumberOfVerts") + Count(piece, "NumberOfLines") + Count(piece, "NumberOfStrips") + Count(piece, "NumberOfPolys"));
        poly.Verts = ReadCells(piece.Element("Verts"), Count(piece, "NumberOfVerts"), points, piece, "Verts");
        poly.Lines = ReadCells(piece.Element("Lines"), Count(piece, "NumberOfLines"), points, piece, "Lines");
        poly.Strips = ReadCells(piece.Element("Strips"), Count(piece, "NumberOfStrips"), points, piece, "Strips");
        poly.Polys = ReadCells(piece.Element("Polys"), Count(piece, "NumberOfPolys"), points, piece, "Polys");
        return poly;
    }

    private UnstructuredGrid ReadUnstructuredGrid(XElement piece)
    {
        var grid = new UnstructuredGrid();
        int points = Count(piece, "NumberOfPoints");
        int cellCount = Count(piece, "NumberOfCells");
        ReadPoints(piece, grid, points);
        _numberOfPoints = points;
        _numberOfCells = cellCount;
        XElement? cellsElement = piece.Element("Cells");
        CellArray cells = ReadCells(cellsElement, cellCount, points, piece, "Cells");
        if (cellCount == 0)
        {
            grid.SetCells([], cells);
            return grid;
        }

        XElement typesElement = FindArray(cellsElement!, "types");
        int[] typeIds = ReadIds(typesElement, cellCount, "types");
        if (_skipData)
        {
            return grid;
        }

        var types = new CellType[cellCount];
        for (int i = 0; i < types.Length; i++)
        {
            if ((uint)typeIds[i] > byte.MaxValue)
            {
                Fail(typesElement, $"cell {i} has type {typeIds[i]}, which is not supported (supported: 0..14)");
            }

            types[i] = (CellType)typeIds[i];
        }

        string? problem = CellChecks.ValidateTypes(types, cells.Offsets);
        if (problem is not null)
        {
            Fail(typesElement, problem);
        }

        grid.SetCells(types, cells);
        return grid;
    }

    [DoesNotReturn]
    private void Fail(XObject at, string problem) => throw new VtkFileFormatException(_fileName, LocationOf(at), problem);

    [DoesNotReturn]
    private T Fail<T>(XObject at, string problem) => throw new VtkFileFormatException(_fileName, LocationOf(at), problem);

    private static string LocationOf(XObject at) => at is IXmlLineInfo info && info.HasLineInfo() ? $"line {info.LineNumber}" : "XML";

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
