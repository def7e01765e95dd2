using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace OrleansPV.Silo.Web;

/// <summary>
/// The page's files, embedded in the silo assembly (wwwroot/…), so the page is served the same from
/// `dotnet run`, a build output or a published folder, whatever the working directory.
/// </summary>
internal sealed class WebAssets
{
    private const string Prefix = "wwwroot/";
    private readonly FrozenDictionary<string, (byte[] Bytes, string ContentType)> _files;

    public WebAssets(Assembly assembly)
    {
        var types = new FileExtensionContentTypeProvider();
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            string path = name[Prefix.Length..].Replace('\\', '/');
            string contentType = types.TryGetContentType(path, out string? type) ? type : "application/octet-stream";
            if (contentType.StartsWith("text/", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal))
            {
                contentType = path.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8" : contentType + "; charset=utf-8";
            }

            files[path] = (copy.ToArray(), contentType);
        }

        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IResult Serve(string? path, HttpContext context)
    {
        string key = string.IsNullOrEmpty(path) ? "index.html" : path;
        if (!_files.TryGetValue(key, out var file))
        {
            return Results.NotFound($"No page file '{key}'.");
        }

        // The page is small and changes with the silo: always revalidated, never stale after an upgrade.
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(file.Bytes, file.ContentType);
    }
}
