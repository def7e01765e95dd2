using OrleansPV.Processing.Filters.Common;

namespace OrleansPV.Processing.Filters.Contour;

/// <summary>Growing offsets + connectivity of one kind of output cell, with each cell's source cell.</summary>
internal sealed class OutputCells
{
    private readonly GrowBuffer<int> _offsets = new();
    private readonly GrowBuffer<int> _connectivity = new();
    private readonly GrowBuffer<int> _sources = new();

    public OutputCells()
    {
        _offsets.Add(0);
    }

    public int Count => _sources.Count;

    public ReadOnlySpan<int> Sources => _sources.Span;

    public void Add(int sourceCell, ReadOnlySpan<int> ids)
    {
        foreach (int id in ids)
        {
            _connectivity.Add(id);
        }

        _offsets.Add(_connectivity.Count);
        _sources.Add(sourceCell);
    }

    public DataModel.CellArray ToCellArray() => new(_offsets.Span.ToArray(), _connectivity.Span.ToArray());
}
