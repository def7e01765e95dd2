using System.Buffers;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>An array rented from the shared pool for one frame; <see cref="Return"/> gives it back.</summary>
internal struct PooledArray<T>
{
    private T[]? _array;

    public int Length { get; private set; }

    public readonly bool IsAllocated => _array is not null;

    public readonly Span<T> Span => _array is null ? [] : _array.AsSpan(0, Length);

    public readonly T[] Array => _array ?? [];

    public void Rent(int length)
    {
        Return();
        _array = ArrayPool<T>.Shared.Rent(Math.Max(length, 1));
        Length = length;
    }

    public void Return()
    {
        if (_array is not null)
        {
            ArrayPool<T>.Shared.Return(_array);
            _array = null;
            Length = 0;
        }
    }
}
