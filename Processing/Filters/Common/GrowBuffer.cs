using System.Buffers;

namespace OrleansPV.Processing.Filters.Common;

/// <summary>
/// An append-only buffer that doubles when full (amortized, no per-element allocation). Its arrays
/// come from the shared pool: a filter's scratch geometry (a contour's, a clip's) is several times
/// its output, and fresh large arrays every run would mean a full garbage collection every other run. <see cref="Dispose"/>
/// gives the array back; a buffer never disposed just leaves it to the garbage collector.
/// </summary>
internal sealed class GrowBuffer<T> : IDisposable
    where T : unmanaged
{
    private T[] _items;

    public GrowBuffer(int capacity = 256)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));
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
            Grow(Count + 1);
        }

        _items[Count++] = item;
    }

    /// <summary>Drops the items from <paramref name="count"/> on.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    public void Add(T a, T b, T c)
    {
        if (Count + 3 > _items.Length)
        {
            Grow(Count + 3);
        }

        _items[Count] = a;
        _items[Count + 1] = b;
        _items[Count + 2] = c;
        Count += 3;
    }

    public void Dispose()
    {
        T[] items = _items;
        _items = [];
        Count = 0;
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items);
        }
    }

    private void Grow(int needed)
    {
        T[] larger = ArrayPool<T>.Shared.Rent(Math.Max(_items.Length * 2, needed));
        Span.CopyTo(larger);
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
        }

        _items = larger;
    }
}
