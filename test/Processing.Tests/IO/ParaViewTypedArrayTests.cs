using System.Globalization;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>
/// Files written by ParaView 5.11's own VTK writers (Fixtures/ParaViewTypes, made with pvpython) holding arrays of
/// every stored type: legacy 4.2 ("n i0 i1 …" cells) and 5.1 (OFFSETS/CONNECTIVITY), ASCII and BINARY; XML ascii,
/// big-endian binary with UInt32 headers, appended base64 + zlib with 64-byte blocks, appended raw big-endian.
/// Each stored type widens to the nearest type of the data model and keeps every value.
/// </summary>
public class ParaViewTypedArrayTests
{
    private static readonly (string Name, ScalarType Type, Func<int, double> Value)[] s_arrays =
    [
        ("int8", ScalarType.Int32, i => ((i * 7) % 256) - 128),
        ("uint8", ScalarType.UInt8, i => (i * 7) % 256),
        ("int16", ScalarType.Int32, i => ((i * 1001) % 65536) - 32768),
        ("uint16", ScalarType.Int32, i => (i * 1001) % 65536),
        ("int32", ScalarType.Int32, i => ((i * 1000003L) % 4294967296L) - 2147483648L),
        ("uint32", ScalarType.Int64, i => (i * 1000003L) % 4294967296L),
        ("int64", ScalarType.Int64, i => (i * 100000000003L) - (1L << 62)),
        ("uint64", ScalarType.Int64, i => i * 100000000003L),
        ("idtype", ScalarType.Int64, i => (i * 1000) - 5000),
        ("float32", ScalarType.Float32, i => (float)((i * 0.1) - 3.7)),
        ("float64", ScalarType.Float64, i => (i / 3.0) - 1e-9),
    ];

    public static TheoryData<string> Files() => new(FileNames());

    private static string[] FileNames() => Directory.GetFiles(TestFixtures.PathOf("ParaViewTypes"))
        .Select(Path.GetFileName)
        .Where(f => Path.GetExtension(f) is ".vtk" or ".vti" or ".vtp" or ".vtu")
        .Order(StringComparer.Ordinal)
        .ToArray()!;

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_stored_type_reads_into_the_nearest_model_type_with_its_values(string file)
    {
        DataSet data = DataSetReader.Read(PathOf(file));
        ArrayCollection arrays = data is PolyData ? data.CellData : data.PointData;
        bool legacyAscii = file.EndsWith("_ascii.vtk", StringComparison.Ordinal);

        Assert.Equal(s_arrays.Length, arrays.Count);
        foreach ((string name, ScalarType type, Func<int, double> value) in s_arrays)
        {
            DataArray array = arrays.Get(name)!;
            Assert.Equal(type, array.ScalarType);
            Assert.Equal(2, array.NumberOfComponents);
            for (int i = 0; i < array.Length; i++)
            {
                double expected = value(i);
                if (legacyAscii && type == ScalarType.Float32)
                {
                    expected = float.Parse(expected.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture); // VTK writes floats with %g
                }
                else if (legacyAscii && type == ScalarType.Float64)
                {
                    expected = double.Parse(expected.ToString("G11", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture); // and doubles with %.11lg
                }

                Assert.True(expected == array.GetValue(i / 2, i % 2), $"{file} {name}[{i}]: expected {expected:R}, read {array.GetValue(i / 2, i % 2):R}");
            }
        }
    }

    [Theory]
    [InlineData("image")]
    [InlineData("poly")]
    [InlineData("grid")]
    public void All_files_of_the_same_data_share_geometry_and_topology(string data)
    {
        string[] files = FileNames().Where(f => f.StartsWith(data + "_", StringComparison.Ordinal)).ToArray();
        DataSet first = DataSetReader.Read(PathOf(files[0]));
        Assert.Equal(8, files.Length);
        foreach (string file in files.Skip(1))
        {
            DataSet other = DataSetReader.Read(PathOf(file));
            Assert.Equal(first.GetBounds(), other.GetBounds());
            Assert.Equal(first.NumberOfCells, other.NumberOfCells);
            switch (first)
            {
                case ImageData image:
                    Assert.Equal(image.Extent, ((ImageData)other).Extent);
                    Assert.Equal(image.Spacing, ((ImageData)other).Spacing);
                    Assert.Equal(new Vector3d(1, 2, 3), image.Origin);
                    break;
                case PolyData poly:
                    var p = (PolyData)other;
                    AssertSamePoints(poly.Points, p.Points);
                    DataSetAssert.CellsEqual(poly.Verts, p.Verts);
                    DataSetAssert.CellsEqual(poly.Lines, p.Lines);
                    DataSetAssert.CellsEqual(poly.Polys, p.Polys);
                    DataSetAssert.CellsEqual(poly.Strips, p.Strips);
                    Assert.Equal([2, 1, 2, 1], new[] { poly.Verts.NumberOfCells, poly.Lines.NumberOfCells, poly.Polys.NumberOfCells, poly.Strips.NumberOfCells });
                    break;
                case UnstructuredGrid grid:
                    var g = (UnstructuredGrid)other;
                    AssertSamePoints(grid.Points, g.Points);
                    DataSetAssert.CellsEqual(grid.Cells, g.Cells);
                    Assert.Equal([CellType.Tetra, CellType.Hexahedron, CellType.Triangle, CellType.Pyramid, CellType.Wedge], g.CellTypes.ToArray());
                    break;
            }
        }
    }

    /// <summary>Equal values (ParaView's XML ascii writer prints -0.0 as "0", so signs of zero may differ).</summary>
    private static void AssertSamePoints(DataArray expected, DataArray actual)
    {
        Assert.Equal(expected.ScalarType, actual.ScalarType);
        Assert.Equal(expected.NumberOfTuples, actual.NumberOfTuples);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected.GetValue(i / 3, i % 3), actual.GetValue(i / 3, i % 3));
        }
    }

    private static string PathOf(string file) => TestFixtures.PathOf("ParaViewTypes", file);
}
