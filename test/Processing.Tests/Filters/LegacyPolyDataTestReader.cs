using System.Globalization;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Tests.Filters;

/// <summary>
/// A stand-in for the legacy VTK reader (IO branch) for these tests: reads the points, polygons and
/// float point scalars of an ASCII legacy poly data file written by ParaView (version 5.1 layout).
/// </summary>
internal static class LegacyPolyDataTestReader
{
    public static PolyData Read(string path)
    {
        string[] tokens = File.ReadAllText(path).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        int at = Array.IndexOf(tokens, "POINTS");
        int pointCount = int.Parse(tokens[at + 1], CultureInfo.InvariantCulture);
        var points = new DataArray<float>("Points", 3, pointCount);
        for (int i = 0; i < 3 * pointCount; i++)
        {
            points.Values[i] = float.Parse(tokens[at + 3 + i], CultureInfo.InvariantCulture);
        }

        at = Array.IndexOf(tokens, "POLYGONS");
        int offsetCount = int.Parse(tokens[at + 1], CultureInfo.InvariantCulture);
        at = Array.IndexOf(tokens, "OFFSETS", at);
        int[] offsets = [.. Enumerable.Range(0, offsetCount).Select(i => int.Parse(tokens[at + 2 + i], CultureInfo.InvariantCulture))];
        at = Array.IndexOf(tokens, "CONNECTIVITY", at);
        int[] connectivity = [.. Enumerable.Range(0, offsets[^1]).Select(i => int.Parse(tokens[at + 2 + i], CultureInfo.InvariantCulture))];
        var poly = new PolyData { Points = points, Polys = new CellArray(offsets, connectivity) };
        at = Array.IndexOf(tokens, "SCALARS");
        var scalars = new DataArray<float>(tokens[at + 1], 1, pointCount);
        at = Array.IndexOf(tokens, "default", at);
        for (int i = 0; i < pointCount; i++)
        {
            scalars.Values[i] = float.Parse(tokens[at + 1 + i], CultureInfo.InvariantCulture);
        }

        poly.PointData.Add(scalars);
        return poly;
    }
}
