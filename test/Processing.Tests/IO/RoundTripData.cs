using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;

namespace OrleansPV.Processing.Tests.IO;

/// <summary>Data sets for write/read round trips: the ParaView fixtures plus arrays of every type and awkward values.</summary>
internal static class RoundTripData
{
    public static DataSet Create(string name) => name switch
    {
        "image" => Decorate(DataSetReader.Read(Fixtures.PathOf("wavelet32_binary.vti"))),
        "image-large" => Decorate(new ImageData(new Extent(0, 63, 0, 63, 0, 63), new Vector3d(-1, -2, -3), new Vector3d(0.5, 0.5, 0.5))),
        "image-offset" => Decorate(new ImageData(new Extent(2, 5, -3, 0, 7, 7), new Vector3d(0.5, -1.25, 3), new Vector3d(0.1, 2, 1e-3))),
        "contour" => Decorate(DataSetReader.Read(Fixtures.PathOf("contour157_appended_zlib.vtp"))),
        "poly-all-cells" => Decorate(PolyWithAllCellKinds()),
        "poly-empty" => new PolyData(),
        "clip" => Decorate(DataSetReader.Read(Fixtures.PathOf("clip_x0_binary.vtu"))),
        "grid-mixed" => Decorate(MixedGrid()),
        "grid-every-cell" => Decorate(DataSetReader.Read(Fixtures.PathOf("Cells/every_appended_raw.vtu"))),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static readonly string[] Names = ["image", "image-offset", "contour", "poly-all-cells", "poly-empty", "clip", "grid-mixed", "grid-every-cell"];

    /// <summary>Adds point and cell arrays of all five types, awkward floating-point values, odd names and field data.</summary>
    private static DataSet Decorate(DataSet data)
    {
        int points = data.NumberOfPoints, cells = data.NumberOfCells;
        data.PointData.Add(Fill(new DataArray<double>("pressure & flow", 3, points), i => Special(i) ?? (Math.Sin(i) * 1e-300) + (i * 0.1)));
        data.PointData.Add(Fill(new DataArray<int>("ids", 1, points), i => i % 7 == 0 ? int.MinValue : i * 3 - 50));
        data.PointData.Add(Fill(new DataArray<long>("big ids", 2, points), i => i % 5 == 0 ? long.MaxValue - i : -(long)i * 1_000_000_007));
        data.CellData.Add(Fill(new DataArray<byte>("flags", 4, cells), i => (byte)(i * 37)));
        data.CellData.Add(Fill(new DataArray<float>("cell value", 1, cells), i => (float)(Special(i) ?? i / 3.0)));
        data.CellData.ActiveScalars = "cell value";
        data.FieldData.Add(Fill(new DataArray<double>("TimeValue", 1, 1), _ => 0.125));
        data.FieldData.Add(Fill(new DataArray<int>("counts", 3, 2), i => i + 1));
        return data;
    }

    private static double? Special(int i) => (i % 11) switch
    {
        1 when i < 40 => double.NaN,
        2 when i < 40 => double.PositiveInfinity,
        3 when i < 40 => double.NegativeInfinity,
        4 when i < 40 => -0.0,
        5 when i < 40 => double.Epsilon,
        6 when i < 40 => float.Epsilon,
        7 when i < 40 => double.MaxValue,
        _ => null,
    };

    private static DataArray<T> Fill<T>(DataArray<T> array, Func<int, T> value)
        where T : unmanaged, System.Numerics.INumber<T>
    {
        Span<T> v = array.Values;
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = value(i);
        }

        return array;
    }

    private static DataArray<double> Points(int count) => Fill(new DataArray<double>("Points", 3, count), i => (i * 0.37) - (i % 3) + (1.0 / (i + 3)));

    private static PolyData PolyWithAllCellKinds()
    {
        var poly = new PolyData { Points = Points(12) };
        poly.Verts = new CellArray([0, 1, 3], [0, 5, 6]);
        poly.Lines = new CellArray([0, 2, 5], [1, 2, 3, 4, 5]);
        poly.Polys = new CellArray([0, 3, 7], [0, 1, 2, 3, 4, 5, 6]);
        poly.Strips = new CellArray([0, 5], [7, 8, 9, 10, 11]);
        return poly;
    }

    private static UnstructuredGrid MixedGrid()
    {
        var grid = new UnstructuredGrid { Points = Points(20) };
        CellType[] types = [CellType.Vertex, CellType.PolyVertex, CellType.Line, CellType.PolyLine, CellType.Triangle, CellType.TriangleStrip, CellType.Polygon, CellType.Pixel, CellType.Quad, CellType.Tetra, CellType.Voxel, CellType.Hexahedron, CellType.Wedge, CellType.Pyramid];
        int[] sizes = [1, 3, 2, 4, 3, 5, 6, 4, 4, 4, 8, 8, 6, 5];
        var cells = new CellArray();
        Span<int> ids = stackalloc int[8];
        for (int c = 0; c < types.Length; c++)
        {
            for (int k = 0; k < sizes[c]; k++)
            {
                ids[k] = ((c * 3) + k) % 20;
            }

            cells.Append(ids[..sizes[c]]);
        }

        grid.SetCells(types, cells);
        return grid;
    }
}
