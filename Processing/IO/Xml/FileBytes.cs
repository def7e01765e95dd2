using Microsoft.Win32.SafeHandles;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// A file's bytes, either in memory (streams) or read on demand from an open file (paths), so large
/// appended data goes straight from the file into the arrays without a whole-file buffer.
/// </summary>
internal abstract class FileBytes : IDisposable
{
    /// <summary>Reads at least this many bytes per parallel task when copying large ranges from a file.</summary>
    private const int ParallelChunk = 8 << 20;

    public abstract long Length { get; }

    /// <summary>Fills <paramref name="destination"/> from <paramref name="offset"/>; the caller has checked the range.</summary>
    public abstract void ReadAt(long offset, Span<byte> destination);

    /// <summary>The bytes at a range, without copying when they are in memory.</summary>
    public abstract ReadOnlyMemory<byte> Slice(long offset, int count);

    public virtual void Dispose()
    {
    }

    public static FileBytes Of(byte[] data) => new MemoryBytes(data);

    public static FileBytes Open(string path) => new HandleBytes(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess));

    private sealed class MemoryBytes(byte[] data) : FileBytes
    {
        public override long Length => data.Length;

        public override void ReadAt(long offset, Span<byte> destination) => data.AsSpan(checked((int)offset), destination.Length).CopyTo(destination);

        public override ReadOnlyMemory<byte> Slice(long offset, int count) => data.AsMemory(checked((int)offset), count);
    }

    private sealed class HandleBytes(SafeFileHandle handle) : FileBytes
    {
        public override long Length { get; } = RandomAccess.GetLength(handle);

        public override unsafe void ReadAt(long offset, Span<byte> destination)
        {
            if (destination.Length < 2 * ParallelChunk)
            {
                ReadExactly(handle, offset, destination);
                return;
            }

            // Large ranges: several positional reads at once (the page cache copies faster on more cores).
            fixed (byte* start = destination)
            {
                nint address = (nint)start;
                int length = destination.Length;
                int chunks = (length + ParallelChunk - 1) / ParallelChunk;
                Parallel.For(0, chunks, c =>
                {
                    int from = c * ParallelChunk;
                    int count = Math.Min(ParallelChunk, length - from);
                    ReadExactly(handle, offset + from, new Span<byte>((byte*)address + from, count));
                });
            }
        }

        public override ReadOnlyMemory<byte> Slice(long offset, int count)
        {
            byte[] buffer = GC.AllocateUninitializedArray<byte>(count);
            ReadAt(offset, buffer);
            return buffer;
        }

        public override void Dispose() => handle.Dispose();

        private static void ReadExactly(SafeFileHandle handle, long offset, Span<byte> destination)
        {
            while (!destination.IsEmpty)
            {
                int n = RandomAccess.Read(handle, destination, offset);
                if (n == 0)
                {
                    throw new EndOfStreamException($"the file ended at byte {offset} while reading");
                }

                destination = destination[n..];
                offset += n;
            }
        }
    }
}
