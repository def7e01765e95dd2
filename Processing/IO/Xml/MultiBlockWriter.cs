using System.Security;
using System.Text;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Writes a multiblock as vtkXMLMultiBlockDataWriter does: the .vtm index plus one serial file per leaf in a
/// folder named after it (name/name_&lt;leaf&gt;_0.ext), nested blocks as &lt;Block&gt;. Every file is made by
/// the caller's factory from its path relative to the .vtm's folder, so the same layout goes to a folder,
/// a blob container or a bundle; the .vtm is written last, once every block file it names exists.
/// </summary>
internal static class MultiBlockWriter
{
    /// <returns>The bytes of the .vtm itself.</returns>
    public static long Write(MultiBlockDataSet data, string vtmFileName, Func<string, Stream> createFile, DataSetWriterOptions options)
    {
        string baseName = Path.GetFileNameWithoutExtension(vtmFileName);
        var xml = new StringBuilder();
        string headerType = options.HeaderUInt64 ? "UInt64" : "UInt32";
        xml.Append("<VTKFile type=\"vtkMultiBlockDataSet\" version=\"1.0\" byte_order=\"")
            .Append(options.BigEndian ? "BigEndian" : "LittleEndian").Append("\" header_type=\"").Append(headerType).Append("\">\n");
        xml.Append("  <vtkMultiBlockDataSet>\n");
        int leaf = 0;
        WriteBlocks(data, xml, "    ", createFile, baseName, options, ref leaf);
        xml.Append("  </vtkMultiBlockDataSet>\n</VTKFile>\n");
        byte[] index = Encoding.UTF8.GetBytes(xml.ToString());
        using (Stream stream = createFile(Path.GetFileName(vtmFileName)))
        {
            stream.Write(index);
        }

        return index.Length;
    }

    private static void WriteBlocks(MultiBlockDataSet data, StringBuilder xml, string indent, Func<string, Stream> createFile, string baseName, DataSetWriterOptions options, ref int leaf)
    {
        for (int i = 0; i < data.NumberOfBlocks; i++)
        {
            Block block = data.Blocks[i];
            string name = block.Name is null ? string.Empty : $" name=\"{SecurityElement.Escape(block.Name)}\"";
            switch (block.Data)
            {
                case MultiBlockDataSet nested:
                    xml.Append(indent).Append($"<Block index=\"{i}\"{name}>\n");
                    WriteBlocks(nested, xml, indent + "  ", createFile, baseName, options, ref leaf);
                    xml.Append(indent).Append("</Block>\n");
                    break;
                case DataSet leafData:
                    string file = $"{baseName}/{baseName}_{leaf}_0{XmlVtkWriter.ExtensionFor(leafData)}";
                    leaf++;
                    using (Stream stream = createFile(file))
                    {
                        XmlVtkWriter.Write(leafData, stream, options);
                    }

                    xml.Append(indent).Append($"<DataSet index=\"{i}\"{name} file=\"{SecurityElement.Escape(file)}\"/>\n");
                    break;
                default:
                    xml.Append(indent).Append($"<DataSet index=\"{i}\"{name}/>\n");
                    break;
            }
        }
    }
}
