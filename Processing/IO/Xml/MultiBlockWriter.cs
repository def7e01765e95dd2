using System.Security;
using System.Text;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Processing.IO.Xml;

/// <summary>
/// Writes a multiblock as vtkXMLMultiBlockDataWriter does: the .vtm index plus one serial file per leaf in a
/// folder named after it (name/name_&lt;leaf&gt;_0.ext), nested blocks as &lt;Block&gt;.
/// </summary>
internal static class MultiBlockWriter
{
    public static void Write(MultiBlockDataSet data, string path, DataSetWriterOptions options)
    {
        string baseName = Path.GetFileNameWithoutExtension(path);
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", baseName);
        Directory.CreateDirectory(folder);
        var xml = new StringBuilder();
        string headerType = options.HeaderUInt64 ? "UInt64" : "UInt32";
        xml.Append("<VTKFile type=\"vtkMultiBlockDataSet\" version=\"1.0\" byte_order=\"")
            .Append(options.BigEndian ? "BigEndian" : "LittleEndian").Append("\" header_type=\"").Append(headerType).Append("\">\n");
        xml.Append("  <vtkMultiBlockDataSet>\n");
        int leaf = 0;
        WriteBlocks(data, xml, "    ", folder, baseName, options, ref leaf);
        xml.Append("  </vtkMultiBlockDataSet>\n</VTKFile>\n");
        File.WriteAllText(path, xml.ToString());
    }

    private static void WriteBlocks(MultiBlockDataSet data, StringBuilder xml, string indent, string folder, string baseName, DataSetWriterOptions options, ref int leaf)
    {
        for (int i = 0; i < data.NumberOfBlocks; i++)
        {
            Block block = data.Blocks[i];
            string name = block.Name is null ? string.Empty : $" name=\"{SecurityElement.Escape(block.Name)}\"";
            switch (block.Data)
            {
                case MultiBlockDataSet nested:
                    xml.Append(indent).Append($"<Block index=\"{i}\"{name}>\n");
                    WriteBlocks(nested, xml, indent + "  ", folder, baseName, options, ref leaf);
                    xml.Append(indent).Append("</Block>\n");
                    break;
                case DataSet leafData:
                    string file = $"{baseName}_{leaf}_0{XmlVtkWriter.ExtensionFor(leafData)}";
                    leaf++;
                    using (FileStream stream = File.Create(Path.Combine(folder, file)))
                    {
                        XmlVtkWriter.Write(leafData, stream, options);
                    }

                    xml.Append(indent).Append($"<DataSet index=\"{i}\"{name} file=\"{SecurityElement.Escape(baseName + "/" + file)}\"/>\n");
                    break;
                default:
                    xml.Append(indent).Append($"<DataSet index=\"{i}\"{name}/>\n");
                    break;
            }
        }
    }
}
