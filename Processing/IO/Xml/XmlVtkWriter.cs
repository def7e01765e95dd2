using System.Globalization;
using System.Security;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Writes VTK XML files (.vti, .vtp, .vtu) as ParaView does: version 1.0, header_type UInt64, arrays as
/// ascii, base64 binary or appended data, optionally zlib-compressed.
/// </summary>
internal sealed class XmlVtkWriter
{
    private readonly DataSetWriterOptions _options;
    private readonly VtkBlockEncoder _encoder;
    private readonly AsciiValueWriter _out;
    private readonly Stream _stream;
    private readonly List<byte[]> _appended = [];
    private long _appendedLength;

    private XmlVtkWriter(Stream stream, DataSetWriterOptions options)
    {
        _stream = stream;
        _options = options;
        _out = new AsciiValueWriter(stream);
        _encoder = new VtkBlockEncoder(options.HeaderUInt64, options.BigEndian, Compressed ? options.Compressor : VtkCompressor.None, options.BlockSize);
    }

    private bool Compressed => _options.Compressor != VtkCompressor.None && _options.DataMode != VtkDataMode.Ascii;

    /// <summary>The file extension VTK uses for <paramref name="data"/>'s type.</summary>
    public static string ExtensionFor(DataSet data) => data switch
    {
        ImageData => ".vti",
        PolyData => ".vtp",
        UnstructuredGrid => ".vtu",
        StructuredGrid => ".vts",
        RectilinearGrid => ".vtr",
        MultiBlockDataSet => ".vtm",
        _ => throw new ArgumentException($"Cannot write {data.DataSetType} as a VTK XML file.", nameof(data)),
    };

    public static void Write(DataSet data, Stream stream, DataSetWriterOptions options)
    {
        var writer = new XmlVtkWriter(stream, options);
        writer.WriteFile(data);
    }

