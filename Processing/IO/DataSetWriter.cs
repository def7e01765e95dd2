using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO.Legacy;
using OrleansPV.Processing.IO.Xml;

namespace OrleansPV.Processing.IO;

/// <summary>Writes a data set as a legacy (.vtk) or XML (.vti/.vtp/.vtu/.vts/.vtr, .vtm for a multiblock) VTK file, chosen by extension.</summary>
public static class DataSetWriter
{
    public static void Write(DataSet data, string path, DataSetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(path);
        bool legacy = IsLegacy(data, path);
        if (data is MultiBlockDataSet multiBlock && !legacy)
        {
            options ??= new DataSetWriterOptions();
            DataSetWriterOptionsValidator.Validate(options);
            MultiBlockWriter.Write(multiBlock, path, options);
            return;
        }

        using FileStream stream = File.Create(path);
        Write(data, stream, legacy, options);
    }

    /// <summary>Writes to a stream; <paramref name="legacy"/> picks the legacy format, otherwise the XML format of the data's type.</summary>
    public static void Write(DataSet data, Stream stream, bool legacy, DataSetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new DataSetWriterOptions();
        DataSetWriterOptionsValidator.Validate(options);
        if (legacy)
        {
            LegacyVtkWriter.Write(data, stream, binary: options.DataMode != VtkDataMode.Ascii);
        }
        else
        {
            XmlVtkWriter.Write(data, stream, options);
        }
    }

    /// <summary>The XML extension for a data set's type (.vti, .vtp or .vtu).</summary>
    public static string XmlExtension(DataSet data) => XmlVtkWriter.ExtensionFor(data);

    private static bool IsLegacy(DataSet data, string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".vtk")
        {
            return true;
        }

        string expected = XmlVtkWriter.ExtensionFor(data);
        if (extension != expected)
        {
            throw new ArgumentException($"A {data.DataSetType} is written as '.vtk' or '{expected}', not '{extension}'.", nameof(path));
        }

        return false;
    }
}
