using System.Text;
using System.Xml;
using OrleansPV.Definitions;

namespace OrleansPV.Client.State;

/// <summary>
/// Saves a session's pipeline as a ParaView state file and loads one into it (all or nothing: a
/// malformed file or a refused value leaves no proxy behind and pushes nothing).
/// </summary>
internal sealed class StateFiles(Session session, ProxyRegistry registry, ProxyFactory factory, DefinitionManager definitions)
{
    /// <summary>Waits until everything the session accepted is applied here, then writes the registered pipeline.</summary>
    public async Task SaveAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await session.SynchronizeAsync(cancellationToken);
        var settings = new XmlWriterSettings { Async = true, Indent = true, IndentChars = "  ", OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) };
        await using XmlWriter writer = XmlWriter.Create(stream, settings);
        await StateWriter.Write(registry).SaveAsync(writer, cancellationToken);
    }

    public async Task<LoadStateSummary> LoadAsync(Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        StateDocument file = await StateDocument.ReadAsync(stream, sourceName, cancellationToken);
        var loader = new StateLoader(factory, file, definitions);
        try
        {
            loader.Build();
        }
        catch
        {
            // All or nothing: nothing was pushed, so forgetting the local proxies undoes the load.
            registry.Forget(loader.Created.SelectMany(c => WithSubProxies(c.Proxy)).Select(p => p.GlobalId).ToArray());
            throw;
        }

        List<RegisteredProxy> registrations = PushLoadedState(file, loader);
        await session.FlushAsync(cancellationToken);
        return new LoadStateSummary(loader.Mapped, registrations, loader.SkippedProxies, loader.SkippedProperties);
    }

    private static IEnumerable<Proxy> WithSubProxies(Proxy proxy)
        => proxy.SubProxies.Values.SelectMany(WithSubProxies).Prepend(proxy);

    /// <summary>Registers and pushes the loaded proxies, inputs and referred proxies first, as one undo set.</summary>
    private List<RegisteredProxy> PushLoadedState(StateDocument file, StateLoader loader)
    {
        var registrations = new List<RegisteredProxy>();
        using (session.BeginUndoSet($"Load state {Path.GetFileName(file.FileName)}"))
        {
            foreach ((ulong fileId, Proxy proxy) in loader.Created)
            {
                bool registered = false;
                foreach (StateRegistration registration in file.Registrations.Where(r => r.Id == fileId && !r.Group.StartsWith("pq_helper_proxies.", StringComparison.Ordinal)))
                {
                    string name = registry.UniqueName(registration.Group, registration.Name);

                    // The file gives every value: no input-derived defaults, as ParaView's state loader.
                    session.RegisterProxy(registration.Group, name, proxy, applyInputDefaults: false);
                    registrations.Add(new RegisteredProxy(registration.Group, name, proxy));
                    registered = true;
                }

                if (!registered)
                {
                    proxy.UpdateVTKObjects();
                }
            }
        }

        return registrations;
    }
}