    private void WriteFile(DataSet data)
    {
        string type = data switch
        {
            ImageData => "ImageData",
            PolyData => "PolyData",
            UnstructuredGrid => "UnstructuredGrid",
            StructuredGrid => "StructuredGrid",
            RectilinearGrid => "RectilinearGrid",
            _ => throw new ArgumentException($"Cannot write {data.DataSetType} as a serial VTK XML file.", nameof(data)),
        };
        string compressor = Compressed ? $" compressor=\"{CompressorName(_options.Compressor)}\"" : string.Empty;
        string byteOrder = _options.BigEndian ? "BigEndian" : "LittleEndian";
        string headerType = _options.HeaderUInt64 ? "UInt64" : "UInt32";
        Text($"<VTKFile type=\"{type}\" version=\"1.0\" byte_order=\"{byteOrder}\" header_type=\"{headerType}\"{compressor}>\n");
        switch (data)
        {
            case ImageData image:
                string extent = string.Join(' ', image.Extent.ToArray());
                Text($"  <ImageData WholeExtent=\"{extent}\" Origin=\"{Vector(image.Origin)}\" Spacing=\"{Vector(image.Spacing)}\" Direction=\"1 0 0 0 1 0 0 0 1\">\n");
                WriteFieldData(data);
                Text($"  <Piece Extent=\"{extent}\">\n");
                WriteAttributes(data);
                break;
            case PolyData poly:
                Text("  <PolyData>\n");
                WriteFieldData(data);
                Text($"  <Piece NumberOfPoints=\"{poly.NumberOfPoints}\" NumberOfVerts=\"{poly.Verts.NumberOfCells}\" NumberOfLines=\"{poly.Lines.NumberOfCells}\" NumberOfStrips=\"{poly.Strips.NumberOfCells}\" NumberOfPolys=\"{poly.Polys.NumberOfCells}\">\n");
                WriteAttributes(data);
                WritePoints(poly);
                WriteCells("Verts", poly.Verts, null);
                WriteCells("Lines", poly.Lines, null);
                WriteCells("Strips", poly.Strips, null);
                WriteCells("Polys", poly.Polys, null);
                break;
            case StructuredGrid structured:
                string sgExtent = string.Join(' ', structured.Extent.ToArray());
                Text($"  <StructuredGrid WholeExtent=\"{sgExtent}\">\n");
                WriteFieldData(data);
                Text($"  <Piece Extent=\"{sgExtent}\">\n");
                WriteAttributes(data);
                WritePoints(structured);
                break;
            case RectilinearGrid rectilinear:
                string rgExtent = string.Join(' ', rectilinear.Extent.ToArray());
                Text($"  <RectilinearGrid WholeExtent=\"{rgExtent}\">\n");
                WriteFieldData(data);
                Text($"  <Piece Extent=\"{rgExtent}\">\n");
                WriteAttributes(data);
                Text("    <Coordinates>\n");
                WriteArray("      ", rectilinear.XCoordinates, string.Empty);
                WriteArray("      ", rectilinear.YCoordinates, string.Empty);
                WriteArray("      ", rectilinear.ZCoordinates, string.Empty);
                Text("    </Coordinates>\n");
                break;
            case UnstructuredGrid grid:
                Text("  <UnstructuredGrid>\n");
                WriteFieldData(data);
                Text($"  <Piece NumberOfPoints=\"{grid.NumberOfPoints}\" NumberOfCells=\"{grid.NumberOfCells}\">\n");
                WriteAttributes(data);
                WritePoints(grid);
                var types = new byte[grid.NumberOfCells];
                for (int i = 0; i < types.Length; i++)
                {
                    types[i] = (byte)grid.CellTypes[i];
                }

                WriteCells("Cells", grid.Cells, new DataArray<byte>("types", 1, types), grid.Faces is null ? null : PolyhedronStreams.ToXml(grid));
                break;
        }

        Text("  </Piece>\n");
        Text($"  </{type}>\n");
        if (_appended.Count > 0 || _options.DataMode == VtkDataMode.Appended)
        {
            Text($"  <AppendedData encoding=\"{(_options.AppendedBase64 ? "base64" : "raw")}\">\n   _");
            _out.Flush();
            foreach (byte[] block in _appended)
            {
                _stream.Write(block);
            }

            Text("\n  </AppendedData>\n");
        }

        Text("</VTKFile>\n");
        _out.Flush();
    }

    /// <summary>
    /// The field data; data at a time also gets its time as a "TimeValue" Float64 array (replacing one of that
    /// name), as vtkXMLWriter writes DATA_TIME_STEP and the XML readers read it back as the file's time step.
    /// </summary>
    private void WriteFieldData(DataSet data)
    {
        var arrays = data.FieldData.ToList();
        if (data.DataTime is double time)
        {
            var timeValue = new DataArray<double>(VtkFileInformation.TimeArrayName, 1, [time]);
            int existing = arrays.FindIndex(static a => a.Name == VtkFileInformation.TimeArrayName);
            if (existing >= 0)
            {
                arrays[existing] = timeValue;
            }
            else
            {
                arrays.Add(timeValue);
            }
        }

        if (arrays.Count == 0)
        {
            return;
        }

        Text("    <FieldData>\n");
        foreach (DataArray array in arrays)
        {
            WriteArray("      ", array, $" NumberOfTuples=\"{array.NumberOfTuples}\"");
        }

        Text("    </FieldData>\n");
    }

    private void WriteAttributes(DataSet data)
    {
        WriteCollection("PointData", data.PointData);
        WriteCollection("CellData", data.CellData);
    }

    private void WriteCollection(string element, ArrayCollection arrays)
    {
        string active = string.Empty;
        if (arrays.ActiveScalars is not null && arrays.GetScalars() is not null)
        {
            active += $" Scalars=\"{SecurityElement.Escape(arrays.ActiveScalars)}\"";
        }

        if (arrays.ActiveNormals is not null && arrays.GetNormals() is not null)
        {
            active += $" Normals=\"{SecurityElement.Escape(arrays.ActiveNormals)}\"";
        }

        Text($"    <{element}{active}>\n");
        foreach (DataArray array in arrays)
        {
            WriteArray("      ", array, string.Empty);
        }

        Text($"    </{element}>\n");
    }

