namespace OrleansPV.Client;

/// <summary>
/// A copy of a pipeline's output, fetched explicitly to the client for analysis (there is no
/// client-side object otherwise): the VTK XML file ParaView would write (.vti, .vtp, .vtu, .vts or .vtr,
/// appended raw), and its type and counts. A multiblock arrives whole as ParaView's SaveData writes it:
/// a .vtm and its folder of block files (<see cref="Blocks"/>, <see cref="PartNames"/>). Save it, or read
/// its arrays with <c>ToDataSet()</c> from the OrleansPV.Client.Data package; the core SDK carries no data model.
/// </summary>
public sealed class DataObject
{
    internal const string MultiBlockType = "vtkMultiBlockDataSet";

    private readonly byte[] _vtkXml;
    private readonly MultiBlockBundle? _bundle;
    private readonly long _transferredBytes;

    private DataObject(byte[] vtkXml, VtkXmlHeader header)
    {
        _vtkXml = vtkXml;
        _transferredBytes = vtkXml.LongLength;
        DataSetType = header.DataSetType;
        FileExtension = header.FileExtension;
        NumberOfPoints = header.NumberOfPoints;
        NumberOfCells = header.NumberOfCells;
        Blocks = [];
    }

    private DataObject(MultiBlockBundle bundle, long transferredBytes)
    {
        _bundle = bundle;
        _vtkXml = bundle.Index;
        _transferredBytes = transferredBytes;
        DataSetType = MultiBlockType;
        FileExtension = ".vtm";
        Blocks = bundle.Blocks;
        NumberOfPoints = checked(Blocks.Sum(b => b.NumberOfPoints));
        NumberOfCells = checked(Blocks.Sum(b => b.NumberOfCells));
    }

    /// <summary>vtkImageData, vtkPolyData, vtkUnstructuredGrid, vtkStructuredGrid, vtkRectilinearGrid or vtkMultiBlockDataSet.</summary>
    public string DataSetType { get; }

    /// <summary>.vti, .vtp, .vtu, .vts, .vtr or .vtm: the extension ParaView gives a file of <see cref="DataSetType"/>.</summary>
    public string FileExtension { get; }

    /// <summary>The points (of every leaf, for a multiblock, as ParaView's data information counts them).</summary>
    public int NumberOfPoints { get; }

    /// <summary>The cells (of every leaf, for a multiblock).</summary>
    public int NumberOfCells { get; }

    /// <summary>True for a multiblock: <see cref="Blocks"/> lists its blocks, <see cref="VtkXml"/> is its .vtm.</summary>
    public bool IsMultiBlock => _bundle is not null;

    /// <summary>A multiblock's blocks in order (leaves, nested multiblocks, empty blocks); empty otherwise.</summary>
    public IReadOnlyList<DataObjectBlock> Blocks { get; }

    /// <summary>A multiblock's block files, relative to its .vtm ("data/data_0_0.vti"); empty otherwise.</summary>
    public IReadOnlyList<string> PartNames => _bundle?.PartNames ?? [];

    /// <summary>The VTK XML file's bytes, as received; for a multiblock, its .vtm.</summary>
    public ReadOnlyMemory<byte> VtkXml => _vtkXml;

    /// <summary>Bytes received from the cluster (the VTK XML file, or a multiblock's bundle of files).</summary>
    public long TransferredBytes => _transferredBytes;

    /// <summary>A read-only stream over <see cref="VtkXml"/>.</summary>
    public Stream OpenRead() => new MemoryStream(_vtkXml, writable: false);

    /// <summary>A read-only stream over one of a multiblock's block files (a name from <see cref="PartNames"/>).</summary>
    public Stream OpenRead(string partName)
    {
        ArgumentNullException.ThrowIfNull(partName);
        return _bundle is not null && _bundle.Parts.TryGetValue(partName, out byte[]? part)
            ? new MemoryStream(part, writable: false)
            : throw new ArgumentException($"The fetched {DataSetType} has no file '{partName}'{(_bundle is null ? string.Empty : $"; it has {string.Join(", ", _bundle.PartNames)}")}.", nameof(partName));
    }

    /// <summary>
    /// Writes the VTK XML file to <paramref name="path"/> (use <see cref="FileExtension"/> for ParaView to open it).
    /// A multiblock is written as ParaView's SaveData writes one: "x.vtm" and a folder "x" beside it holding
    /// x_0_0.vti and the other block files, which the .vtm names.
    /// </summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (_bundle is null)
        {
            await File.WriteAllBytesAsync(path, _vtkXml, cancellationToken);
            return;
        }

        await MultiBlockFiles.SaveAsync(_bundle, path, cancellationToken);
    }

    /// <summary>Wraps fetched bytes: a serial VTK XML file, or a multiblock's bundle; <paramref name="sourceName"/> names it in errors.</summary>
    internal static DataObject FromFetched(byte[] fetched, string sourceName)
        => MultiBlockBundle.IsBundle(fetched) ? new DataObject(MultiBlockBundle.Read(fetched, sourceName), fetched.LongLength) : FromVtkXml(fetched, sourceName);

    /// <summary>Wraps a fetched VTK XML file; <paramref name="sourceName"/> names it in errors.</summary>
    internal static DataObject FromVtkXml(byte[] vtkXml, string sourceName)
        => new(vtkXml, VtkXmlHeader.Read(vtkXml, sourceName));
}
