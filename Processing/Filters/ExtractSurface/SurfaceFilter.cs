using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Common;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.ExtractSurface;

/// <summary>
/// ParaView's Extract Surface (vtkGeometryFilter in ParaView 5.11's XML; vtkPDataSetSurfaceFilter in
/// older ones): the faces of 3D cells that no other cell shares, plus the 0D/1D/2D cells as they are
/// (pixels become quads), as poly data with only the points used. Point data follows the points; each
/// face takes its cell's data. Poly data passes through unchanged. Nonlinear cells come out as VTK's first
/// subdivision level (ParaView's default NonlinearSubdivisionLevel = 1): boundary faces and 2D cells as the triangles
/// of their triangulation through every point, curves as poly lines through their points; level 0 uses their corners.
/// Polyhedra give their faces.
/// </summary>
public sealed class SurfaceFilter : Algorithm
{
    public SurfaceFilter()
        : base(1, 1)
    {
    }

    private int _nonlinearSubdivisionLevel = 1;

    public override string ClassName => "vtkGeometryFilter";

    /// <summary>
    /// How nonlinear cells are surfaced: 1 (ParaView's default) through all their points, triangulated as VTK's first
    /// subdivision level; 0 through their corners (quadratic triangles and quads as linear ones). Higher levels,
    /// which interpolate new points, are refused when the filter runs.
    /// </summary>
    [Command("SetNonlinearSubdivisionLevel")]
    public int NonlinearSubdivisionLevel { get => _nonlinearSubdivisionLevel; set => Set(ref _nonlinearSubdivisionLevel, value); }

    protected internal override DataSet[] Execute(IReadOnlyList<DataSet?> inputs, ExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        DataSet input = StructuredCells.Explicit(RequireInput<DataSet>(inputs));
        if (input is PolyData poly)
        {
            var copy = new PolyData { Points = poly.Points, Verts = poly.Verts, Lines = poly.Lines, Polys = poly.Polys, Strips = poly.Strips };
            copy.PointData.ShallowCopy(poly.PointData);
            copy.CellData.ShallowCopy(poly.CellData);
            copy.FieldData.ShallowCopy(poly.FieldData);
            return [copy];
        }

        if (_nonlinearSubdivisionLevel is < 0 or > 1)
        {
            throw new AlgorithmException(ClassName, $"NonlinearSubdivisionLevel {_nonlinearSubdivisionLevel} is not supported: 0 (corners) and 1 (ParaView's default) are.");
        }

        var cells = new CellSource(input, ClassName);
        FaceTable faces = input is ImageData image && image.Dimensions is (> 1, > 1, > 1)
            ? FaceTable.ForImage(image)
            : FaceTable.Build(cells, ClassName, context);
        context.ReportProgress(0.6, "matched faces");
        return [Assemble(input, cells, faces, corners: _nonlinearSubdivisionLevel == 0, context)];
    }

    private static PolyData Assemble(DataSet input, CellSource cells, FaceTable faces, bool corners, ExecutionContext context)
    {
        var pointMap = new int[cells.NumberOfPoints];
        Array.Fill(pointMap, -1);
        var sourcePoints = new List<int>();
        var verts = new CellArray();
        var lines = new CellArray();
        var polys = new CellArray();
        var strips = new CellArray();
        var vertSources = new List<int>();
        var lineSources = new List<int>();
        var polySources = new List<int>();
        var stripSources = new List<int>();
        Span<int> imageCell = stackalloc int[8];
        Span<int> faceBuffer = stackalloc int[16];
        Span<int> mapped = stackalloc int[32];
        for (int c = 0; c < cells.NumberOfCells; c++)
        {
            if ((c & 0xFFFF) == 0)
            {
                context.ThrowIfCancellationRequested();
                context.ReportProgress(0.6 + (0.3 * c / cells.NumberOfCells), "building surface");
            }

            CellType type = cells.GetCellType(c);
            ReadOnlySpan<int> ids = cells.GetCellPoints(c, imageCell);
            int faceCount = CellFaceWalker.FaceCount(cells, c, type);
            if (faceCount > 0)
            {
                for (int f = 0; f < faceCount; f++)
                {
                    if (faces.IsBoundary(c, f))
                    {
                        ReadOnlySpan<int> face = CellFaceWalker.FacePoints(cells, c, type, ids, f, faceBuffer, out CellType faceType);
                        AppendSurface(faceType, face, c, corners, polys, polySources, pointMap, sourcePoints, mapped);
                    }
                }

                continue;
            }

            if (type == CellType.TriangleStrip)
            {
                strips.Append(MapAll(ids, pointMap, sourcePoints, mapped));
                stripSources.Add(c);
                continue;
            }

            switch (CellTypes.Dimension(type))
            {
                case 0: verts.Append(MapAll(ids, pointMap, sourcePoints, mapped)); vertSources.Add(c); break;
                case 1:
                    // ParaView's first subdivision level draws a quadratic edge or cubic line through all its points, in order along the curve.
                    lines.Append(CellTypes.IsLinear(type) ? MapAll(ids, pointMap, sourcePoints, mapped)
                        : corners ? MapAll(ids[..2], pointMap, sourcePoints, mapped)
                        : MapCurve(ids, pointMap, sourcePoints, mapped));
                    lineSources.Add(c);
                    break;
                default: AppendSurface(type, ids, c, corners, polys, polySources, pointMap, sourcePoints, mapped); break;
            }
        }

        var output = new PolyData { Verts = verts, Lines = lines, Polys = polys, Strips = strips };
        int[] points = sourcePoints.ToArray();
        // ParaView 5.11 surfaces a grid holding nonlinear cells through vtkDataSetSurfaceFilter's subdivision
        // path, whose points are float32 whatever the input's precision.
        output.Points = CellExtraction.BuildPoints(cells, points, float32: HasNonlinearCells(input));
        AttributeBuilder.Build(input.PointData, output.PointData, points, []);
        int[] cellSources = [.. vertSources, .. lineSources, .. polySources, .. stripSources];
        AttributeBuilder.Build(input.CellData, output.CellData, cellSources, []);
        return output;
    }

