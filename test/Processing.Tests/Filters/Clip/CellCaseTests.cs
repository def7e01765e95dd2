using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters.Clip;

/// <summary>
/// Every kept/lost combination of a tetrahedron, wedge, pyramid, voxel, triangle, quad and pixel against
/// ParaView 5.11's clip of that one cell (Fixtures/ParaViewClip/cell_clip_cases.txt, made with pvpython and
/// vtkTableBasedClipDataSet as for the hexahedron cases). Counts must be equal; volumes too where no
/// centre point is added.
/// </summary>
public sealed class CellCaseTests
{
    private static readonly Dictionary<CellType, double[]> s_shapes = new()
    {
        [CellType.Tetra] = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1],
        [CellType.Wedge] = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1],
        [CellType.Pyramid] = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0.5, 0.5, 1],
        [CellType.Voxel] = [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1],
        [CellType.Triangle] = [0, 0, 0, 1, 0, 0, 0, 1, 0],
        [CellType.Quad] = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0],
        [CellType.Pixel] = [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0],
    };

    public static TheoryData<int, int, int, double, string> Cases()
    {
        var data = new TheoryData<int, int, int, double, string>();
        string path = TestFixtures.PathOf("ParaViewClip", "cell_clip_cases.txt");
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split(' ', 5);
            double volume = double.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
            data.Add(int.Parse(f[0]), int.Parse(f[1]), int.Parse(f[2]), volume, f.Length > 4 ? f[4] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_ParaView_counts(int cellType, int keptPoints, int points, double volume, string cellCounts)
    {
        var type = (CellType)cellType;
        double[] coordinates = s_shapes[type];
        int n = coordinates.Length / 3;
        var grid = new UnstructuredGrid { Points = new DataArray<double>("Points", 3, coordinates) };
        grid.SetCells([type], new CellArray([0, n], Enumerable.Range(0, n).ToArray()));
        var scalars = new DataArray<double>("s", 1, n);
        for (int i = 0; i < n; i++)
        {
            scalars.Values[i] = ((keptPoints >> i) & 1) != 0 ? -1 : 1;
        }

        grid.PointData.Add(scalars);
        var clip = new ClipFilter { ClipFunction = null, ArrayName = "s" };
        clip.SetInputConnection(new ImageSourceStub(grid));

        var output = (UnstructuredGrid)Executive.Update(clip);

        string actual = string.Join(' ', output.CellTypes.ToArray().GroupBy(t => (int)t).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(cellCounts, actual);
        if (CellTypes.Dimension(type) == 3 && points == BitOperations.PopCount((uint)keptPoints) + CutEdges(grid, keptPoints))
        {
            Assert.Equal(volume, HexahedronCaseTests.Volume(output), 6);
        }
    }

    private static int CutEdges(UnstructuredGrid cell, int kept)
    {
        // Edges are the point pairs that share two faces; for these shapes: pairs one apart along any face.
        var edges = new HashSet<(int, int)>();
        int[][] faces = cell.CellTypes[0] switch
        {
            CellType.Tetra => [[0, 1, 3], [1, 2, 3], [2, 0, 3], [0, 2, 1]],
            CellType.Wedge => [[0, 1, 2], [3, 5, 4], [0, 3, 4, 1], [1, 4, 5, 2], [2, 5, 3, 0]],
            CellType.Pyramid => [[0, 3, 2, 1], [0, 1, 4], [1, 2, 4], [2, 3, 4], [3, 0, 4]],
            _ => [[0, 4, 6, 2], [1, 3, 7, 5], [0, 1, 5, 4], [2, 6, 7, 3], [0, 2, 3, 1], [4, 5, 7, 6]],
        };
        foreach (int[] face in faces)
        {
            for (int i = 0; i < face.Length; i++)
            {
                int a = face[i], b = face[(i + 1) % face.Length];
                edges.Add((Math.Min(a, b), Math.Max(a, b)));
            }
        }

        return edges.Count(e => (((kept >> e.Item1) ^ (kept >> e.Item2)) & 1) != 0);
    }
}
