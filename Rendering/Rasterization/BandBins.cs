namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// Primitives sorted into horizontal bands by a counting sort: band b's primitives are
/// Items[Start[b] .. Start[b + 1]) in the order given, so every band sees the same order at any
/// thread count.
/// </summary>
internal struct BandBins
{
    private PooledArray<int> _start;
    private PooledArray<int> _items;

    public readonly ReadOnlySpan<int> Band(int band) => _items.Span[_start.Span[band].._start.Span[band + 1]];

    /// <param name="firstBand">First band of each primitive, or −1 for one that touches no pixel.</param>
    /// <param name="lastBand">Last band of each primitive.</param>
    /// <param name="order">Primitive order (e.g. back to front), or empty for ascending ids.</param>
    /// <param name="bandCount">Number of bands.</param>
    public void Build(ReadOnlySpan<int> firstBand, ReadOnlySpan<int> lastBand, ReadOnlySpan<int> order, int bandCount)
    {
        _start.Rent(bandCount + 1);
        Span<int> start = _start.Span;
        start.Clear();
        int count = order.IsEmpty ? firstBand.Length : order.Length;
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            int id = order.IsEmpty ? i : order[i];
            int first = firstBand[id];
            if (first < 0)
            {
                continue;
            }

            for (int b = first; b <= lastBand[id]; b++)
            {
                start[b + 1]++;
            }

            total += lastBand[id] - first + 1;
        }

        for (int b = 0; b < bandCount; b++)
        {
            start[b + 1] += start[b];
        }

        _items.Rent(checked((int)total));
        Span<int> items = _items.Span;
        Span<int> cursor = bandCount <= 256 ? stackalloc int[bandCount] : new int[bandCount];
        start[..bandCount].CopyTo(cursor);
        for (int i = 0; i < count; i++)
        {
            int id = order.IsEmpty ? i : order[i];
            int first = firstBand[id];
            if (first < 0)
            {
                continue;
            }

            for (int b = first; b <= lastBand[id]; b++)
            {
                items[cursor[b]++] = id;
            }
        }
    }

    public void Return()
    {
        _start.Return();
        _items.Return();
    }
}
