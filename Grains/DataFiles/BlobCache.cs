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

    public string? TryGet(string path, string tag)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(path, out Entry? entry) || entry.Tag != tag || !File.Exists(entry.File))
            {
                return null;
            }

            entry.LastUse = ++_clock;
            return entry.File;
        }
    }

    /// <summary>Downloads through <paramref name="download"/> into a new cache file (named as the blob) and keeps it.</summary>
    public string Add(string path, string tag, long length, Action<Stream> download)
    {
        if (length > maxBytes)
        {
            throw new DataFileAccessException(path, $"the blob is {length:N0} bytes, more than this silo's blob cache holds ({maxBytes:N0}, Data:BlobCacheMaxBytes)");
        }

        // One folder per download, so the file keeps the blob's name (errors name it) and an older
        // copy being read stays readable while this one replaces it.
        string entryFolder = Path.Combine(folder, $"{Hash(path)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(entryFolder);
        string file = Path.Combine(entryFolder, path[(path.LastIndexOf('/') + 1)..]);
        using (var target = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            try
            {
                download(target);
            }
            catch
            {
                target.Dispose();
                Directory.Delete(entryFolder, recursive: true);
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
            return file;
        }
    }

    private void Drop(Entry entry)
    {
        _bytes -= entry.Length;
        Directory.Delete(Path.GetDirectoryName(entry.File)!, recursive: true);
    }

    private static string Hash(string path) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..16];

    private sealed class Entry(string tag, string file, long length)
    {
        public string Tag { get; } = tag;

        public string File { get; } = file;

        public long Length { get; } = length;

        public long LastUse { get; set; }
    }
}
