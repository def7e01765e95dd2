using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace OrleansPV.Client;

/// <summary>
/// Saves a fetched multiblock as ParaView's SaveData lays one out on disk: "x.vtm" and the folder "x"
/// beside it with "x_&lt;leaf&gt;_0.ext" per leaf; the block files are renamed after the chosen name and
/// the .vtm's file="…" references follow them.
/// </summary>
internal static class MultiBlockFiles
{
    public static async Task SaveAsync(MultiBlockBundle bundle, string path, CancellationToken cancellationToken)
    {
        string oldBase = Path.GetFileNameWithoutExtension(bundle.IndexName);
        string newBase = Path.GetFileNameWithoutExtension(path);
        if (newBase.Length == 0)
        {
            throw new ArgumentException($"'{path}' has no file name for the .vtm and its block folder.", nameof(path));
        }

        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", newBase);
        Directory.CreateDirectory(folder);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string part in bundle.PartNames)
        {
            string file = part[(oldBase.Length + 1)..];
            string newFile = file.StartsWith(oldBase + "_", StringComparison.Ordinal) ? newBase + file[oldBase.Length..] : file;
            renamed[part] = $"{newBase}/{newFile}";
            await File.WriteAllBytesAsync(Path.Combine(folder, newFile), bundle.Parts[part], cancellationToken);
        }

        await File.WriteAllBytesAsync(path, Renamed(bundle.Index, renamed), cancellationToken);
    }

    /// <summary>The .vtm with each file="…" changed to the block file's new name.</summary>
    private static byte[] Renamed(byte[] index, Dictionary<string, string> renamed)
    {
        using var reader = XmlReader.Create(new MemoryStream(index, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        XDocument document = XDocument.Load(reader);
        foreach (XAttribute file in document.Descendants().Attributes("file"))
        {
            if (renamed.TryGetValue(file.Value, out string? name))
            {
                file.Value = name;
            }
        }

        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = true }))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }
}