    private void WritePoints(PointSet points)
    {
        Text("    <Points>\n");
        WriteArray("      ", points.Points.WithName("Points"), string.Empty);
        Text("    </Points>\n");
    }

    private void WriteCells(string element, CellArray cells, DataArray? types, (long[] Faces, long[] FaceOffsets)? faces = null)
    {
        Text($"    <{element}>\n");
        // Int64 ids, as VTK writes vtkIdType (what ParaView's files hold).
        WriteArray("      ", Ids("connectivity", cells.Connectivity), string.Empty);
        WriteArray("      ", Ids("offsets", cells.Offsets[1..]), string.Empty);
        if (types is not null)
        {
            WriteArray("      ", types, string.Empty);
        }

        if (faces is { } polyhedra)
        {
            WriteArray("      ", new DataArray<long>("faces", 1, polyhedra.Faces), " IdType=\"1\"");
            WriteArray("      ", new DataArray<long>("faceoffsets", 1, polyhedra.FaceOffsets), " IdType=\"1\"");
        }

        Text($"    </{element}>\n");
    }

    private static DataArray<long> Ids(string name, ReadOnlySpan<int> ids)
    {
        var wide = new long[ids.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertChecked<int, long>(ids, wide);
        return new DataArray<long>(name, 1, wide);
    }

    private void WriteArray(string indent, DataArray array, string extra)
    {
        string components = array.NumberOfComponents == 1 ? string.Empty : $" NumberOfComponents=\"{array.NumberOfComponents}\"";
        string head = $"{indent}<DataArray type=\"{ScalarTypes.XmlName(array.ScalarType)}\" Name=\"{SecurityElement.Escape(array.Name)}\"{components}{extra}";
        switch (_options.DataMode)
        {
            case VtkDataMode.Ascii:
                Text($"{head} format=\"ascii\">\n");
                _out.WriteValues(array, 6, indent + "  ");
                Text($"{indent}</DataArray>\n");
                break;
            case VtkDataMode.Binary:
                Text($"{head} format=\"binary\">\n{indent}  ");
                Text(Base64(array));
                Text($"\n{indent}</DataArray>\n");
                break;
            default:
                Text($"{head} format=\"appended\" offset=\"{_appendedLength}\"/>\n");
                byte[] block = _options.AppendedBase64 ? System.Text.Encoding.ASCII.GetBytes(Base64(array)) : RawBlock(array);
                _appended.Add(block);
                _appendedLength += block.Length;
                break;
        }
    }

    /// <summary>Uncompressed: one base64 run of header and data. Compressed: header and data encoded apart, as VTK does.</summary>
    private string Base64(DataArray array)
    {
        (byte[] header, byte[] data) = _encoder.Encode(RawArrays.ToBytes(array, _options.BigEndian));
        return Compressed ? Convert.ToBase64String(header) + Convert.ToBase64String(data) : Convert.ToBase64String([.. header, .. data]);
    }

    private byte[] RawBlock(DataArray array)
    {
        (byte[] header, byte[] data) = _encoder.Encode(RawArrays.ToBytes(array, _options.BigEndian));
        return [.. header, .. data];
    }

    private static string CompressorName(VtkCompressor compressor) => compressor switch
    {
        VtkCompressor.ZLib => "vtkZLibDataCompressor",
        VtkCompressor.Lz4 => "vtkLZ4DataCompressor",
        _ => "vtkLZMADataCompressor",
    };

    private void Text(string text) => _out.WriteText(text);

    private static string Vector(Vector3d v) => string.Create(CultureInfo.InvariantCulture, $"{v.X:R} {v.Y:R} {v.Z:R}");
}
