using System.Globalization;
using System.Text;
using System.Xml.Linq;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>DataArray elements: points, cells, attributes, and the three storage formats.</summary>
internal sealed partial class XmlVtkReader
{
    private void ReadPoints(XElement piece, PointSet target, int count)
    {
        XElement? pointsElement = piece.Element("Points");
        if (pointsElement is null)
        {
            if (count > 0)
            {
                Fail(piece, $"<Piece> has {count} points but no <Points> element");
            }

            return;
        }

        XElement arrayElement = pointsElement.Element("DataArray") ?? Fail<XElement>(pointsElement, "<Points> has no <DataArray>");
        DataArray? points = ReadDataArray(arrayElement, count, "Points");
        if (points is null)
        {
            return;
        }

        if (points.NumberOfComponents != 3)
        {
            Fail(arrayElement, $"the Points array has {points.NumberOfComponents} components; expected 3");
        }

        target.Points = RawArrays.AsCoordinates(points);
    }

    /// <summary>Cells from connectivity + offsets (VTK XML stores each cell's end offset).</summary>
    private CellArray ReadCells(XElement? element, int cellCount, int numberOfPoints, XElement piece, string what)
    {
        if (cellCount == 0)
        {
            return CellArray.Empty;
        }

        if (element is null)
        {
            Fail(piece, $"<Piece> declares {cellCount} {what} cells but has no <{what}> element");
        }

        XElement offsetsElement = FindArray(element, "offsets");
        int[] ends = ReadIds(offsetsElement, null, "offsets");
        int[] connectivity = ReadIds(FindArray(element, "connectivity"), null, "connectivity");
        if (_skipData)
        {
            return CellArray.Empty;
        }

        int[] offsets;
        if (ends.Length == cellCount)
        {
            offsets = new int[cellCount + 1];
            ends.CopyTo(offsets, 1);
        }
        else if (ends.Length == cellCount + 1 && ends[0] == 0)
        {
            offsets = ends;
        }
        else
        {
            return Fail<CellArray>(offsetsElement, $"<{what}> offsets has {ends.Length} values for {cellCount} cells");
        }

        string? problem = CellChecks.Validate(offsets, connectivity, numberOfPoints);
        if (problem is not null)
        {
            Fail(element, $"<{what}>: {problem}");
        }

        return new CellArray(offsets, connectivity);
    }

    private XElement FindArray(XElement parent, string name)
    {
        foreach (XElement e in parent.Elements("DataArray"))
        {
            if ((string?)e.Attribute("Name") == name)
            {
                return e;
            }
        }

        return Fail<XElement>(parent, $"<{parent.Name.LocalName}> has no DataArray named '{name}'");
    }

    private int[] ReadIds(XElement element, int? count, string what)
    {
        DataArray? array = ReadDataArray(element, count, what);
        if (array is null)
        {
            return [];
        }

        string? problem = IdArrays.TryToInt32(array, out int[] ids);
        if (problem is not null)
        {
            Fail(element, $"'{what}': {problem}");
        }

        return ids;
    }

    /// <summary>Declared arrays (all of them, for the information) and the selected ones decoded into <paramref name="target"/>.</summary>
    private List<VtkArrayInformation> ReadAttributes(XElement? element, ArrayCollection target, int tuples, Func<string, bool> selected)
    {
        var info = new List<VtkArrayInformation>();
        if (element is null)
        {
            return info;
        }

        foreach (XElement arrayElement in element.Elements("DataArray"))
        {
            int? expected = tuples;
            if (tuples < 0)
            {
                expected = arrayElement.Attribute("NumberOfTuples") is null ? null : Count(arrayElement, "NumberOfTuples");
            }

            (string name, FileScalarType type, int components) = Describe(arrayElement);
            info.Add(new VtkArrayInformation(name, components, FileScalarTypes.Target(type)));
            if (!selected(name))
            {
                continue;
            }

            DataArray? array = ReadDataArray(arrayElement, expected, name);
            if (array is not null)
            {
                target.Add(array);
            }
        }

        string? scalars = (string?)element.Attribute("Scalars");
        string? normals = (string?)element.Attribute("Normals");
        target.ActiveScalars = scalars is not null && target.Get(scalars) is not null ? scalars : null;
        target.ActiveNormals = normals is not null && target.Get(normals) is not null ? normals : null;
        return info;
    }

    private (string Name, FileScalarType Type, int Components) Describe(XElement element)
    {
        string name = (string?)element.Attribute("Name") ?? string.Empty;
        string typeName = (string?)element.Attribute("type") ?? Fail<string>(element, $"DataArray '{name}' has no type attribute");
        if (!FileScalarTypes.TryParseXml(typeName, out FileScalarType type))
        {
            Fail(element, $"DataArray '{name}' has type '{typeName}', which is not supported");
        }

        int components = element.Attribute("NumberOfComponents") is null ? 1 : Count(element, "NumberOfComponents");
        if (components is < 1 or > 9)
        {
            Fail(element, $"DataArray '{name}' has {components} components; expected 1 to 9");
        }

        return (name, type, components);
    }

