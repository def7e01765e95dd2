using System.Globalization;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO;

/// <summary>
/// Writes array values as text into a stream through one reused UTF-8 buffer. Floating-point values use
/// the shortest text that reads back to the same bits, so ASCII files round-trip exactly.
/// </summary>
internal sealed class AsciiValueWriter(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _used;

    public void WriteText(string text)
    {
        Flush();
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        stream.Write(bytes);
    }

    /// <summary>Values separated by spaces, <paramref name="perLine"/> per line, each line starting with <paramref name="indent"/>.</summary>
    public void WriteValues(DataArray array, int perLine, string indent = "")
    {
        switch (array)
        {
            case DataArray<float> f:
                Write(f.ReadOnlyValues, perLine, indent);
                break;
            case DataArray<double> d:
                Write(d.ReadOnlyValues, perLine, indent);
                break;
            case DataArray<int> i:
                Write(i.ReadOnlyValues, perLine, indent);
                break;
            case DataArray<long> l:
                Write(l.ReadOnlyValues, perLine, indent);
                break;
            case DataArray<byte> b:
                Write(b.ReadOnlyValues, perLine, indent);
                break;
            default:
                throw new ArgumentException($"Unsupported array type {array.GetType().Name}.", nameof(array));
        }
    }

    public void Flush()
    {
        stream.Write(_buffer, 0, _used);
        _used = 0;
    }

    private void Write<T>(ReadOnlySpan<T> values, int perLine, string indent)
        where T : IUtf8SpanFormattable, System.Numerics.INumberBase<T>
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (_buffer.Length - _used < 64 + indent.Length)
            {
                Flush();
            }

            bool lineStart = i % perLine == 0;
            if (lineStart)
            {
                _used += System.Text.Encoding.ASCII.GetBytes(indent, _buffer.AsSpan(_used));
            }

            T value = values[i];
            Span<byte> target = _buffer.AsSpan(_used);
            int written;
            if (T.IsNaN(value))
            {
                "nan"u8.CopyTo(target);
                written = 3;
            }
            else if (T.IsInfinity(value))
            {
                (T.IsNegative(value) ? "-inf"u8 : "inf"u8).CopyTo(target);
                written = T.IsNegative(value) ? 4 : 3;
            }
            else
            {
                value.TryFormat(target, out written, default, CultureInfo.InvariantCulture);
            }

            _used += written;
            _buffer[_used++] = (i % perLine == perLine - 1 || i == values.Length - 1) ? (byte)'\n' : (byte)' ';
        }
    }
}
