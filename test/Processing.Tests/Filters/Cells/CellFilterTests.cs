using System.Text.Json;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.Common;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Filters.Elevation;
using OrleansPV.Processing.Filters.ExtractSurface;
using OrleansPV.Processing.Filters.Outline;
using OrleansPV.Processing.Filters.Shrink;
using OrleansPV.Processing.Filters.Slice;
using OrleansPV.Processing.Filters.Threshold;
using OrleansPV.Processing.ImplicitFunctions;
using OrleansPV.Processing.IO;
using OrleansPV.Processing.Tests.IO;
using Xunit;

namespace OrleansPV.Processing.Tests.Filters.Cells;

/// <summary>
/// The filters on grids of prism, quadratic and polyhedral cells against pvpython 5.11 with the same settings
/// (cell_figures.json): Extract Surface (ParaView's first nonlinear subdivision level), Shrink, Threshold,
/// Elevation, Calculator, Outline and crinkle Clip give ParaView's type, counts and bounds; so do Contour and Slice
/// on the nonlinear types VTK splits over their own points; otherwise Clip, Slice and Contour refuse nonlinear,
/// prism and polyhedral cells, naming the cell type and the filter.
/// </summary>
public sealed class CellFilterTests
{
    // Contour and Slice cut the nonlinear types VTK splits into linear cells over their own points.
    private static readonly CellType[] s_cutByContourAndSlice =
        [
            CellType.QuadraticEdge, CellType.CubicLine, CellType.QuadraticTriangle, CellType.BiquadraticTriangle, CellType.BiquadraticQuad,
            CellType.QuadraticLinearQuad, CellType.QuadraticTetra, CellType.TriquadraticHexahedron, CellType.QuadraticLinearWedge, CellType.BiquadraticQuadraticWedge,
        ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (JsonProperty file in CellFigures.Filters.EnumerateObject())
        {
            foreach (JsonProperty filter in file.Value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
            {
                data.Add(file.Name, filter.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_equals_ParaViews_or_the_cell_type_is_refused(string file, string filter)
    {
        JsonElement settings = CellFigures.Filters.GetProperty(file);
        JsonElement expected = settings.GetProperty(filter);
        DataSet input = DataSetReader.Read(CellFigures.PathOf(file));
        CellType[] refused = [.. ((UnstructuredGrid)input).CellTypes.ToArray().Where(t => (byte)t > (byte)CellType.Pyramid && (filter == "Clip" || !s_cutByContourAndSlice.Contains(t)))];
        if (filter is "Clip" or "Slice" or "Contour" && refused.Length > 0)
        {
            var ex = Assert.Throws<AlgorithmException>(() => Run(filter, input, settings));
            Assert.Contains(CellTypes.Describe((byte)refused[0]), ex.Message, StringComparison.Ordinal);
            Assert.Contains(filter + " does not handle", ex.Message, StringComparison.Ordinal);
            return;
        }

        DataSet output = Run(filter, input, settings);
        Assert.Equal(expected.GetProperty("type").GetString(), output.DataSetType);
        Assert.Equal(expected.GetProperty("points").GetInt64(), output.NumberOfPoints);
        Assert.Equal(expected.GetProperty("cells").GetInt64(), output.NumberOfCells);
        if (output.NumberOfPoints > 0)
        {
            double[] bounds = [.. expected.GetProperty("bounds").EnumerateArray().Select(b => b.GetDouble())];
            double[] actual = output.GetBounds().ToArray();
            for (int i = 0; i < 6; i++)
            {
                Assert.Equal(bounds[i], actual[i], 1e-6);
            }
        }

        if (output.NumberOfPoints == 0)
        {
            // ParaView's data information lists no arrays for an empty output.
            Assert.Empty(expected.GetProperty("point_arrays").EnumerateArray());
            return;
        }

        DataInformation information = DataInformation.From(output);
        AssertArrays(expected.GetProperty("point_arrays"), information.PointArrays, $"{file} {filter} point arrays");
        AssertArrays(expected.GetProperty("cell_arrays"), information.CellArrays, $"{file} {filter} cell arrays");
    }

    /// <summary>Same array names and components, ranges equal to ParaView's within rounding (interpolated values).</summary>
    private static void AssertArrays(JsonElement expected, IReadOnlyList<ArrayInformation> actual, string what)
    {
        string[] names = [.. expected.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Order(StringComparer.Ordinal)];
        Assert.True(names.SequenceEqual(actual.Select(a => a.Name).Order(StringComparer.Ordinal)), $"{what}: [{string.Join(", ", actual.Select(a => a.Name))}], ParaView [{string.Join(", ", names)}]");
        foreach (JsonElement array in expected.EnumerateArray())
        {
            ArrayInformation info = actual.Single(a => a.Name == array.GetProperty("name").GetString());
            (double Min, double Max)[] ranges = [.. array.GetProperty("ranges").EnumerateArray().Select(r => (r[0].GetDouble(), r[1].GetDouble()))];
            Assert.Equal(ranges.Length, info.Ranges.Count);
            for (int c = 0; c < ranges.Length; c++)
            {
                Assert.True(Close(ranges[c].Min, info.Ranges[c].Min) && Close(ranges[c].Max, info.Ranges[c].Max), $"{what} '{info.Name}' component {c}: {info.Ranges[c]}, ParaView {ranges[c]}");
            }
        }
    }

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) <= 1e-6 * (1 + Math.Abs(expected));

    [Fact]
    public void Extract_surface_refuses_subdivision_levels_it_does_not_reproduce()
    {
        var surface = new SurfaceFilter { NonlinearSubdivisionLevel = 2 };
        surface.SetInputConnection(new ImageSourceStub(DataSetReader.Read(CellFigures.PathOf("cell_25.vtu"))));
        var ex = Assert.Throws<AlgorithmException>(() => Executive.Update(surface));
        Assert.Contains("NonlinearSubdivisionLevel 2 is not supported", ex.Message, StringComparison.Ordinal);
    }

    private static DataSet Run(string filter, DataSet input, JsonElement settings)
    {
        Bounds b = input.GetBounds();
        double[] origin = [.. settings.GetProperty("plane_origin").EnumerateArray().Select(v => v.GetDouble())];
        double[] range = [.. settings.GetProperty(filter == "ThresholdAll" ? "threshold_all_range" : "threshold_range").EnumerateArray().Select(v => v.GetDouble())];
        var centre = new Vector3d(origin[0], origin[1], origin[2]);
        Algorithm algorithm = filter switch
        {
            "Contour" => new ContourFilter { SelectInputScalars = "Dist", ContourValues = [settings.GetProperty("contour_value").GetDouble()] },
            "Slice" => new SliceFilter { CutFunction = new PlaneFunction(centre, new Vector3d(1, 0, 0)), ContourValues = [0.0] },
            "Clip" => new ClipFilter { ClipFunction = new PlaneFunction(centre, new Vector3d(1, 0, 0)) },
            "CrinkleClip" => new ClipFilter { ClipFunction = new PlaneFunction(centre, new Vector3d(1, 0, 0)), PreserveInputCells = true },
            "Threshold" or "ThresholdAll" => new ThresholdFilter { ArrayAssociation = FieldAssociation.Points, ArrayName = "Dist", LowerThreshold = range[0], UpperThreshold = range[1] },
            "ExtractSurface" => new SurfaceFilter(),
            "ExtractSurfaceLevel0" => new SurfaceFilter { NonlinearSubdivisionLevel = 0 },
            "Outline" => new OutlineFilter(),
            "Elevation" => new ElevationFilter { LowPoint = new Vector3d(b.XMin, b.YMin, b.ZMin), HighPoint = new Vector3d(b.XMax, b.YMax, b.ZMax) },
            "Shrink" => new ShrinkFilter(),
            "Calculator" => new CalculatorFilter { Function = "Dist*2", ResultArrayName = "Twice" },
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
        };
        algorithm.SetInputConnection(new ImageSourceStub(input));
        return Executive.Update(algorithm);
    }
}
