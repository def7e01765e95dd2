using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Common;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.ExtractSurface;

/// <summary>
/// ParaView's Extract Surface (vtkGeometryFilter in ParaView 5.11's XML; vtkPDataSetSurfaceFilter in
/// older ones): the faces of 3D cells that no other cell shares, plus the 0D/1D/2D cells as they are
/// (pixels become quads), as poly data with only the points used. Point data follows the points; each
/// face takes its cell's data. Poly data passes through unchanged. Linear cells only.
/// </summary>
public sealed class SurfaceFilter : Algorithm
{
    public SurfaceFilter()
        : base(1, 1)
    {
    }

    public override string ClassName => "vtkGeometryFilter";

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

        var cells = new CellSource(input, ClassName);
        FaceTable faces = input is ImageData image && image.Dimensions is (> 1, > 1, > 1)
            ? FaceTable.ForImage(image)
            : FaceTable.Build(cells, ClassName, context);
        context.ReportProgress(0.6, "matched faces");
        return [Assemble(input, cells, faces, context)];
    }

    private static PolyData Assemble(DataSet input, CellSource cells, FaceTable faces, ExecutionContext context)
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
        Span<int> buffer = stackalloc int[8];
        Span<int> mapped = stackalloc int[8];
        int[] pixelToQuad = [0, 1, 3, 2];
        for (int c = 0; c < cells.NumberOfCells; c++)
        {
            if ((c & 0xFFFF) == 0)
            {
                context.ThrowIfCancellationRequested();
                context.ReportProgress(0.6 + (0.3 * c / cells.NumberOfCells), "building surface");
            }

            CellType type = cells.GetCellType(c);
            ReadOnlySpan<int> ids = cells.GetCellPoints(c, buffer);
            int[][]? cellFaces = CellFaces.Of(type);
            if (cellFaces is not null)
            {
                for (int f = 0; f < cellFaces.Length; f++)
                {
                    if (!faces.IsBoundary(c, f))
                    {
                        continue;
                    }

                    int[] face = cellFaces[f];
                    for (int i = 0; i < face.Length; i++)
                    {
                        mapped[i] = Map(ids[face[i]], pointMap, sourcePoints);
                    }

                    polys.Append(mapped[..face.Length]);
                    polySources.Add(c);
                }

                continue;
            }

            Span<int> cellIds = ids.Length <= mapped.Length ? mapped[..ids.Length] : new int[ids.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                cellIds[i] = Map(ids[type == CellType.Pixel ? pixelToQuad[i] : i], pointMap, sourcePoints);
            }

            if (type == CellType.TriangleStrip)
            {
                strips.Append(cellIds);
                stripSources.Add(c);
                continue;
            }

            switch (CellTypes.Dimension(type))
            {
                case 0: verts.Append(cellIds); vertSources.Add(c); break;
                case 1: lines.Append(cellIds); lineSources.Add(c); break;
                default: polys.Append(cellIds); polySources.Add(c); break;
            }
        }

        var output = new PolyData { Verts = verts, Lines = lines, Polys = polys, Strips = strips };
        int[] points = sourcePoints.ToArray();
        output.Points = CellExtraction.BuildPoints(cells, points);
        AttributeBuilder.Build(input.PointData, output.PointData, points, []);
        int[] cellSources = [.. vertSources, .. lineSources, .. polySources, .. stripSources];
        AttributeBuilder.Build(input.CellData, output.CellData, cellSources, []);
        return output;
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
