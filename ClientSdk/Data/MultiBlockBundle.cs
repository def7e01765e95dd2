using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace OrleansPV.Client;

/// <summary>
/// A fetched multiblock as the data service sends it: a zip (entries stored, not compressed) holding the
/// .vtm and its folder of block files, the layout ParaView's SaveData writes (data.vtm, data/data_0_0.vti …).
/// </summary>
internal sealed class MultiBlockBundle
{
    private MultiBlockBundle(string indexName, byte[] index, IReadOnlyDictionary<string, byte[]> parts, IReadOnlyList<string> partNames, IReadOnlyList<DataObjectBlock> blocks)
    {
        IndexName = indexName;
        Index = index;
        Parts = parts;
        PartNames = partNames;
        Blocks = blocks;
    }

    /// <summary>The .vtm's name in the bundle ("data.vtm").</summary>
    public string IndexName { get; }

    public byte[] Index { get; }

    /// <summary>The block files by their path relative to the .vtm ("data/data_0_0.vti").</summary>
    public IReadOnlyDictionary<string, byte[]> Parts { get; }

    public IReadOnlyList<string> PartNames { get; }

    public IReadOnlyList<DataObjectBlock> Blocks { get; }

    public static bool IsBundle(ReadOnlySpan<byte> bytes) => bytes.StartsWith("PK\u0003\u0004"u8);

    public static MultiBlockBundle Read(byte[] bytes, string sourceName)
    {
        string? indexName = null;
        byte[]? index = null;
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var partNames = new List<string>();
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                byte[] content = Content(entry, bytes.Length, sourceName);
                if (!entry.FullName.Contains('/', StringComparison.Ordinal) && entry.FullName.EndsWith(".vtm", StringComparison.Ordinal))
                {
                    if (indexName is not null)
                    {
                        throw new ProtocolException($"{sourceName}: the fetched multiblock has two .vtm files ('{indexName}', '{entry.FullName}').");
                    }

                    (indexName, index) = (entry.FullName, content);
                }
                else
                {
                    parts.Add(entry.FullName, content);
                    partNames.Add(entry.FullName);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ProtocolException($"{sourceName}: the fetched multiblock is not a readable zip ({ex.Message}).", ex);
        }

        if (indexName is null || index is null)
        {
            throw new ProtocolException($"{sourceName}: the fetched multiblock has no .vtm file.");
        }

        string folder = Path.GetFileNameWithoutExtension(indexName) + "/";
        if (partNames.FirstOrDefault(p => !p.StartsWith(folder, StringComparison.Ordinal) || p.IndexOf('/', folder.Length) >= 0) is { } stray)
        {
            throw new ProtocolException($"{sourceName}: the fetched multiblock's file '{stray}' is not in its block folder '{folder}'.");
        }

        IReadOnlyList<DataObjectBlock> blocks = ReadIndexFile(index, parts, $"{sourceName} ({indexName})");
        return new MultiBlockBundle(indexName, index, parts, partNames, blocks);
    }

    private static byte[] Content(ZipArchiveEntry entry, long bundleLength, string sourceName)
    {
        string name = entry.FullName;
        if (name.Length == 0 || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Split('/').Any(static p => p is "" or "." or ".."))
        {
            throw new ProtocolException($"{sourceName}: the fetched multiblock holds a file named '{name}', not a plain relative path.");
        }

        // Stored entries only: their sizes are bounded by the bytes received, so nothing expands.
        if (entry.Length != entry.CompressedLength || entry.Length > bundleLength)
        {
            throw new ProtocolException($"{sourceName}: the fetched multiblock's file '{name}' is compressed or larger than the bundle ({entry.Length:N0} bytes).");
        }

        var content = new byte[entry.Length];
        using Stream stream = entry.Open();
        stream.ReadExactly(content);
        return content;
    }

    private static List<DataObjectBlock> ReadIndexFile(byte[] index, IReadOnlyDictionary<string, byte[]> parts, string sourceName)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(index, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new ProtocolException($"{sourceName}: not well-formed XML ({ex.Message}).", ex);
        }

        XElement? root = document.Root?.Element("vtkMultiBlockDataSet");
        if (document.Root is not { Name.LocalName: "VTKFile" } || (string?)document.Root.Attribute("type") != DataObject.MultiBlockType || root is null)
        {
            throw new ProtocolException($"{sourceName}: not a <VTKFile type=\"vtkMultiBlockDataSet\"> file.");
        }

        return ReadBlocks(root, parts, sourceName);
    }

    private static List<DataObjectBlock> ReadBlocks(XElement parent, IReadOnlyDictionary<string, byte[]> parts, string sourceName)
    {
        var blocks = new List<DataObjectBlock?>();
        foreach (XElement element in parent.Elements())
        {
            int index = BlockIndex(element, blocks.Count, sourceName);
            string? name = (string?)element.Attribute("name");
            DataObjectBlock block = element.Name.LocalName switch
            {
                "Block" => new DataObjectBlock(name, data: null, ReadBlocks(element, parts, sourceName), fileName: null),
                "DataSet" when (string?)element.Attribute("file") is { } file => new DataObjectBlock(name, Leaf(file, parts, sourceName), blocks: null, file),
                "DataSet" => new DataObjectBlock(name, data: null, blocks: null, fileName: null),
                _ => throw new ProtocolException($"{sourceName}: unexpected element <{element.Name.LocalName}> in a multiblock."),
            };
            while (blocks.Count <= index)
            {
                blocks.Add(null);
            }

            blocks[index] = block;
        }

        return [.. blocks.Select(static b => b ?? new DataObjectBlock(null, null, null, null))];
    }

    private static int BlockIndex(XElement element, int next, string sourceName)
    {
        string? text = (string?)element.Attribute("index");
        if (text is null)
        {
            return next;
        }

        // VTK places a block by its index; a gap is empty blocks, so the index is bounded by what the file could mean.
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < next + 4096
            ? index
            : throw new ProtocolException($"{sourceName}: <{element.Name.LocalName} index=\"{text}\"> is not a block index.");
    }

    private static DataObject Leaf(string file, IReadOnlyDictionary<string, byte[]> parts, string sourceName)
        => parts.TryGetValue(file, out byte[]? content)
            ? DataObject.FromVtkXml(content, $"{sourceName} block '{file}'")
            : throw new ProtocolException($"{sourceName}: block file '{file}' is not in the fetched multiblock.");
}
