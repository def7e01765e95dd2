using System.Globalization;
using System.Text.RegularExpressions;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters.Clip;

/// <summary>
/// Where the centre point of a cone split sits matters downstream (its interpolated scalars decide later
/// thresholds and clips), so every case that adds one is checked against ParaView 5.11's position
/// (Fixtures/ParaViewClip/clip_centre_points.txt, made with pvpython and uneven scalars).
/// </summary>
public sealed class CentrePointTests
{
    private static readonly Dictionary<CellType, double[]> s_shapes = new()
    {
        [CellType.Hexahedron] = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1],
        [CellType.Wedge] = [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1],
        [CellType.Pyramid] = [0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0.5, 0.5, 1],
    };

    public static TheoryData<int, int, double, double, double> Cases()
    {
        var data = new TheoryData<int, int, double, double, double>();
        string path = TestFixtures.PathOf("ParaViewClip", "clip_centre_points.txt");
        foreach (string line in File.ReadLines(path).Where(l => !l.StartsWith('#')))
        {
            string[] f = line.Split(' ');
            Match centre = Regex.Match(line, @"\(([-0-9.]+),([-0-9.]+),([-0-9.]+)\)");
            data.Add(int.Parse(f[0]), int.Parse(f[1]), Parse(centre.Groups[1].Value), Parse(centre.Groups[2].Value), Parse(centre.Groups[3].Value));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Centre_point_sits_where_ParaView_puts_it(int cellType, int keptPoints, double x, double y, double z)
    {
        var type = (CellType)cellType;
        double[] coordinates = s_shapes[type];
        int n = coordinates.Length / 3;
        var grid = new UnstructuredGrid { Points = new DataArray<double>("Points", 3, coordinates) };
        grid.SetCells([type], new CellArray([0, n], Enumerable.Range(0, n).ToArray()));
        var scalars = new DataArray<double>("s", 1, n);
        for (int i = 0; i < n; i++)
        {
            scalars.Values[i] = (((keptPoints >> i) & 1) != 0 ? -1.0 : 1.0) * (0.3 + (0.17 * (((i * 7) + keptPoints) % 5)));
        }

        grid.PointData.Add(scalars);
        var clip = new ClipFilter { ClipFunction = null, ArrayName = "s" };
        clip.SetInputConnection(new ImageSourceStub(grid));

        var output = (UnstructuredGrid)Executive.Update(clip);

        // Centre points are numbered last.
        Vector3d centre = output.GetPoint(output.NumberOfPoints - 1);
        Assert.Equal(x, centre.X, 1e-9);
        Assert.Equal(y, centre.Y, 1e-9);
        Assert.Equal(z, centre.Z, 1e-9);
    }

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);
}
