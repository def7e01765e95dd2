namespace OrleansPV.Processing.DataModel;

/// <summary>
/// Cells as offsets + connectivity (VTK 9's vtkCellArray): cell i uses
/// Connectivity[Offsets[i] .. Offsets[i + 1]). Offsets has NumberOfCells + 1 entries, starting at 0.
/// </summary>
public sealed class CellArray
{
    private int[] _offsets;
    private int[] _connectivity;
    private int _cellCount;
    private int _connectivityLength;

    public CellArray(int cellCapacity = 0, int connectivityCapacity = 0)
    {
        _offsets = new int[cellCapacity + 1];
        _connectivity = new int[connectivityCapacity];
    }

    /// <summary>Wraps existing arrays; <paramref name="offsets"/> must start at 0 and end at the connectivity length.</summary>
    public CellArray(int[] offsets, int[] connectivity)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(connectivity);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] > connectivity.Length)
        {
            throw new ArgumentException("Offsets must start at 0 and end within the connectivity.", nameof(offsets));
        }

        _offsets = offsets;
        _connectivity = connectivity;
        _cellCount = offsets.Length - 1;
        _connectivityLength = offsets[^1];
    }

    public static CellArray Empty => new();

    public int NumberOfCells => _cellCount;

    public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, _cellCount + 1);

    public ReadOnlySpan<int> Connectivity => _connectivity.AsSpan(0, _connectivityLength);

    public long MemorySize => ((long)_cellCount + 1 + _connectivityLength) * sizeof(int);

    public ReadOnlySpan<int> GetCell(int cellId) => _connectivity.AsSpan(_offsets[cellId], _offsets[cellId + 1] - _offsets[cellId]);

    public int GetCellSize(int cellId) => _offsets[cellId + 1] - _offsets[cellId];

    /// <summary>Appends one cell (amortized growth; use the array constructor in hot paths).</summary>
    public int Append(ReadOnlySpan<int> pointIds)
    {
        if (_cellCount + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, Math.Max(16, _offsets.Length * 2));
        }

        if (_connectivityLength + pointIds.Length > _connectivity.Length)
        {
            Array.Resize(ref _connectivity, Math.Max(Math.Max(64, _connectivity.Length * 2), _connectivityLength + pointIds.Length));
        }

        pointIds.CopyTo(_connectivity.AsSpan(_connectivityLength));
        _connectivityLength += pointIds.Length;
        _cellCount++;
        _offsets[_cellCount] = _connectivityLength;
        return _cellCount - 1;
    }
}
