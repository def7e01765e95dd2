namespace OrleansPV.Client;

/// <summary>
/// A copy of a pipeline's output, fetched explicitly to the client for analysis (there is no
/// client-side object otherwise): the VTK XML file ParaView would write (.vti, .vtp or .vtu, appended
/// raw), and its type and counts. Save it, or read its arrays with <c>ToDataSet()</c> from the
/// OrleansPV.Client.Data package; the core SDK carries no data model.
/// </summary>
public sealed class DataObject
{
    private readonly byte[] _vtkXml;

    private DataObject(byte[] vtkXml, VtkXmlHeader header)
    {
        _vtkXml = vtkXml;
        DataSetType = header.DataSetType;
        FileExtension = header.FileExtension;
        NumberOfPoints = header.NumberOfPoints;
        NumberOfCells = header.NumberOfCells;
    }

    /// <summary>vtkImageData, vtkPolyData or vtkUnstructuredGrid.</summary>
    public string DataSetType { get; }

    /// <summary>.vti, .vtp or .vtu: the extension ParaView gives a file of <see cref="DataSetType"/>.</summary>
    public string FileExtension { get; }

    public int NumberOfPoints { get; }

    public int NumberOfCells { get; }

    /// <summary>The VTK XML file's bytes, as received.</summary>
    public ReadOnlyMemory<byte> VtkXml => _vtkXml;

    /// <summary>Bytes received from the cluster (the VTK XML file).</summary>
    public long TransferredBytes => _vtkXml.LongLength;

    /// <summary>A read-only stream over <see cref="VtkXml"/>.</summary>
    public Stream OpenRead() => new MemoryStream(_vtkXml, writable: false);

    /// <summary>Writes the VTK XML file to <paramref name="path"/> (use <see cref="FileExtension"/> for ParaView to open it).</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await File.WriteAllBytesAsync(path, _vtkXml, cancellationToken);
    }

    /// <summary>Wraps a fetched VTK XML file; <paramref name="sourceName"/> names it in errors.</summary>
    internal static DataObject FromVtkXml(byte[] vtkXml, string sourceName)
        => new(vtkXml, VtkXmlHeader.Read(vtkXml, sourceName));
}
