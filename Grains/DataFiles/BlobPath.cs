using OrleansPV.Processing.Sources.Readers;

namespace OrleansPV.Grains.DataFiles;

/// <summary>blob://container/path/in/container, split and checked.</summary>
internal readonly record struct BlobPath(string Container, string Name)
{
    public const string Scheme = "blob://";

    public static bool IsBlob(string path) => path.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>A relative reference inside a blob (a .vtm's block file), as a blob path beside it.</summary>
    public static string Combine(string referencingBlob, string reference)
    {
        BlobPath parsed = Parse(referencingBlob);
        int slash = parsed.Name.LastIndexOf('/');
        var parts = new List<string>(slash < 0 ? [] : parsed.Name[..slash].Split('/'));
        foreach (string part in reference.Replace('\\', '/').Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    throw new DataFileAccessException(reference, $"it leaves the container of '{referencingBlob}'");
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return $"{Scheme}{parsed.Container}/{string.Join('/', parts)}";
    }

    public static BlobPath Parse(string path)
    {
        string rest = path[Scheme.Length..];
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            throw new DataFileAccessException(path, "expected blob://container/path");
        }

        string name = rest[(slash + 1)..];
        if (name.Split('/').Any(static part => part is "." or ".." || part.Length == 0))
        {
            throw new DataFileAccessException(path, "a blob path may not contain empty, '.' or '..' parts");
        }

        return new BlobPath(rest[..slash], name);
    }
}
