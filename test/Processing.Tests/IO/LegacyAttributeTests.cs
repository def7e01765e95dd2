using System.Buffers.Binary;
using System.Text;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Every legacy attribute keyword, in ASCII and in big-endian BINARY.</summary>
public class LegacyAttributeTests
{
    [Fact]
    public void Every_ascii_attribute_keyword_becomes_an_array()
    {
        const string file = """
            # vtk DataFile Version 3.0
            attributes
            ascii
            dataset polydata
            FIELD FieldData 2
            NULL_ARRAY
            time%20value 1 1 double
            2.5
            POINTS 2 float
            0 0 0 1 2 3
            VERTICES 2 4
            1 0
            1 1
            point_data 2
            SCALARS my%20scalars short 2
            LOOKUP_TABLE my_table
            -1 2 -3 4
            LOOKUP_TABLE my_table 2
            0 0 0 1  1 1 1 1
            COLOR_SCALARS rgb 3
            0 0.5 1  1 0.25 0
            VECTORS velocity double
            1 2 3 4 5 6
            METADATA
            INFORMATION 0

            NORMALS n float
            0 0 1 0 1 0
            TEXTURE_COORDINATES uv 2 float
            0 1 1 0
            TENSORS stress float
            1 2 3 4 5 6 7 8 9  9 8 7 6 5 4 3 2 1
            GLOBAL_IDS gid vtkIdType
            10 11
            CELL_DATA 2
            PEDIGREE_IDS pid unsigned_int
            4000000000 7
            FIELD extra 1
            density 1 2 unsigned_char
            200 201
            """;
        var poly = (PolyData)DataSetReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(file)), "attributes.vtk");

        Assert.Equal(2.5, poly.FieldData.Get("time value")!.GetValue(0, 0));
        Assert.Equal(2, poly.Verts.NumberOfCells);
        Assert.Equal("my scalars", poly.PointData.ActiveScalars);
        Assert.Equal("n", poly.PointData.ActiveNormals);
        AssertValues(poly.PointData, "my scalars", ScalarType.Int32, 2, [-1, 2, -3, 4]);
        AssertValues(poly.PointData, "rgb", ScalarType.UInt8, 3, [0, 128, 255, 255, 64, 0]);
        AssertValues(poly.PointData, "velocity", ScalarType.Float64, 3, [1, 2, 3, 4, 5, 6]);
        AssertValues(poly.PointData, "n", ScalarType.Float32, 3, [0, 0, 1, 0, 1, 0]);
        AssertValues(poly.PointData, "uv", ScalarType.Float32, 2, [0, 1, 1, 0]);
        AssertValues(poly.PointData, "stress", ScalarType.Float32, 9, [1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
        AssertValues(poly.PointData, "gid", ScalarType.Int64, 1, [10, 11]);
        AssertValues(poly.CellData, "pid", ScalarType.Int64, 1, [4000000000, 7]);
        AssertValues(poly.CellData, "density", ScalarType.UInt8, 1, [200, 201]);
    }

    [Fact]
    public void Binary_payloads_are_big_endian_and_color_scalars_are_bytes()
    {
        using var file = new MemoryStream();
        Write(file, "# vtk DataFile Version 4.2\nbinary\nBINARY\nDATASET UNSTRUCTURED_GRID\nPOINTS 2 double\n");
        Span<byte> buffer = stackalloc byte[8];
        foreach (double v in new[] { 0.0, -0.0, 1e300, 1.5, -2.25, double.Epsilon })
        {
            BinaryPrimitives.WriteDoubleBigEndian(buffer, v);
            file.Write(buffer);
        }

        Write(file, "\nCELLS 2 4\n");
        foreach (int v in new[] { 1, 0, 1, 1 })
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer, v);
            file.Write(buffer[..4]);
        }

        Write(file, "\nCELL_TYPES 2\n");
        foreach (int v in new[] { 1, 1 })
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer, v);
            file.Write(buffer[..4]);
        }

        Write(file, "\nPOINT_DATA 2\nSCALARS s unsigned_short\nLOOKUP_TABLE default\n");
        BinaryPrimitives.WriteUInt16BigEndian(buffer, 65535);
        BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], 10);
        file.Write(buffer[..4]);
        Write(file, "\nCOLOR_SCALARS c 4\n");
        file.Write([10, 32, 13, 255, 0, 1, 2, 3]); // whitespace bytes are data in binary payloads
        Write(file, "\nLOOKUP_TABLE t 1\n");
        file.Write([1, 2, 3, 4]);
        Write(file, "\n");

        var grid = (UnstructuredGrid)DataSetReader.Read(new MemoryStream(file.ToArray()), "binary.vtk");

        AssertValues(grid.PointData, "s", ScalarType.Int32, 1, [65535, 10]);
        AssertValues(grid.PointData, "c", ScalarType.UInt8, 4, [10, 32, 13, 255, 0, 1, 2, 3]);
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(grid.Points.GetValue(0, 1)));
        Assert.Equal(double.Epsilon, grid.Points.GetValue(1, 2));
        Assert.Equal([CellType.Vertex, CellType.Vertex], grid.CellTypes.ToArray());
    }

    [Fact]
    public void Integer_points_widen_to_double_coordinates()
    {
        const string file = "# vtk DataFile Version 2.0\nints\nASCII\nDATASET POLYDATA\nPOINTS 2 int\n-2147483648 0 7 1 2 2147483647\n";
        var poly = (PolyData)DataSetReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(file)), "ints.vtk");

        Assert.Equal(ScalarType.Float64, poly.Points.ScalarType);
        Assert.Equal(new Vector3d(-2147483648, 0, 7), poly.GetPoint(0));
        Assert.Equal(new Vector3d(1, 2, 2147483647), poly.GetPoint(1));
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));

    private static void AssertValues(ArrayCollection arrays, string name, ScalarType type, int components, double[] values)
    {
        DataArray array = arrays.Get(name) ?? throw new Xunit.Sdk.XunitException($"no array '{name}'");
        Assert.Equal(type, array.ScalarType);
        Assert.Equal(components, array.NumberOfComponents);
        Assert.Equal(values, Enumerable.Range(0, array.Length).Select(i => array.GetValue(i / components, i % components)));
    }
}
