using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Filters.Common;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// The cells one chunk of input cells produces, before points are numbered: each point is a code,
/// an original point id (≥ 0) or −1 − the index of a key in <see cref="EdgeKeys"/>: an edge (key =
/// a × N + b with a &lt; b) or the centre of a cut cell (key = N² + 2¹⁴ × cell + centre code), so
/// sorted keys put centres last. Its buffers come from the shared pool: <see cref="Dispose"/> after use.
/// </summary>
internal sealed class ClipChunk(long pointCount) : IDisposable
{
    private readonly GrowBuffer<CellType> _types = new();
    private readonly GrowBuffer<int> _sources = new();
    private readonly GrowBuffer<int> _codes = new(2048);
    private readonly GrowBuffer<long> _edgeKeys = new();

    /// <summary>Distinct centre codes per cell (8 corner bits, 3 rule bits, 3 excluded-corner bits).</summary>
    public const int CentreCodes = 1 << 14;

    public int CellCount => _types.Count;

    public int CodeCount => _codes.Count;

    public int EdgeCount => _edgeKeys.Count;

    public ReadOnlySpan<CellType> Types => _types.Span;

    public ReadOnlySpan<int> Sources => _sources.Span;

    public ReadOnlySpan<int> Codes => _codes.Span;

    public ReadOnlySpan<long> EdgeKeys => _edgeKeys.Span;

    public void BeginCell(CellType type, int sourceCell)
    {
        _types.Add(type);
        _sources.Add(sourceCell);
    }

    public void AddPoint(int pointId) => _codes.Add(pointId);

    /// <summary>Adds the point where the function crosses the edge between points <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void AddEdge(int a, int b) => AddKey(a < b ? (a * pointCount) + b : (b * pointCount) + a);

    /// <summary>Adds the centre point described by <paramref name="centre"/> (a <see cref="CentreCode"/>) of a cell.</summary>
    public void AddCentroid(int sourceCell, int centre) => AddKey((pointCount * pointCount) + ((long)sourceCell * CentreCodes) + centre);

    public void Dispose()
    {
        _types.Dispose();
        _sources.Dispose();
        _codes.Dispose();
        _edgeKeys.Dispose();
    }

    private void AddKey(long key)
    {
        _codes.Add(-1 - _edgeKeys.Count);
        _edgeKeys.Add(key);
    }
}
