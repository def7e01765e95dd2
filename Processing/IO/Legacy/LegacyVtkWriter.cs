using System.Globalization;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Legacy;

/// <summary>
/// Writes legacy VTK files in the layout ParaView 5.11 writes (version 5.1, OFFSETS/CONNECTIVITY cells),
/// ASCII or big-endian BINARY. The active scalars and normals become SCALARS/NORMALS, other arrays FIELD arrays.
/// </summary>
internal sealed class LegacyVtkWriter
{
    private readonly Stream _stream;
    private readonly bool _binary;
    private readonly AsciiValueWriter _text;

    private LegacyVtkWriter(Stream stream, bool binary)
    {
        _stream = stream;
        _binary = binary;
        _text = new AsciiValueWriter(stream);
    }

    public static void Write(DataSet data, Stream stream, bool binary)
    {
        var writer = new LegacyVtkWriter(stream, binary);
        writer.WriteDataSet(data);
        writer._text.Flush();
    }

    private void WriteDataSet(DataSet data)
    {
        Line("# vtk DataFile Version 5.1");
        Line("vtk output");
        Line(_binary ? "BINARY" : "ASCII");
        switch (data)
        {
            case ImageData image:
                Line("DATASET STRUCTURED_POINTS");
                WriteField(image.FieldData, "FieldData");
                (int nx, int ny, int nz) = image.Dimensions;
                Line($"DIMENSIONS {nx} {ny} {nz}");
                Line($"SPACING {F(image.Spacing.X)} {F(image.Spacing.Y)} {F(image.Spacing.Z)}");
                Line($"ORIGIN {F(image.Coordinate(0, image.Extent.XMin))} {F(image.Coordinate(1, image.Extent.YMin))} {F(image.Coordinate(2, image.Extent.ZMin))}");
                break;
            case PolyData poly:
                Line("DATASET POLYDATA");
                WriteField(poly.FieldData, "FieldData");
                WritePoints(poly);
                WriteCells("VERTICES", poly.Verts);
                WriteCells("LINES", poly.Lines);
                WriteCells("POLYGONS", poly.Polys);
                WriteCells("TRIANGLE_STRIPS", poly.Strips);
                break;
            case UnstructuredGrid grid:
                Line("DATASET UNSTRUCTURED_GRID");
                WriteField(grid.FieldData, "FieldData");
                WritePoints(grid);
                (int[] cellOffsets, int[] cellEntries) = PolyhedronStreams.ToLegacy(grid);
                WriteCells("CELLS", new CellArray(cellOffsets, cellEntries), always: true);
                var types = new int[grid.NumberOfCells];
                for (int i = 0; i < types.Length; i++)
                {
                    types[i] = (int)grid.CellTypes[i];
                }

                Line($"CELL_TYPES {types.Length}");
                Values(new DataArray<int>("types", 1, types));
                break;
            case StructuredGrid structured:
                Line("DATASET STRUCTURED_GRID");
                WriteField(structured.FieldData, "FieldData");
                Line($"DIMENSIONS {structured.Extent.SizeX} {structured.Extent.SizeY} {structured.Extent.SizeZ}");
                WritePoints(structured);
                break;
            case RectilinearGrid rectilinear:
                Line("DATASET RECTILINEAR_GRID");
                WriteField(rectilinear.FieldData, "FieldData");
                Line($"DIMENSIONS {rectilinear.Extent.SizeX} {rectilinear.Extent.SizeY} {rectilinear.Extent.SizeZ}");
                foreach ((string axis, DataArray coordinates) in new[] { ("X", rectilinear.XCoordinates), ("Y", rectilinear.YCoordinates), ("Z", rectilinear.ZCoordinates) })
                {
                    Line($"{axis}_COORDINATES {coordinates.NumberOfTuples} {FileScalarTypes.LegacyName(coordinates.ScalarType)}");
                    Values(coordinates);
                }

                break;
            default:
                throw new ArgumentException($"Cannot write {data.DataSetType} as a legacy VTK file.", nameof(data));
        }

        WriteAttributes("CELL_DATA", data.CellData, data.NumberOfCells);
        WriteAttributes("POINT_DATA", data.PointData, data.NumberOfPoints);
    }

    private void WritePoints(PointSet points)
    {
        Line($"POINTS {points.NumberOfPoints} {FileScalarTypes.LegacyName(points.Points.ScalarType)}");
        Values(points.Points);
    }

    private void WriteCells(string keyword, CellArray cells, bool always = false)
    {
        if (cells.NumberOfCells == 0 && !always)
        {
            return;
        }

        Line($"{keyword} {cells.NumberOfCells + 1} {cells.Connectivity.Length}");
        Line("OFFSETS vtktypeint64");
        Values(ToLongs("offsets", cells.Offsets));
        Line("CONNECTIVITY vtktypeint64");
        Values(ToLongs("connectivity", cells.Connectivity));
    }

    private void WriteAttributes(string keyword, ArrayCollection arrays, int count)
    {
        if (arrays.Count == 0)
        {
            return;
        }

        Line($"{keyword} {count}");
        DataArray? scalars = arrays.GetScalars();
        if (scalars is not null && scalars.NumberOfComponents <= 4)
        {
            Line($"SCALARS {LegacyNames.Encode(scalars.Name)} {FileScalarTypes.LegacyName(scalars.ScalarType)} {scalars.NumberOfComponents}");
            Line("LOOKUP_TABLE default");
            Values(scalars);
        }
        else
        {
            scalars = null;
        }

        DataArray? normals = arrays.GetNormals();
        if (normals is not null && normals.NumberOfComponents == 3 && normals.ScalarType is ScalarType.Float32 or ScalarType.Float64 && normals != scalars)
        {
            Line($"NORMALS {LegacyNames.Encode(normals.Name)} {FileScalarTypes.LegacyName(normals.ScalarType)}");
            Values(normals);
        }
        else
        {
            normals = null;
        }

        var rest = new ArrayCollection();
        foreach (DataArray array in arrays)
        {
            if (array != scalars && array != normals)
            {
                rest.Add(array);
            }
        }

        WriteField(rest, "FieldData");
    }

    private void WriteField(ArrayCollection arrays, string name)
    {
        if (arrays.Count == 0)
        {
            return;
        }

        Line($"FIELD {name} {arrays.Count}");
        foreach (DataArray array in arrays)
        {
            Line($"{LegacyNames.Encode(array.Name)} {array.NumberOfComponents} {array.NumberOfTuples} {FileScalarTypes.LegacyName(array.ScalarType)}");
            Values(array);
        }
    }

    private void Values(DataArray array)
    {
        if (_binary)
        {
            _text.Flush();
            _stream.Write(RawArrays.ToBytes(array, bigEndian: true));
            Line(string.Empty);
        }
        else
        {
            _text.WriteValues(array, 9);
        }
    }

    private static DataArray<long> ToLongs(string name, ReadOnlySpan<int> values)
    {
        var result = new DataArray<long>(name, 1, values.Length);
        Span<long> dst = result.Values;
        for (int i = 0; i < values.Length; i++)
        {
            dst[i] = values[i];
        }

        return result;
    }

    private void Line(string text) => _text.WriteText(text + "\n");

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
