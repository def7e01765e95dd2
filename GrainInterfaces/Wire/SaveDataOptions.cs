namespace OrleansPV.GrainInterfaces;

/// <summary>
/// The writer settings paraview.simple's SaveData passes on to its writer proxy, by ParaView 5.11's property
/// names and enumeration entries (text or number, as ParaView accepts both); null keeps ParaView's default.
/// XML writers (XMLImageDataWriter … XMLMultiBlockDataWriter): <see cref="DataMode"/>, <see cref="CompressorType"/>,
/// <see cref="EncodeAppendedData"/>; the legacy DataSetWriter: <see cref="FileType"/>.
/// </summary>
[GenerateSerializer, Alias("opv.SaveDataOptions"), Immutable]
public sealed record SaveDataOptions
{
    /// <summary>Ascii (0), Binary (1) or Appended (2, the default).</summary>
    [Id(0)]
    public string? DataMode { get; init; }

    /// <summary>None (0, the default), ZLib (1), LZ4 (2) or LZMA (3).</summary>
    [Id(1)]
    public string? CompressorType { get; init; }

    /// <summary>Appended data as base64 (true) or raw bytes (false, the default).</summary>
    [Id(2)]
    public bool? EncodeAppendedData { get; init; }

    /// <summary>The legacy writer's Ascii (1) or Binary (2, the default).</summary>
    [Id(3)]
    public string? FileType { get; init; }
}
