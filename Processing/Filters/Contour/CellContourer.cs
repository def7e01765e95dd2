using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Common;
using ExecutionContext = OrleansPV.Processing.Execution.ExecutionContext;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>
/// Contouring cell by cell (VTK's vtkContourGrid for unstructured grids, vtkContourFilter's cell
/// path for poly data and flat images): volumes give polygons, surfaces lines, lines vertices.
/// Points are merged per input edge (and per input point when the value falls exactly on it, like
/// vtkMergePoints) and interpolated from the edge's lower-scalar end, as VTK's cells do.
/// </summary>
internal sealed partial class CellContourer
{
    private readonly DataSet _input;
    private readonly DataArray _scalarsArray;
    private readonly double[] _scalars;
    private readonly double[] _coordinates;
    private readonly double[] _values;
    private readonly bool _generateTriangles;
    private readonly OutputPointsPrecision _precision;
    private readonly bool _mergePoints;
    private readonly bool _edgePointsOnly;
    private readonly CellSource _cells;
    private readonly Dictionary<long, int>[] _pointIndex;
    private readonly GrowBuffer<double> _points = new();
    private readonly GrowBuffer<int> _edgeA = new();
    private readonly GrowBuffer<int> _edgeB = new();
    private readonly GrowBuffer<double> _edgeT = new();
    private readonly GrowBuffer<int> _pointValue = new();
    private readonly OutputCells _verts = new();
    private readonly OutputCells _lines = new();
    private readonly OutputCells _polys = new();

    /// <param name="edgePointsOnly">
    /// Merge points per input edge only, as vtkContour3DLinearGrid does: a value exactly on an input
    /// point gives one output point per crossed edge there, and no cell arrays are copied.
    /// </param>
    public CellContourer(DataSet input, DataArray scalars, double[] values, bool generateTriangles, OutputPointsPrecision precision, bool mergePoints = true, bool edgePointsOnly = false)
    {
        _mergePoints = mergePoints;
        _edgePointsOnly = edgePointsOnly;

        // Without merged points VTK's polygon builder finds no shared edges, so the triangles stay.
        generateTriangles |= !mergePoints;
        _input = input;
        _scalarsArray = scalars;
        _values = values;
        _generateTriangles = generateTriangles;
        _precision = precision;
        _cells = new CellSource(input);
        int n = input.NumberOfPoints;
        _scalars = new double[n];
        _coordinates = new double[n * 3];
        for (int p = 0; p < n; p++)
        {
            _scalars[p] = scalars.GetValue(p, 0);
            Vector3d x = input.GetPoint(p);
            (_coordinates[3 * p], _coordinates[(3 * p) + 1], _coordinates[(3 * p) + 2]) = (x.X, x.Y, x.Z);
        }

        _pointIndex = new Dictionary<long, int>[values.Length];
        for (int v = 0; v < values.Length; v++)
        {
            _pointIndex[v] = [];
        }
    }

    public PolyData Run(bool computeScalars, bool computeNormals, ExecutionContext context)
    {
        int cellCount = _input.NumberOfCells;
        Span<int> ids = stackalloc int[CellSource.MaxCellSize];
        for (int cell = 0; cell < cellCount; cell++)
        {
            if ((cell & 4095) == 0)
            {
                context.ThrowIfCancellationRequested();
                context.ReportProgress(0.9 * cell / cellCount, "Contouring cells");
            }

            (CellType type, int size) = _cells.GetCell(cell, ids);
            for (int v = 0; v < _values.Length; v++)
            {
                ContourCell(type, ids[..size], v, cell);
            }
        }

        // ParaView gives contours of grids normals only when they have polygons (from 3D cells), not for the
        // lines and vertices of 2D and 1D cells (checked on the quadratic cell fixtures).
        return BuildOutput(computeScalars, computeNormals && _input is UnstructuredGrid && _polys.Count > 0);
    }

    private void ContourCell(CellType type, ReadOnlySpan<int> ids, int valueIndex, int cell)
    {
        switch (type)
        {
            case CellType.Tetra: Volume(ContourCaseTable.Tetra, ids, valueIndex, cell); break;
            case CellType.Hexahedron: Volume(ContourCaseTable.Hexahedron, ids, valueIndex, cell); break;
            case CellType.Voxel: Volume(ContourCaseTable.Voxel, ids, valueIndex, cell); break;
            case CellType.Wedge: Volume(ContourCaseTable.Wedge, ids, valueIndex, cell); break;
            case CellType.Pyramid: Volume(ContourCaseTable.Pyramid, ids, valueIndex, cell); break;
            case CellType.Triangle: Surface(ids, valueIndex, cell); break;
            case CellType.Quad: Surface(ids, valueIndex, cell); break;
            case CellType.Pixel: Surface([ids[0], ids[1], ids[3], ids[2]], valueIndex, cell); break;
            case CellType.Polygon:
                for (int t = 1; t + 1 < ids.Length; t++)
                {
                    Surface([ids[0], ids[t], ids[t + 1]], valueIndex, cell);
                }

                break;
            case CellType.TriangleStrip:
                for (int t = 0; t + 2 < ids.Length; t++)
                {
                    Surface(t % 2 == 0 ? [ids[t], ids[t + 1], ids[t + 2]] : [ids[t + 1], ids[t], ids[t + 2]], valueIndex, cell);
                }

                break;
            case CellType.Line:
            case CellType.PolyLine:
                for (int s = 0; s + 1 < ids.Length; s++)
                {
                    if (Crosses(ids[s], ids[s + 1], valueIndex))
                    {
                        _verts.Add(cell, [EdgePoint(ids[s], ids[s + 1], valueIndex)]);
                    }
                }

                break;
            case CellType.Vertex:
            case CellType.PolyVertex:
            case CellType.Empty:
                break;
            default:
                ContourNonlinear(type, ids, valueIndex, cell);
                break;
        }
    }

