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
            string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            WriteMultiBlock(multiBlock, Path.GetFileName(path), relative =>
            {
                string file = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                return File.Create(file);
            }, options);
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

    /// <summary>
    /// Writes a multiblock as ParaView's .vtm writer lays it out: <paramref name="vtmFileName"/> (e.g. "x.vtm") and
    /// one file per leaf, "x/x_&lt;leaf&gt;_0.ext". <paramref name="createFile"/> makes each file from its path relative
    /// to the .vtm's folder ('/'-separated); the .vtm comes last. Returns the .vtm's own byte count.
    /// </summary>
    public static long WriteMultiBlock(MultiBlockDataSet data, string vtmFileName, Func<string, Stream> createFile, DataSetWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrEmpty(vtmFileName);
        ArgumentNullException.ThrowIfNull(createFile);
        options ??= new DataSetWriterOptions();
        DataSetWriterOptionsValidator.Validate(options);
        return MultiBlockWriter.Write(data, vtmFileName, createFile, options);
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
