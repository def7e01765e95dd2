using System.Security.Cryptography;
using System.Text;
using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataFiles;

/// <summary>
/// Downloaded blobs on this silo's disk, by path and ETag, at most <paramref name="maxBytes"/> in all:
/// adding one evicts the least recently used (a file being read stays readable: it is unlinked, not
/// truncated). A blob larger than the bound is refused with a clear error.
/// </summary>
internal sealed class BlobCache(string folder, long maxBytes)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _bytes;
    private long _clock;

    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    public Stream? TryOpen(string path, string tag)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(path, out Entry? entry) || entry.Tag != tag || !File.Exists(entry.File))
            {
                return null;
            }

            entry.LastUse = ++_clock;
            return OpenRead(entry.File);
        }
    }

    /// <summary>Downloads through <paramref name="download"/> into a new cache file, keeps it, and opens it.</summary>
    public Stream Add(string path, string tag, long length, Action<Stream> download)
    {
        if (length > maxBytes)
        {
            throw new DataFileAccessException(path, $"the blob is {length:N0} bytes, more than this silo's blob cache holds ({maxBytes:N0}, Data:BlobCacheMaxBytes)");
        }

        Directory.CreateDirectory(folder);
        string file = Path.Combine(folder, $"{Hash(path)}-{Guid.NewGuid():N}");
        using (var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            try
            {
                download(target);
            }
            catch
            {
                target.Dispose();
                File.Delete(file);
                throw;
            }
        }

        lock (_lock)
        {
            if (_entries.Remove(path, out Entry? old))
            {
                Drop(old);
            }

            while (_bytes + length > maxBytes && _entries.Count > 0)
            {
                KeyValuePair<string, Entry> oldest = _entries.MinBy(static e => e.Value.LastUse);
                _entries.Remove(oldest.Key);
                Drop(oldest.Value);
            }

            _entries[path] = new Entry(tag, file, length) { LastUse = ++_clock };
            _bytes += length;
            return OpenRead(file);
        }
    }

    private void Drop(Entry entry)
    {
        _bytes -= entry.Length;
        File.Delete(entry.File);
    }

    private static FileStream OpenRead(string file)
        => new(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..16];

    private sealed class Entry(string tag, string file, long length)
    {
        public string Tag { get; } = tag;

        public string File { get; } = file;

        public long Length { get; } = length;

        public long LastUse { get; set; }
    }
}
