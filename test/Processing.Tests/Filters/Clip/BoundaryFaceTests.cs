using System.Text.RegularExpressions;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.ExtractSurface;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters.Clip;

/// <summary>
/// The faces of each clipped cell that no other piece shares must be ParaView's (same pieces on the
/// cell's faces and the same split of the cut), so a clip output's surface, and a clip of a clip,
/// match ParaView's. Reference: Fixtures/ParaViewClip/clip_boundary_faces.txt (pvpython).
/// </summary>
public sealed class BoundaryFaceTests
{
    private static readonly Dictionary<int, (double[] Points, int[][] Edges)> s_shapes = new()
    {
        [12] = ([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1], [[0, 1], [1, 2], [2, 3], [0, 3], [4, 5], [5, 6], [6, 7], [4, 7], [0, 4], [1, 5], [2, 6], [3, 7]]),
        [10] = ([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1], [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]),
        [13] = ([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1], [[0, 1], [1, 2], [0, 2], [3, 4], [4, 5], [3, 5], [0, 3], [1, 4], [2, 5]]),
        [14] = ([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0.5, 0.5, 1], [[0, 1], [1, 2], [2, 3], [0, 3], [0, 4], [1, 4], [2, 4], [3, 4]]),
    };

    public static TheoryData<int, int, string> Cases()
    {
        var data = new TheoryData<int, int, string>();
        string path = TestFixtures.PathOf("ParaViewClip", "clip_boundary_faces.txt");
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split(' ', 3);
            data.Add(int.Parse(f[0]), int.Parse(f[1]), f.Length > 2 ? f[2] : string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Boundary_faces_of_each_case_are_ParaView_faces(int cellType, int keptPoints, string expectedFaces)
    {
        (double[] coordinates, int[][] edges) = s_shapes[cellType];
        int n = coordinates.Length / 3;
        var grid = new UnstructuredGrid { Points = new DataArray<double>("Points", 3, coordinates) };
        grid.SetCells([(CellType)cellType], new CellArray([0, n], Enumerable.Range(0, n).ToArray()));
        var scalars = new DataArray<double>("s", 1, n);
        for (int i = 0; i < n; i++)
        {
            scalars.Values[i] = ((keptPoints >> i) & 1) != 0 ? -1 : 1;
        }

        grid.PointData.Add(scalars);
        var clip = new ClipFilter { ClipFunction = null, ArrayName = "s" };
        clip.SetInputConnection(new ImageSourceStub(grid));
        var surface = new SurfaceFilter();
        surface.SetInputConnection(clip);

        var output = (PolyData)Executive.Update(surface);

        var faces = new List<string>();
        for (int f = 0; f < output.Polys.NumberOfCells; f++)
        {
            string[] labels = [.. output.Polys.GetCell(f).ToArray().Select(id => Label(output.GetPoint(id), coordinates)).Order(StringComparer.Ordinal)];
            if (!labels.Contains("C"))
            {
                faces.Add("(" + string.Join(' ', labels) + ")");
            }
        }

        Assert.Equal(OnEdges(expectedFaces, edges), OnEdges(string.Join(' ', faces), edges));
    }

    /// <summary>The faces whose labels are all cell points or midpoints of cell edges, sorted.</summary>
    private static string[] OnEdges(string faces, int[][] edges)
    {
        var allowed = edges.Select(e => $"e{e[0]}_{e[1]}").ToHashSet();
        return [.. Regex.Matches(faces, @"\(([^)]*)\)").Select(m => m.Groups[1].Value)
            .Where(face => face.Split(' ').All(label => label.StartsWith('v') || allowed.Contains(label)))
            .Order(StringComparer.Ordinal)];
    }

    private static string Label(Vector3d x, double[] c)
    {
        int n = c.Length / 3;
        for (int i = 0; i < n; i++)
        {
            if ((x - Point(c, i)).Length < 1e-9)
            {
                return $"v{i}";
            }
        }

        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                if ((x - ((Point(c, a) + Point(c, b)) * 0.5)).Length < 1e-9)
                {
                    return $"e{a}_{b}";
                }
            }
        }

        return "C";
    }

    private static Vector3d Point(double[] c, int i) => new(c[3 * i], c[(3 * i) + 1], c[(3 * i) + 2]);
}
