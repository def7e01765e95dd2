namespace OrleansPV.Processing.Filters.Contour;

/// <summary>An append-only buffer that doubles when full (amortized, no per-element allocation).</summary>
internal sealed class GrowBuffer<T>
    where T : unmanaged
{
    private T[] _items;

    public GrowBuffer(int capacity = 256)
    {
        _items = new T[Math.Max(16, capacity)];
    }

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public T this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    /// <summary>Drops the items from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    public void Add(T a, T b, T c)
    {
        if (Count + 3 > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + 3));
        }

        _items[Count] = a;
        _items[Count + 1] = b;
        _items[Count + 2] = c;
        Count += 3;
    }
}
