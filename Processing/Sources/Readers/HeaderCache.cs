using OrleansPV.Processing.IO;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>A reader's file headers by path, each kept while the file's version tag is unchanged.</summary>
internal sealed class HeaderCache(IDataFileStore files)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string Tag, VtkFileInformation Header)> _headers = new(StringComparer.Ordinal);

    /// <summary>The header read last for <paramref name="path"/>, without I/O, or null.</summary>
    public VtkFileInformation? Cached(string path)
    {
        lock (_lock)
        {
            return _headers.TryGetValue(path, out var known) ? known.Header : null;
        }
    }

    public VtkFileInformation Get(string path, Func<VtkFileInformation> read, CancellationToken cancellationToken)
    {
        DataFileVersion version = files.Probe(path, cancellationToken);
        lock (_lock)
        {
            if (_headers.TryGetValue(path, out var known) && known.Tag == version.Tag)
            {
                return known.Header;
            }
        }

        VtkFileInformation header = read();

        lock (_lock)
        {
            _headers[path] = (version.Tag, header);
        }

        return header;
    }

    public void Clear()
    {
        lock (_lock)
        {
            _headers.Clear();
        }
    }
}
