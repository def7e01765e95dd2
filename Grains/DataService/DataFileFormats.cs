using OrleansPV.GrainInterfaces;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.IO;

namespace OrleansPV.Grains.DataService;

/// <summary>SaveData's choice of format by extension, and ParaView 5.11's writer defaults.</summary>
internal static class DataFileFormats
{
    /// <summary>
    /// The writer options for SaveData's settings: ParaView 5.11's writer defaults (XML: appended data, raw
    /// (EncodeAppendedData 0), no compressor (CompressorType 0), UInt64 headers; legacy: binary, FileType 2),
    /// changed by each setting given. A value
    /// that is not one of the writer property's enumeration entries (text or number), or a setting the chosen
    /// writer does not have, is a <see cref="DataFileException"/> naming the property, the value and what it takes.
    /// </summary>
    public static DataSetWriterOptions WriterOptions(SaveDataOptions settings, bool legacy, string what)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (legacy && (settings.DataMode is not null || settings.CompressorType is not null || settings.EncodeAppendedData is not null))
        {
            throw new DataFileException($"{what}: DataMode, CompressorType and EncodeAppendedData are XML writer properties; the legacy DataSetWriter takes FileType (Ascii or Binary).");
        }

        if (!legacy && settings.FileType is not null)
        {
            throw new DataFileException($"{what}: FileType is the legacy DataSetWriter's property; XML writers take DataMode (Ascii, Binary, Appended).");
        }

        VtkDataMode mode = legacy
            ? Entry(settings.FileType, "FileType", what, [("Ascii", 1, VtkDataMode.Ascii), ("Binary", 2, VtkDataMode.Binary)], VtkDataMode.Binary)
            : Entry(settings.DataMode, "DataMode", what, [("Ascii", 0, VtkDataMode.Ascii), ("Binary", 1, VtkDataMode.Binary), ("Appended", 2, VtkDataMode.Appended)], VtkDataMode.Appended);
        VtkCompressor compressor = Entry(
            settings.CompressorType,
            "CompressorType",
            what,
            [("None", 0, VtkCompressor.None), ("ZLib", 1, VtkCompressor.ZLib), ("LZ4", 2, VtkCompressor.Lz4), ("LZMA", 3, VtkCompressor.Lzma)],
            VtkCompressor.None);
        return new DataSetWriterOptions
        {
            DataMode = mode,
            Compressor = compressor,
            AppendedBase64 = settings.EncodeAppendedData ?? false,
            HeaderUInt64 = true,
        };
    }

    /// <summary>An enumeration property's value by its text (case-insensitive) or number, as vtkSMEnumerationDomain accepts it.</summary>
    private static T Entry<T>(string? value, string property, string what, (string Text, int Number, T Value)[] entries, T fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        foreach ((string text, int number, T result) in entries)
        {
            if (string.Equals(value.Trim(), text, StringComparison.OrdinalIgnoreCase) || value.Trim() == number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return result;
            }
        }

        throw new DataFileException($"{what}: {property} '{value}' is not one of {string.Join(", ", entries.Select(static e => $"{e.Text} ({e.Number})"))}.");
    }

    /// <summary>True for .vtk; false for the XML extension of the data's type; a clear error for anything else.</summary>
    public static bool IsLegacy(string path, DataSet data, string proxyLabel)
    {
        string extension = Extension(path);
        if (extension == ".vtk")
        {
            return data is MultiBlockDataSet
                ? throw new DataFileException($"SaveData of {proxyLabel} to '{path}': a {data.DataSetType} is saved as .vtm, not as a legacy .vtk.")
                : true;
        }

        string xml = DataSetWriter.XmlExtension(data);
        if (extension == xml)
        {
            return false;
        }

        throw new DataFileException(
            $"SaveData of {proxyLabel} to '{path}': no writer for '{(extension.Length == 0 ? "(no extension)" : extension)}' and {data.DataSetType}; use .vtk (legacy) or {xml} (VTK XML).");
    }

    private static string Extension(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        int dot = path.LastIndexOf('.');
        return dot > slash ? path[dot..].ToLowerInvariant() : string.Empty;
    }
}
