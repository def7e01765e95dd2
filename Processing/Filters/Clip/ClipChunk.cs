using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.Filters.Clip;

/// <summary>
/// The cells one chunk of input cells produces, before points are numbered: each point is a code,
/// an original point id (≥ 0), an edge (−1 − key, key = a × N + b with a &lt; b) or the centre of a cut
/// cell (−1 − key, key = N² + 2¹⁴ × cell + centre code), so sorted keys put centres last.
/// </summary>
internal sealed class ClipChunk(long pointCount)
{
    private CellType[] _types = new CellType[256];
    private int[] _sources = new int[256];
    private long[] _codes = new long[2048];
    private long[] _edgeKeys = new long[256];

    /// <summary>Distinct centre codes per cell (8 corner bits, 3 rule bits, 3 excluded-corner bits).</summary>
    public const int CentreCodes = 1 << 14;

    public int CellCount { get; private set; }

    public int CodeCount { get; private set; }

    public int EdgeCount { get; private set; }

    public ReadOnlySpan<CellType> Types => _types.AsSpan(0, CellCount);

    public ReadOnlySpan<int> Sources => _sources.AsSpan(0, CellCount);

    public ReadOnlySpan<long> Codes => _codes.AsSpan(0, CodeCount);

    public ReadOnlySpan<long> EdgeKeys => _edgeKeys.AsSpan(0, EdgeCount);

    public void BeginCell(CellType type, int sourceCell)
    {
        if (CellCount == _types.Length)
        {
            Array.Resize(ref _types, _types.Length * 2);
            Array.Resize(ref _sources, _sources.Length * 2);
        }

        _types[CellCount] = type;
        _sources[CellCount++] = sourceCell;
    }

    public void AddPoint(int pointId) => AddCode(pointId);

    /// <summary>Adds the point where the function crosses the edge between points <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void AddEdge(int a, int b)
    {
        long key = a < b ? (a * pointCount) + b : (b * pointCount) + a;
        if (EdgeCount == _edgeKeys.Length)
        {
            Array.Resize(ref _edgeKeys, _edgeKeys.Length * 2);
        }

        _edgeKeys[EdgeCount++] = key;
        AddCode(-1 - key);
    }

    /// <summary>Adds the centre point described by <paramref name="centre"/> (a <see cref="CentreCode"/>) of a cell.</summary>
    public void AddCentroid(int sourceCell, int centre)
    {
        long key = (pointCount * pointCount) + ((long)sourceCell * CentreCodes) + centre;
        if (EdgeCount == _edgeKeys.Length)
        {
            Array.Resize(ref _edgeKeys, _edgeKeys.Length * 2);
        }

        _edgeKeys[EdgeCount++] = key;
        AddCode(-1 - key);
    }

    private void AddCode(long code)
    {
        if (CodeCount == _codes.Length)
        {
            Array.Resize(ref _codes, _codes.Length * 2);
        }

        _codes[CodeCount++] = code;
    }
}
