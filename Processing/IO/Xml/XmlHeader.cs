using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// The XML part of a VTK XML file: everything before &lt;AppendedData&gt; (the appended bytes are not XML),
/// read from the start of the file only, so header-only reads never touch the data.
/// </summary>
internal sealed class XmlHeader
{
    private const int ChunkSize = 1 << 16;

    private XmlHeader(XElement root, long appendedTag)
    {
        Root = root;
        AppendedTag = appendedTag;
    }

    public XElement Root { get; }

    /// <summary>Byte offset of "&lt;AppendedData", or -1.</summary>
    public long AppendedTag { get; }

    public static XmlHeader Load(FileBytes file, string fileName)
    {
        (byte[] xml, long appendedTag) = ReadXmlPart(file);
        XElement root = Parse(xml, appendedTag >= 0, fileName);
        return new XmlHeader(root, appendedTag);
    }

    /// <summary>Parses XML text; <paramref name="closeRoot"/> appends &lt;/VTKFile&gt; for files cut at the appended data.</summary>
    public static XElement Parse(byte[] xml, bool closeRoot, string fileName)
    {
        try
        {
            using var stream = new MemoryStream(xml.Length + 16);
            stream.Write(xml);
            if (closeRoot)
            {
                stream.Write("</VTKFile>"u8);
            }

            stream.Position = 0;
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException ex)
        {
            throw new VtkFileFormatException(fileName, $"line {ex.LineNumber}", $"not well-formed XML ({ex.Message})", ex);
        }
        catch (DecoderFallbackException ex)
        {
            throw new VtkFileFormatException(fileName, "XML text", "the XML text is not valid UTF-8", ex);
        }
    }

    /// <summary>Reads chunks until the appended-data tag (or the end of the file).</summary>
    private static (byte[] Xml, long AppendedTag) ReadXmlPart(FileBytes file)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        ReadOnlySpan<byte> marker = "<AppendedData"u8;
        long offset = 0;
        while (offset < file.Length)
        {
            int count = (int)Math.Min(ChunkSize, file.Length - offset);
            file.ReadAt(offset, chunk.AsSpan(0, count));
            long kept = buffer.Length;
            buffer.Write(chunk, 0, count);
            offset += count;

            // Search the new bytes plus the marker's length before them (a marker may straddle chunks).
            int from = (int)Math.Max(0, kept - marker.Length);
            int found = buffer.GetBuffer().AsSpan(from, (int)buffer.Length - from).IndexOf(marker);
            if (found >= 0)
            {
                int at = from + found;
                return (buffer.GetBuffer().AsSpan(0, at).ToArray(), at);
            }
        }

        return (buffer.ToArray(), -1);
    }
}
