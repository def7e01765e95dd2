using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters.Clip;

/// <summary>
/// All 256 ways a hexahedron's corners can be kept, against ParaView 5.11's clip of one unit hexahedron
/// (Fixtures/ParaViewClip/hexahedron_clip_cases.txt, made with pvpython: vtkTableBasedClipDataSet, scalars
/// −1 on the kept corners and +1 elsewhere, Value 0, InsideOut on). Counts must be equal; the volume
/// must be equal where no centre point is added (VTK places its centre points elsewhere).
/// </summary>
public sealed class HexahedronCaseTests
{
    private static readonly int[][] s_tetrahedra =
    [
        [0, 1, 2, 3], // tetra
        [0, 1, 2, 4, 0, 2, 3, 4], // pyramid
        [0, 1, 2, 3, 1, 2, 3, 4, 2, 3, 4, 5], // wedge
        [0, 1, 3, 4, 1, 2, 3, 6, 1, 3, 4, 6, 1, 4, 5, 6, 3, 4, 6, 7], // hexahedron
    ];

    public static TheoryData<int, int, int, int, int, int, double> Cases()
    {
        var data = new TheoryData<int, int, int, int, int, int, double>();
        string path = TestFixtures.PathOf("ParaViewClip", "hexahedron_clip_cases.txt");
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split(' ');
            data.Add(int.Parse(f[0]), int.Parse(f[1]), int.Parse(f[2]), int.Parse(f[3]), int.Parse(f[4]), int.Parse(f[5]), double.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_corner_case_gives_ParaView_counts(int keptCorners, int points, int tetra, int pyramids, int wedges, int hexahedra, double volume)
    {
        var grid = new UnstructuredGrid { Points = new DataArray<double>("Points", 3, [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1]) };
        grid.SetCells([CellType.Hexahedron], new CellArray([0, 8], [0, 1, 2, 3, 4, 5, 6, 7]));
        var scalars = new DataArray<double>("s", 1, 8);
        for (int i = 0; i < 8; i++)
        {
            scalars.Values[i] = ((keptCorners >> i) & 1) != 0 ? -1 : 1;
        }

        grid.PointData.Add(scalars);
        var clip = new ClipFilter { ClipFunction = null, ArrayName = "s" };
        clip.SetInputConnection(new ImageSourceStub(grid));

        var output = (UnstructuredGrid)Executive.Update(clip);

        CellType[] types = output.CellTypes.ToArray();
        Assert.Equal(points, output.NumberOfPoints);
        Assert.Equal(tetra, types.Count(t => t == CellType.Tetra));
        Assert.Equal(pyramids, types.Count(t => t == CellType.Pyramid));
        Assert.Equal(wedges, types.Count(t => t == CellType.Wedge));
        Assert.Equal(hexahedra, types.Count(t => t == CellType.Hexahedron));
        int keptCount = System.Numerics.BitOperations.PopCount((uint)keptCorners);
        bool hasCentre = points > keptCount + CutEdges(keptCorners);
        if (!hasCentre)
        {
            Assert.Equal(volume, Volume(output), 6);
        }
    }

    private static int CutEdges(int kept)
    {
        int[][] edges = [[0, 1], [1, 2], [3, 2], [0, 3], [4, 5], [5, 6], [7, 6], [4, 7], [0, 4], [1, 5], [2, 6], [3, 7]];
        return edges.Count(e => (((kept >> e[0]) ^ (kept >> e[1])) & 1) != 0);
    }

    internal static double Volume(UnstructuredGrid output)
    {
        double volume = 0;
        for (int c = 0; c < output.NumberOfCells; c++)
        {
            ReadOnlySpan<int> ids = output.Cells.GetCell(c);
            int[] split = s_tetrahedra[output.CellTypes[c] switch { CellType.Tetra => 0, CellType.Pyramid => 1, CellType.Wedge => 2, _ => 3 }];
            for (int t = 0; t < split.Length; t += 4)
            {
                Vector3d a = output.GetPoint(ids[split[t]]);
                Vector3d b = output.GetPoint(ids[split[t + 1]]) - a, d = output.GetPoint(ids[split[t + 2]]) - a, e = output.GetPoint(ids[split[t + 3]]) - a;
                volume += Math.Abs(b.Dot(d.Cross(e))) / 6;
            }
        }

        return volume;
    }
}
