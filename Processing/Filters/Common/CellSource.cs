using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;

namespace OrleansPV.Processing.Filters.Common;

/// <summary>
/// Uniform, allocation-free access to the cells and points of an image, unstructured grid or poly data,
/// so a filter walks any of them the same way (poly data cells: verts, lines, polys, then strips). Image cells are voxels (pixels, lines, vertices when flat) with
/// VTK's point order: x fastest, then y, then z.
/// </summary>
internal sealed class CellSource
{
    private readonly ImageData? _image;
    private readonly UnstructuredGrid? _grid;
    private readonly PolyData? _poly;
    private readonly int _lineStart, _polyStart, _stripStart;
    private readonly DataArray<float>? _floatPoints;
    private readonly DataArray<double>? _doublePoints;
    private readonly int[] _cornerOffsets = new int[8];
    private readonly int _cornerCount;
    private readonly int _nx, _ny;
    private readonly int _cx, _cy;
    private readonly CellType _imageCellType;

    public CellSource(DataSet input, string algorithm)
    {
        switch (input)
        {
            case ImageData image:
                _image = image;
                (int nx, int ny, int nz) = image.Dimensions;
                _nx = nx;
                _ny = ny;
                _cx = Math.Max(1, nx - 1);
                _cy = Math.Max(1, ny - 1);
                int[] dims = [nx, ny, nz];
                int[] strides = [1, nx, nx * ny];
                int axisCount = 0;
                _cornerCount = 1;
                for (int a = 0; a < 3; a++)
                {
                    if (dims[a] > 1)
                    {
                        // Corners with this axis's bit set sit one stride further (x fastest, as VTK orders them).
                        for (int corner = 0; corner < _cornerCount; corner++)
                        {
                            _cornerOffsets[_cornerCount + corner] = _cornerOffsets[corner] + strides[a];
                        }

                        _cornerCount *= 2;
                        axisCount++;
                    }
                }

                _imageCellType = axisCount switch { 3 => CellType.Voxel, 2 => CellType.Pixel, 1 => CellType.Line, _ => CellType.Vertex };
                NumberOfCells = image.NumberOfCells;
                break;
            case UnstructuredGrid grid:
                _grid = grid;
                _floatPoints = grid.Points as DataArray<float>;
                _doublePoints = grid.Points as DataArray<double>;
                NumberOfCells = grid.NumberOfCells;
                break;
            case PolyData poly:
                _poly = poly;
                _floatPoints = poly.Points as DataArray<float>;
                _doublePoints = poly.Points as DataArray<double>;
                _lineStart = poly.Verts.NumberOfCells;
                _polyStart = _lineStart + poly.Lines.NumberOfCells;
                _stripStart = _polyStart + poly.Polys.NumberOfCells;
                NumberOfCells = poly.NumberOfCells;
                break;
            default:
                throw new AlgorithmException(algorithm, $"input {input.DataSetType} is not supported.");
        }

        NumberOfPoints = input.NumberOfPoints;
    }

    public int NumberOfCells { get; }

    public int NumberOfPoints { get; }

    /// <summary>Whether the cells come from an image (implicit points).</summary>
    public bool IsImage => _image is not null;

    /// <summary>Float32 for images (VTK's default points), the input's point type otherwise.</summary>
    public ScalarType PointType => _doublePoints is null ? ScalarType.Float32 : ScalarType.Float64;

    public CellType GetCellType(int cellId)
    {
        if (_image is not null)
        {
            return _imageCellType;
        }

        if (_grid is not null)
        {
            return _grid.CellTypes[cellId];
        }

        // Poly data: verts, lines, polys, strips in that order; the type follows the size.
        int size = GetCellPoints(cellId, default).Length;
        return cellId < _lineStart ? (size == 1 ? CellType.Vertex : CellType.PolyVertex)
            : cellId < _polyStart ? (size == 2 ? CellType.Line : CellType.PolyLine)
            : cellId < _stripStart ? size switch { 3 => CellType.Triangle, 4 => CellType.Quad, _ => CellType.Polygon }
            : CellType.TriangleStrip;
    }

    /// <summary>The point ids of a cell; <paramref name="buffer"/> (≥ 8 long) holds them for images.</summary>
    public ReadOnlySpan<int> GetCellPoints(int cellId, Span<int> buffer)
    {
        if (_grid is not null)
        {
            return _grid.Cells.GetCell(cellId);
        }

        if (_poly is not null)
        {
            return cellId < _lineStart ? _poly.Verts.GetCell(cellId)
                : cellId < _polyStart ? _poly.Lines.GetCell(cellId - _lineStart)
                : cellId < _stripStart ? _poly.Polys.GetCell(cellId - _polyStart)
                : _poly.Strips.GetCell(cellId - _stripStart);
        }

        int ci = cellId % _cx, cj = cellId / _cx % _cy, ck = cellId / (_cx * _cy);
        int baseId = ci + (_nx * (cj + (_ny * ck)));
        for (int p = 0; p < _cornerCount; p++)
        {
            buffer[p] = baseId + _cornerOffsets[p];
        }

        return buffer[.._cornerCount];
    }

    /// <summary>A polyhedron's face stream (count, then per face its size and point ids); empty for other cells.</summary>
    public ReadOnlySpan<int> GetCellFaces(int cellId) => _grid?.Faces is { } faces ? faces.GetCellFaces(cellId) : [];

    public Vector3d GetPoint(int pointId)
    {
        if (_doublePoints is not null)
        {
            ReadOnlySpan<double> d = _doublePoints.ReadOnlyValues.Slice(3 * pointId, 3);
            return new Vector3d(d[0], d[1], d[2]);
        }

        if (_floatPoints is not null)
        {
            ReadOnlySpan<float> f = _floatPoints.ReadOnlyValues.Slice(3 * pointId, 3);
            return new Vector3d(f[0], f[1], f[2]);
        }

        int i = pointId % _nx, j = pointId / _nx % _ny, k = pointId / (_nx * _ny);
        Extent e = _image!.Extent;
        return new Vector3d(_image.Coordinate(0, e.XMin + i), _image.Coordinate(1, e.YMin + j), _image.Coordinate(2, e.ZMin + k));
    }
}