    private bool Above(int point, int valueIndex) => _scalars[point] >= _values[valueIndex];

    private bool Crosses(int a, int b, int valueIndex) => Above(a, valueIndex) != Above(b, valueIndex);

    private void Volume(ContourCaseTable table, ReadOnlySpan<int> ids, int valueIndex, int cell)
    {
        int c = 0;
        for (int v = 0; v < ids.Length; v++)
        {
            c |= Above(ids[v], valueIndex) ? 1 << v : 0;
        }

        Span<int> polygon = stackalloc int[12];
        if (_generateTriangles)
        {
            ReadOnlySpan<byte> tris = table.Triangles(c);
            for (int t = 0; t < tris.Length; t += 3)
            {
                int a = TableEdgePoint(table, ids, tris[t], valueIndex), b = TableEdgePoint(table, ids, tris[t + 1], valueIndex), d = TableEdgePoint(table, ids, tris[t + 2], valueIndex);
                if (a != b && a != d && b != d)
                {
                    polygon[0] = a;
                    polygon[1] = b;
                    polygon[2] = d;
                    _polys.Add(cell, polygon[..3]);
                }
            }

            return;
        }

        ReadOnlySpan<byte> polygons = table.Polygons(c);
        for (int q = 0; q < polygons.Length; q += polygons[q] + 1)
        {
            int kept = 0;
            for (int v = 0; v < polygons[q]; v++)
            {
                int id = TableEdgePoint(table, ids, polygons[q + 1 + v], valueIndex);
                if (kept == 0 || (polygon[kept - 1] != id && polygon[0] != id))
                {
                    polygon[kept++] = id;
                }
            }

            if (kept >= 3)
            {
                _polys.Add(cell, polygon[..kept]);
            }
        }
    }

    private int TableEdgePoint(ContourCaseTable table, ReadOnlySpan<int> ids, int edge, int valueIndex)
    {
        (int a, int b) = table.Edge(edge);
        return EdgePoint(ids[a], ids[b], valueIndex);
    }

    /// <summary>Contour lines of a polygon given in cyclic order; on four crossings the above-value corners are cut off.</summary>
    private void Surface(ReadOnlySpan<int> ids, int valueIndex, int cell)
    {
        int n = ids.Length, crossings = 0;
        for (int q = 0; q < n; q++)
        {
            crossings += Crosses(ids[q], ids[(q + 1) % n], valueIndex) ? 1 : 0;
        }

        if (crossings == 2)
        {
            Span<int> line = stackalloc int[2];
            int found = 0;
            for (int q = 0; q < n; q++)
            {
                if (Crosses(ids[q], ids[(q + 1) % n], valueIndex))
                {
                    line[found++] = EdgePoint(ids[q], ids[(q + 1) % n], valueIndex);
                }
            }

            if (line[0] != line[1])
            {
                _lines.Add(cell, line);
            }
        }
        else if (crossings == 4 && n == 4)
        {
            for (int q = 0; q < n; q++)
            {
                if (Above(ids[q], valueIndex))
                {
                    int a = EdgePoint(ids[(q + 3) % 4], ids[q], valueIndex), b = EdgePoint(ids[q], ids[(q + 1) % 4], valueIndex);
                    if (a != b)
                    {
                        _lines.Add(cell, [a, b]);
                    }
                }
            }
        }
    }

    /// <summary>The merged output point where the contour crosses the edge (a, b).</summary>
    private int EdgePoint(int a, int b, int valueIndex)
    {
        (int lo, int hi) = _scalars[b] - _scalars[a] > 0 ? (a, b) : (b, a);
        double value = _values[valueIndex];
        double t = (value - _scalars[lo]) / (_scalars[hi] - _scalars[lo]);
        long key = t == 0.0 && !_edgePointsOnly ? ((long)lo << 32) | (uint)lo
            : t == 1.0 && !_edgePointsOnly ? ((long)hi << 32) | (uint)hi
            : ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
        if (_mergePoints && _pointIndex[valueIndex].TryGetValue(key, out int existing))
        {
            return existing;
        }

        int id = _edgeA.Count;
        for (int c = 0; c < 3; c++)
        {
            double x0 = _coordinates[(3 * lo) + c];
            _points.Add(x0 + (t * (_coordinates[(3 * hi) + c] - x0)));
        }

        _edgeA.Add(lo);
        _edgeB.Add(hi);
        _edgeT.Add(t);
        _pointValue.Add(valueIndex);
        if (_mergePoints)
        {
            _pointIndex[valueIndex].Add(key, id);
        }

        return id;
    }
}
