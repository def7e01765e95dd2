using OrleansPV.Definitions;

namespace OrleansPV.Client;

/// <summary>
/// ParaView's reader factory (vtkSMReaderFactory): the reader proxy for a file is the source whose
/// <c>Hints/ReaderFactory</c> lists the file's extension, and its file property is the one with a
/// <c>FileListDomain</c>. Works for plugins' readers too: their XML carries the same hints.
/// </summary>
internal static class ReaderFactory
{
    /// <summary>The reader definition for <paramref name="path"/>; a <see cref="DataFileException"/> naming the extension and the known ones if none.</summary>
    public static ProxyDefinition ReaderFor(DefinitionManager definitions, string path)
    {
        string name = FileName(path);
        var readers = Readers(definitions).ToList();

        // The longest matching extension wins (vtm.series before vtm), as ParaView tries them.
        (ProxyDefinition Definition, string Extension)? best = null;
        foreach ((ProxyDefinition definition, IReadOnlyList<string> extensions) in readers)
        {
            foreach (string extension in extensions)
            {
                if (name.EndsWith("." + extension, StringComparison.OrdinalIgnoreCase) && (best is null || extension.Length > best.Value.Extension.Length))
                {
                    best = (definition, extension);
                }
            }
        }

        if (best is { } found)
        {
            return found.Definition;
        }

        int dot = name.LastIndexOf('.');
        string shown = dot < 0 ? "no extension" : $"extension '{name[dot..]}'";
        string known = string.Join(", ", readers.SelectMany(static r => r.Extensions).Where(static e => !e.Contains('.', StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).Select(static e => "." + e));
        throw new DataFileException($"OpenDataFile('{path}'): no reader for {shown}. Readers exist for: {known}.");
    }

    /// <summary>The property a reader takes its file name(s) in: the first with a FileListDomain.</summary>
    public static PropertyDefinition FileProperty(ProxyDefinition reader)
        => reader.Properties.FirstOrDefault(static p => !p.InformationOnly && p.Domains.Any(static d => d.ElementName == "FileListDomain"))
            ?? throw new DataFileException($"Reader {reader.Label} ({reader}) has no property with a FileListDomain to take a file name.");

    /// <summary>The last part of a local path or a blob:// path.</summary>
    public static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path[(slash + 1)..];
    }

    private static IEnumerable<(ProxyDefinition Definition, IReadOnlyList<string> Extensions)> Readers(DefinitionManager definitions)
    {
        foreach (ProxyDefinition definition in definitions.All.Where(static d => d.Group == "sources" && d.Hints is not null))
        {
            foreach (var factory in definition.Hints!.Elements("ReaderFactory"))
            {
                string? extensions = (string?)factory.Attribute("extensions");
                if (!string.IsNullOrWhiteSpace(extensions))
                {
                    yield return (definition, extensions.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }
    }
}
