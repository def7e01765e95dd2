using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters.Clip;

/// <summary>
/// Every kept/lost combination of a tetrahedron, triangle, quad and pixel against ParaView 5.11's
/// clip of that one cell (Fixtures/ParaView/cell_clip_cases.txt, made with pvpython and
/// vtkTableBasedClipDataSet as for the hexahedron cases).
/// </summary>
public sealed class CellCaseTests
{
    private static readonly Dictionary<CellType, double[]> s_shapes = new()
    {
        [CellType.Tetra] = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1],
        [CellType.Triangle] = [0, 0, 0, 1, 0, 0, 0, 1, 0],
        [CellType.Quad] = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0],
        [CellType.Pixel] = [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0],
    };

    public static TheoryData<int, int, int, string> Cases()
    {
        var data = new TheoryData<int, int, int, string>();
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ParaView", "cell_clip_cases.txt");
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split(' ', 4);
            data.Add(int.Parse(f[0]), int.Parse(f[1]), int.Parse(f[2]), f.Length > 3 ? f[3] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_ParaView_counts(int cellType, int keptPoints, int points, string cellCounts)
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
    }
}
