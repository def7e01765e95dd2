using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrleansPV.Rendering.Rasterization;

/// <summary>Writable view of a span the preparer owns (its own pooled buffers, exposed read-only to the bands).</summary>
internal static class MemoryMarshalHelpers
{
    public static Span<T> AsWritable<T>(ReadOnlySpan<T> span)
        => MemoryMarshal.CreateSpan(ref Unsafe.AsRef(in MemoryMarshal.GetReference(span)), span.Length);
}
