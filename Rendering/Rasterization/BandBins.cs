namespace OrleansPV.Rendering.Rasterization;

/// <summary>
/// Primitives sorted into horizontal bands by a counting sort: band b's primitives are
/// Items[Start[b] .. Start[b + 1]) in the order given, so every band sees the same order at any
/// thread count.
/// </summary>
internal struct BandBins
{
    /// <summary>Primitives per chunk of the parallel build (small enough for the cores to share the chunks evenly).</summary>
    public const int ChunkSize = 16384;

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

    /// <summary>
    /// The same counting sort over chunks of the sequence in parallel: each chunk counts its
    /// primitives per band, offsets run band by band through the chunks in order, and each chunk
    /// fills its own slots, so the result equals <see cref="Build"/>'s at any thread count.
    /// </summary>
    /// <param name="order">Primitive order, or null for ascending ids.</param>
    public void BuildParallel(int[] firstBand, int[] lastBand, int[]? order, int count, int bandCount, ParallelOptions options)
    {
        int chunks = (count + ChunkSize - 1) / ChunkSize;
        var counts = new PooledArray<int>();
        counts.Rent(chunks * bandCount);
        try
        {
            int[] perChunk = counts.Array;
            Array.Clear(perChunk, 0, chunks * bandCount);
            Parallel.For(0, chunks, options, chunk =>
            {
                int end = Math.Min(count, (chunk + 1) * ChunkSize), row = chunk * bandCount;
                for (int i = chunk * ChunkSize; i < end; i++)
                {
                    int id = order is null ? i : order[i];
                    for (int b = firstBand[id]; b >= 0 && b <= lastBand[id]; b++)
                    {
                        perChunk[row + b]++;
                    }
                }
            });

            BuildFromCounts(firstBand, lastBand, order, perChunk, count, bandCount, options);
        }
        finally
        {
            counts.Return();
        }
    }

    /// <summary>
    /// <see cref="BuildParallel"/> with the per-chunk band counts already taken (by whoever computed
    /// the bands, chunks of <see cref="ChunkSize"/> primitives); <paramref name="perChunk"/> is overwritten.
    /// </summary>
    public void BuildFromCounts(int[] firstBand, int[] lastBand, int[]? order, int[] perChunk, int count, int bandCount, ParallelOptions options)
    {
        int chunks = (count + ChunkSize - 1) / ChunkSize;
        _start.Rent(bandCount + 1);
        Span<int> start = _start.Span;
        int running = 0;
        for (int b = 0; b < bandCount; b++)
        {
            start[b] = running;
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                int n = perChunk[(chunk * bandCount) + b];
                perChunk[(chunk * bandCount) + b] = running;
                running = checked(running + n);
            }
        }

        start[bandCount] = running;
        _items.Rent(running);
        int[] items = _items.Array;
        Parallel.For(0, chunks, options, chunk =>
        {
            int end = Math.Min(count, (chunk + 1) * ChunkSize), row = chunk * bandCount;
            for (int i = chunk * ChunkSize; i < end; i++)
            {
                int id = order is null ? i : order[i];
                for (int b = firstBand[id]; b >= 0 && b <= lastBand[id]; b++)
                {
                    items[perChunk[row + b]++] = id;
                }
            }
        });
    }

    public void Return()
    {
        _start.Return();
        _items.Return();
    }
}
