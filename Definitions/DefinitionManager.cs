using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OrleansPV.Definitions;

/// <summary>
/// The proxy definitions both client and silo load: ParaView's XML format, the built-in
/// definitions plus plugins loaded at run time. Reads are lock-free over an immutable snapshot;
/// a load builds a new snapshot and swaps it in, so a failed load changes nothing.
/// </summary>
public sealed partial class DefinitionManager
{
    private const string ResourcePrefix = "OrleansPV.Definitions.";

    private readonly ILogger _logger;
    private readonly Lock _loadLock = new();
    private DefinitionSnapshot _snapshot = DefinitionSnapshot.Empty;

    public DefinitionManager(ILogger? logger = null)
    {
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>A manager holding the built-in definitions (sources, filters, implicit functions, views, representations).</summary>
    public static DefinitionManager CreateDefault(ILogger? logger = null)
    {
        var manager = new DefinitionManager(logger);
        var assembly = typeof(DefinitionManager).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(static n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var files = names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return XmlDefinitionReader.Read(reader, name);
        }).ToArray();
        manager.Load(files);
        return manager;
    }

    /// <summary>
    /// Every top-level definition that resolves, in (group, name) order; unresolvable ones are logged and
    /// skipped. Inline sub-proxy definitions are parts of their owner, found by <see cref="Get"/> only.
    /// </summary>
    public IEnumerable<ProxyDefinition> All
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            foreach (var proxy in snapshot.Proxies.Values
                .Where(static p => !p.IsInline)
                .OrderBy(static p => p.Key.Group, StringComparer.Ordinal)
                .ThenBy(static p => p.Key.Name, StringComparer.Ordinal))
            {
                ProxyDefinition? definition;
                try
                {
                    definition = Resolve(snapshot, proxy);
                }
                catch (DefinitionException e)
                {
                    LogUnresolved(_logger, proxy.Key.Group, proxy.Key.Name, e.Message);
                    definition = null;
                }

                if (definition is not null)
                {
                    yield return definition;
                }
            }
        }
    }

    /// <summary>The names of the loaded proxy groups.</summary>
    public IEnumerable<string> Groups => Volatile.Read(ref _snapshot).Groups.Keys.Order(StringComparer.Ordinal);

    /// <summary>Loads a ServerManagerConfiguration document (a plugin); all or nothing.</summary>
    public void Load(string xml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StringReader(xml);
        Load([XmlDefinitionReader.Read(reader, sourceName)]);
    }

    /// <summary>Loads a ServerManagerConfiguration document from a stream (UTF-8 unless declared); all or nothing.</summary>
    public void Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        Load([XmlDefinitionReader.Read(reader, sourceName)]);
    }

    /// <summary>The definition of (group, name); throws <see cref="DefinitionException"/> listing close names when unknown.</summary>
    public ProxyDefinition Get(string group, string name)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(name);
        var snapshot = Volatile.Read(ref _snapshot);
        if (!snapshot.TryFind(group, name, out var proxy))
        {
            throw new DefinitionException(UnknownProxyMessage(snapshot, group, name));
        }

        return Resolve(snapshot, proxy);
    }

    /// <summary>Like <see cref="Get"/>, false when there is no such definition or it does not resolve.</summary>
    public bool TryGet(string group, string name, out ProxyDefinition definition)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (group is not null && name is not null && snapshot.TryFind(group, name, out var proxy))
        {
            try
            {
                definition = Resolve(snapshot, proxy);
                return true;
            }
            catch (DefinitionException e)
            {
                LogUnresolved(_logger, group, name, e.Message);
            }
        }

        definition = null!;
        return false;
    }

    private ProxyDefinition Resolve(DefinitionSnapshot snapshot, RawProxy proxy)
    {
        var ignored = new IgnoredElements();
        try
        {
            return snapshot.Resolve(proxy, ignored);
        }
        catch (UnresolvedDefinitionException e)
        {
            throw new DefinitionException(e.Message, e.SourceName, e.LineNumber);
        }
        finally
        {
            LogIgnored(ignored);
        }
    }

    private void Load(IReadOnlyList<ParsedFile> files)
    {
        lock (_loadLock)
        {
            var candidate = _snapshot;
            foreach (var file in files)
            {
                candidate = candidate.With(file);
            }

            // Resolve everything against the new snapshot, so an error this load brings in (also in
            // a definition that inherits from or contains a replaced one) fails the load and changes
            // nothing. A reference to a definition not loaded yet is tolerated and noted once.
            var loaded = files.SelectMany(static f => f.Proxies).Select(static p => p.Key).ToHashSet();
            var ignored = new IgnoredElements();
            var alreadyReported = new IgnoredElements();
            foreach (var proxy in candidate.Proxies.Values.OrderBy(p => loaded.Contains(p.Key) ? 0 : 1))
            {
                try
                {
                    candidate.Resolve(proxy, loaded.Contains(proxy.Key) ? ignored : alreadyReported);
                }
                catch (UnresolvedDefinitionException e) when (loaded.Contains(proxy.Key))
                {
                    LogUnresolved(_logger, proxy.Key.Group, proxy.Key.Name, e.Message);
                }
                catch (UnresolvedDefinitionException)
                {
                    // Already reported when it was loaded.
                }
            }

            Volatile.Write(ref _snapshot, candidate);
            foreach (var file in files)
            {
                LogLoaded(_logger, file.Proxies.Count, file.SourceName);
                LogIgnored(file.Ignored);
            }

            LogIgnored(ignored);
        }
    }

    private void LogIgnored(IgnoredElements ignored)
    {
        foreach (var (element, count, source, line) in ignored.Entries)
        {
            if (element.EndsWith("Domain", StringComparison.Ordinal))
            {
                LogIgnoredDomain(_logger, count, element, source, line);
            }
            else
            {
                LogIgnoredElement(_logger, count, element, source, line);
            }
        }
    }

    private static string UnknownProxyMessage(DefinitionSnapshot snapshot, string group, string name)
    {
        var candidates = snapshot.Groups
            .SelectMany(static g => g.Value.Select(e => (Group: g.Key, e.Name)))
            .Select(c => (c.Group, c.Name, Distance: NameDistance.Of(c.Name, name) + (c.Group == group ? 0 : 2)))
            .Where(c => c.Distance <= Math.Max(3, name.Length / 3) + 2 || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(static c => c.Distance)
            .ThenBy(static c => c.Name, StringComparer.Ordinal)
            .Take(5)
            .Select(static c => $"{c.Group}.{c.Name}")
            .ToArray();
        var message = $"No proxy definition {group}.{name}.";
        return candidates.Length > 0 ? $"{message} Did you mean: {string.Join(", ", candidates)}?" : message;
    }
}