    /// <summary>Decodes one DataArray of <paramref name="tuples"/> tuples (null: as many as stored); null in the information pass.</summary>
    private DataArray? ReadDataArray(XElement element, int? tuples, string what)
    {
        (string name, FileScalarType type, int components) = Describe(element);
        string format = (string?)element.Attribute("format") ?? "ascii";
        if (format is not ("ascii" or "binary" or "appended"))
        {
            Fail(element, $"DataArray '{name}' has format '{format}'; expected ascii, binary or appended");
        }

        if (format == "appended" && _appendedStart < 0)
        {
            Fail(element, $"DataArray '{name}' is appended but the file has no <AppendedData> section");
        }

        if (_skipData)
        {
            return null;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        int size = FileScalarTypes.SizeOf(type);
        long? values = tuples is int t ? (long)t * components : null;
        if (values > int.MaxValue)
        {
            Fail(element, $"DataArray '{name}' needs {values} values, more than the supported {int.MaxValue}");
        }

        if (format == "ascii")
        {
            return ReadAscii(element, name, type, components, values);
        }

        IPayloadSource source = format == "binary" ? InlineSource(element) : AppendedSource(element, name);
        string label = $"array '{what}'";
        long bytes = _decoder.ReadLayout(source, values * size, label, out VtkBlockDecoder.BlockTable? table);
        if (bytes % (size * components) != 0)
        {
            Fail(element, $"DataArray '{name}' holds {bytes} bytes, not a whole number of {components}-component {type} tuples");
        }

        bool swap = _bigEndian == BitConverter.IsLittleEndian;
        if (RawArrays.TryCreateDirect(type, name, components, (int)(bytes / size), out DataArray? direct, out Span<byte> destination))
        {
            // Same element size in the file and in memory: decode straight into the array.
            _decoder.DecodeInto(source, table, destination, label);
            if (swap)
            {
                RawArrays.Swap(destination, size);
            }

            if (type == FileScalarType.UInt64 && RawArrays.HasNegative(direct))
            {
                Fail(element, $"DataArray '{name}' holds an unsigned 64-bit value too large for Int64");
            }

            return direct;
        }

        byte[] raw = GC.AllocateUninitializedArray<byte>((int)bytes);
        _decoder.DecodeInto(source, table, raw, label);
        if (!RawArrays.TryToDataArray(raw, type, swap, name, components, out DataArray array))
        {
            Fail(element, $"DataArray '{name}' holds an unsigned 64-bit value too large for Int64");
        }

        return array;
    }

    private static Base64PayloadSource InlineSource(XElement element)
    {
        byte[] text = Encoding.ASCII.GetBytes(DirectText(element));
        return new Base64PayloadSource(text, 0, text.Length);
    }

    /// <summary>The array's own text: child elements such as &lt;InformationKey&gt; hold numbers that are not data.</summary>
    private static string DirectText(XElement element)
    {
        var text = new StringBuilder();
        foreach (XNode node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(t.Value);
            }
        }

        return text.ToString();
    }

    private IPayloadSource AppendedSource(XElement element, string name)
    {
        string? offsetText = (string?)element.Attribute("offset");
        if (offsetText is null || !long.TryParse(offsetText, NumberStyles.Integer, CultureInfo.InvariantCulture, out long offset) || offset < 0)
        {
            return Fail<IPayloadSource>(element, $"appended DataArray '{name}' has offset '{offsetText}'; expected a non-negative integer");
        }

        long start = _appendedStart + offset;
        long available = _appendedBase64 ? AppendedText().Length : _appendedEnd - _appendedStart;
        if (offset > available)
        {
            Fail(element, $"appended DataArray '{name}' has offset {offset}, beyond the end of the appended data ({available} bytes)");
        }

        return _appendedBase64 ? new Base64PayloadSource(AppendedText(), (int)offset, AppendedText().Length) : new RawPayloadSource(_file, start);
    }

    private DataArray ReadAscii(XElement element, string name, FileScalarType type, int components, long? values)
    {
        byte[] text = Encoding.UTF8.GetBytes(DirectText(element));
        int pos = 0;
        long count = values ?? CountTokens(text);
        long room = (text.Length + 1L) / 2;
        if (count > room)
        {
            Fail(element, $"DataArray '{name}' needs {count} values but its {text.Length} characters hold at most {room}");
        }

        if (count % components != 0)
        {
            Fail(element, $"DataArray '{name}' has {count} values, not a whole number of {components}-component tuples");
        }

        DataArray target = DataArray.Create(FileScalarTypes.Target(type), name, components, (int)(count / components));
        int failed = AsciiNumbers.Parse(text, ref pos, type, target, _cancellationToken);
        if (failed >= 0)
        {
            ReadOnlySpan<byte> token = AsciiNumbers.NextToken(text, ref pos);
            string found = token.IsEmpty ? "the end of the array" : $"'{Encoding.UTF8.GetString(token)}'";
            Fail(element, $"DataArray '{name}': value {failed} of {count}: expected a {type} number, found {found}");
        }

        return target;
    }

    private static long CountTokens(ReadOnlySpan<byte> text)
    {
        long count = 0;
        int pos = 0;
        while (!AsciiNumbers.NextToken(text, ref pos).IsEmpty)
        {
            count++;
        }

        return count;
    }
}
