using System.Numerics;
using OrleansPV.Processing.DataModel;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// One scene object made ready for the bands: window and camera-space vertices, normals, colour
/// coordinates, and its triangles, segments and points binned by band. Every buffer is pooled and
/// returned by <see cref="Dispose"/>.
/// </summary>
internal sealed class PreparedMesh : IDisposable
{
    private PooledArray<Vector4> _window;
    private PooledArray<SnappedPoint> _snapped;
    private PooledArray<Vector3> _view;
    private PooledArray<Vector3> _normals;
    private PooledArray<float> _texture;
    private PooledArray<uint> _cellColors;
    private PooledArray<int> _triangleVertices;
    private PooledArray<int> _triangleCells;
    private PooledArray<byte> _triangleEdges;
    private PooledArray<int> _segmentVertices;
    private PooledArray<int> _segmentCells;
    private PooledArray<int> _pointVertices;
    private BandBins _triangleBins;
    private BandBins _segmentBins;
    private BandBins _pointBins;
    private readonly ViewProjection _projection;

    public PreparedMesh(PolyData geometry, DisplayProperties properties)
    {
        Geometry = geometry;
        Properties = properties;
    }

    public PolyData Geometry { get; }

    /// <summary>The frame's projection (for clipping at the near plane).</summary>
    public ViewProjection Projection
    {
        get => _projection;
        init
        {
            _projection = value;
            Perspective = !value.Parallel;
            InverseNear = (float)(1.0 / value.Near);
        }
    }

    public ref readonly ViewProjection ProjectionReference => ref _projection;

    public bool Perspective { get; private init; }

    /// <summary>1 / near distance: a corner with a larger 1/w lies closer than the near plane.</summary>
    public float InverseNear { get; private init; }

    public DisplayProperties Properties { get; }

    public ColorSource ColorSource { get; set; }

    public bool HasNormals => _normals.IsAllocated;

    public bool DrawEdges => Properties.Representation == Representation.SurfaceWithEdges;

    public bool Translucent => Properties.Opacity < 1.0;

    /// <summary>Triangles come straight from Polys.Connectivity (all polygons triangles, no strips).</summary>
    public bool PlainTriangles { get; set; }

    public int TriangleCount { get; set; }

    public int SegmentCount { get; set; }

    public int PointCount { get; set; }

    public ReadOnlySpan<Vector4> Window => _window.Span;

    /// <summary>Snapped window x and y of each vertex (see <see cref="SnappedPoint"/>).</summary>
    public ReadOnlySpan<SnappedPoint> Snapped => _snapped.Span;

    public ReadOnlySpan<Vector3> View => _view.Span;

    public ReadOnlySpan<Vector3> Normals => _normals.Span;

    public ReadOnlySpan<float> Texture => _texture.Span;

    public ReadOnlySpan<uint> CellColors => _cellColors.Span;

    public ReadOnlySpan<int> TriangleVertices => PlainTriangles ? Geometry.Polys.Connectivity : _triangleVertices.Span;

    public ReadOnlySpan<byte> TriangleEdges => _triangleEdges.Span;

    public ReadOnlySpan<int> SegmentVertices => _segmentVertices.Span;

    public ReadOnlySpan<int> SegmentCells => _segmentCells.Span;

    public ReadOnlySpan<int> PointVertices => _pointVertices.Span;

    public ref BandBins TriangleBins => ref _triangleBins;

    public ref BandBins SegmentBins => ref _segmentBins;

    public ref BandBins PointBins => ref _pointBins;

    public Span<Vector4> RentWindow(int n)
    {
        _window.Rent(n);
        return _window.Span;
    }

    public Span<SnappedPoint> RentSnapped(int n)
    {
        _snapped.Rent(n);
        return _snapped.Span;
    }

    public Span<SnappedPoint> WritableSnapped => _snapped.Span;

    public Span<Vector3> RentView(int n)
    {
        _view.Rent(n);
        return _view.Span;
    }

    public Span<Vector3> RentNormals(int n)
    {
        _normals.Rent(n);
        return _normals.Span;
    }

    public Span<float> RentTexture(int n)
    {
        _texture.Rent(n);
        return _texture.Span;
    }

    public Span<uint> RentCellColors(int n)
    {
        _cellColors.Rent(n);
        return _cellColors.Span;
    }

    public void RentTriangles(int n)
    {
        _triangleVertices.Rent(3 * n);
        _triangleCells.Rent(n);
        _triangleEdges.Rent(n);
    }

    public void RentSegments(int n)
    {
        _segmentVertices.Rent(2 * n);
        _segmentCells.Rent(n);
    }

    public Span<Vector4> WritableWindow => _window.Span;

    public Span<float> WritableTexture => _texture.Span;

    public Span<Vector3> WritableView => _view.Span;

    public Span<Vector3> WritableNormals => _normals.Span;

    public Span<int> WritableTriangleVertices => _triangleVertices.Span;

    public Span<int> WritableTriangleCells => _triangleCells.Span;

    public Span<byte> WritableTriangleEdges => _triangleEdges.Span;

    public Span<int> WritableSegmentVertices => _segmentVertices.Span;

    public Span<int> WritableSegmentCells => _segmentCells.Span;

    public Span<int> RentPoints(int n)
    {
        _pointVertices.Rent(n);
        return _pointVertices.Span;
    }

    /// <summary>Cell id of triangle <paramref name="triangle"/>.</summary>
    public int TriangleCell(int triangle)
        => PlainTriangles ? Geometry.Verts.NumberOfCells + Geometry.Lines.NumberOfCells + triangle : _triangleCells.Span[triangle];

    /// <summary>Edge flags of a triangle (bit i: the edge opposite vertex i is a polygon edge).</summary>
    public int TriangleEdgeFlags(int triangle) => PlainTriangles ? 7 : _triangleEdges.Span[triangle];

    public void Dispose()
    {
        _window.Return();
        _snapped.Return();
        _view.Return();
        _normals.Return();
        _texture.Return();
        _cellColors.Return();
        _triangleVertices.Return();
        _triangleCells.Return();
        _triangleEdges.Return();
        _segmentVertices.Return();
        _segmentCells.Return();
        _pointVertices.Return();
        _triangleBins.Return();
        _segmentBins.Return();
        _pointBins.Return();
    }
}
