namespace OrleansPV.Processing.IO;

/// <summary>How <see cref="DataSetWriter"/> writes a file. The defaults are ParaView's for XML files.</summary>
public sealed class DataSetWriterOptions
{
    /// <summary>Storage of arrays. Default <see cref="VtkDataMode.Appended"/>; legacy files write BINARY for Binary and Appended.</summary>
    public VtkDataMode DataMode { get; init; } = VtkDataMode.Appended;

    /// <summary>
    /// The compressor of XML binary and appended arrays. Default <see cref="VtkCompressor.None"/>, as ParaView 5.11's
    /// SaveData writes (CompressorType None); ignored for ASCII and legacy files.
    /// </summary>
    public VtkCompressor Compressor { get; init; } = VtkCompressor.None;

    /// <summary>Shorthand: true sets <see cref="Compressor"/> to zlib, false to none.</summary>
    public bool Compress
    {
        get => Compressor != VtkCompressor.None;
        init => Compressor = value ? VtkCompressor.ZLib : VtkCompressor.None;
    }

    /// <summary>Uncompressed size of each compressed block. Default 32768 (VTK's); must be positive.</summary>
    public int BlockSize { get; init; } = 32768;

    /// <summary>Appended data as base64 text instead of raw bytes. Default false (raw, like ParaView).</summary>
    public bool AppendedBase64 { get; init; }

    /// <summary>XML byte_order BigEndian instead of LittleEndian. Default false. Legacy binary files are always big-endian.</summary>
    public bool BigEndian { get; init; }

    /// <summary>XML header_type UInt64 (ParaView 5.11's) or UInt32 when false. Default true.</summary>
    public bool HeaderUInt64 { get; init; } = true;
}

/// <summary>VTK's data compressors (the XML <c>compressor</c> attribute).</summary>
public enum VtkCompressor
{
    None,

    /// <summary>vtkZLibDataCompressor.</summary>
    ZLib,

    /// <summary>vtkLZ4DataCompressor.</summary>
    Lz4,

    /// <summary>vtkLZMADataCompressor (.xz streams).</summary>
    Lzma,
}
