using OrleansPV.Processing.IO;

namespace OrleansPV.Processing.Sources.Readers;

/// <summary>An algorithm that reads files: its header for information properties, and ParaView's Reload Files.</summary>
public interface IFileReader
{
    /// <summary>The first file's header without reading its arrays; blocks on I/O.</summary>
    VtkFileInformation ReadHeader(CancellationToken cancellationToken);

    /// <summary>Point arrays turned on and off, as (name, "0"/"1") pairs.</summary>
    IReadOnlyList<string> PointArrayStatus { get; }

    /// <summary>Cell arrays turned on and off, as (name, "0"/"1") pairs.</summary>
    IReadOnlyList<string> CellArrayStatus { get; }

    /// <summary>Makes the next update read the files again.</summary>
    void Reload();
}