    /// <summary>
    /// A 2D cell or face: linear ones as one polygon (pixels as quads), nonlinear ones as the triangles of VTK's first
    /// subdivision level (what ParaView 5.11's NonlinearSubdivisionLevel = 1 draws).
    /// </summary>
    private static void AppendSurface(CellType type, ReadOnlySpan<int> ids, int cell, bool corners, CellArray polys, List<int> polySources, int[] pointMap, List<int> sourcePoints, Span<int> mapped)
    {
        // Level 0: quadratic triangles and quads through their corners (which come first); VTK 9.2 still
        // triangulates the other nonlinear surface types (biquadratic triangles, quadratic polygons) at level 1.
        if (corners && type is CellType.QuadraticTriangle)
        {
            type = CellType.Triangle;
            ids = ids[..3];
        }
        else if (corners && type is CellType.QuadraticQuad or CellType.BiquadraticQuad or CellType.QuadraticLinearQuad)
        {
            type = CellType.Quad;
            ids = ids[..4];
        }

        if (CellTypes.IsLinear(type))
        {
            // Pixels become quads; their points are numbered in the quad's order, as VTK numbers them.
            ReadOnlySpan<int> polygon = type == CellType.Pixel
                ? MapAll([ids[0], ids[1], ids[3], ids[2]], pointMap, sourcePoints, mapped)
                : MapAll(ids, pointMap, sourcePoints, mapped);
            polys.Append(polygon);

            polySources.Add(cell);
            return;
        }

        ReadOnlySpan<int> local = MapAll(ids, pointMap, sourcePoints, mapped);
        Span<int> triangle = stackalloc int[3];
        int[]? triangles = CellFaces.Triangulation(type);
        if (triangles is not null)
        {
            for (int t = 0; t < triangles.Length; t += 3)
            {
                triangle[0] = local[triangles[t]];
                triangle[1] = local[triangles[t + 1]];
                triangle[2] = local[triangles[t + 2]];
                polys.Append(triangle);
                polySources.Add(cell);
            }

            return;
        }

        // QuadraticPolygon: corners then edge midpoints; triangulated as the polygon through all of them
        // (corner, midpoint, corner, ...) as VTK does, here as a fan (the same points and triangle count).
        int half = ids.Length / 2;
        for (int t = 1; t < ids.Length - 1; t++)
        {
            triangle[0] = local[0];
            triangle[1] = local[Interleaved(t, half)];
            triangle[2] = local[Interleaved(t + 1, half)];
            polys.Append(triangle);
            polySources.Add(cell);
        }
    }

    private static bool HasNonlinearCells(DataSet input)
    {
        if (input is UnstructuredGrid grid)
        {
            foreach (CellType type in grid.CellTypes)
            {
                if (!CellTypes.IsLinear(type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Position k of the polygon corner 0, midpoint 0, corner 1, … in a corners-then-midpoints list.</summary>
    private static int Interleaved(int k, int half) => (k & 1) == 0 ? k / 2 : half + (k / 2);

    private static ReadOnlySpan<int> MapAll(ReadOnlySpan<int> ids, int[] pointMap, List<int> sourcePoints, Span<int> mapped)
    {
        Span<int> target = ids.Length <= mapped.Length ? mapped[..ids.Length] : new int[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            target[i] = Map(ids[i], pointMap, sourcePoints);
        }

        return target;
    }

    /// <summary>A nonlinear curve's points along it: first end, the inner points, last end (VTK numbers both ends first).</summary>
    private static ReadOnlySpan<int> MapCurve(ReadOnlySpan<int> ids, int[] pointMap, List<int> sourcePoints, Span<int> mapped)
    {
        Span<int> target = mapped[..ids.Length];
        target[0] = Map(ids[0], pointMap, sourcePoints);
        for (int i = 2; i < ids.Length; i++)
        {
            target[i - 1] = Map(ids[i], pointMap, sourcePoints);
        }

        target[^1] = Map(ids[1], pointMap, sourcePoints);
        return target;
    }

    private static int Map(int pointId, int[] pointMap, List<int> sourcePoints)
    {
        int mapped = pointMap[pointId];
        if (mapped < 0)
        {
            mapped = pointMap[pointId] = sourcePoints.Count;
            sourcePoints.Add(pointId);
        }

        return mapped;
    }
}
