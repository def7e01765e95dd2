using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// Builds this client's proxies: new ones from definitions (with ids from the pool, no round trip), and
/// replicas of the session's proxies from a join snapshot or another client's first pushed state.
/// </summary>
internal sealed class ProxyFactory(Session session, ProxyRegistry registry, GlobalIdPool ids, DefinitionManager definitions)
{
    /// <summary>Creates a proxy and, as ParaView does, its XML sub-proxies and one proxy per proxy-list entry.</summary>
    public Proxy Create(ProxyDefinition definition, Proxy? parent)
    {
        var proxy = new Proxy(session, ids.Take(), definition, parent);
        registry.Track(proxy);
        foreach (SubProxyDefinition sub in definition.SubProxies)
        {
            proxy.AddSubProxy(sub.Name, Create(definitions.Get(sub.ProxyGroup, sub.ProxyName), proxy));
        }

        foreach (PropertyDefinition property in definition.Properties)
        {
            ProxyListDomain? list = property.Domains.OfType<ProxyListDomain>().FirstOrDefault();
            if (list is null)
            {
                continue;
            }

            Proxy? selected = null;
            foreach (ProxyListEntry entry in list.Proxies)
            {
                // Entries this client has no definition for are skipped, as ParaView skips unknown proxies.
                if (definitions.TryGet(entry.Group, entry.Name, out ProxyDefinition? entryDefinition))
                {
                    Proxy created = Create(entryDefinition, proxy);
                    proxy.AddSubProxy($"{property.Name}/{entry.Name}", created);
                    if (selected is null || entry.Name == list.DefaultProxyName)
                    {
                        selected = created;
                    }
                }
            }

            if (selected is not null)
            {
                proxy.SetProperty(property.Name, selected);
            }
        }

        return proxy;
    }

    /// <summary>Builds local replicas of every proxy in a snapshot, then links sub-proxies and registrations.</summary>
    public void Materialize(SessionSnapshot snapshot)
    {
        var created = new List<(Proxy Proxy, ProxyState State)>();
        foreach (ProxyState state in snapshot.Proxies.OrderBy(p => p.GlobalId))
        {
            if (!definitions.TryGet(state.XmlGroup, state.XmlName, out ProxyDefinition? definition))
            {
                throw new DefinitionException($"Session '{session.Id}' holds proxy {state.GlobalId} of type {state.XmlGroup}/{state.XmlName}, which this client has no definition for.");
            }

            // Parents take their ids before their sub-proxies, so in id order a parent is always there first.
            Proxy? parent = state.ParentGlobalId == 0 ? null : registry.TryGet(state.ParentGlobalId);
            var proxy = new Proxy(session, state.GlobalId, definition, parent);
            registry.Track(proxy);
            created.Add((proxy, state));
        }

        foreach ((Proxy proxy, ProxyState state) in created)
        {
            proxy.ApplyRemote(state, informationOnly: false);
            LinkSubProxies(proxy, state);
        }

        foreach (Registration registration in snapshot.ProxyManager.Registrations)
        {
            if (registry.TryGet(registration.GlobalId) is { } proxy)
            {
                registry.Register(registration.Group, registration.Name, proxy);
            }
        }
    }

    /// <summary>A proxy another client created: built from its first pushed state (its sub-proxies came first); null without a definition.</summary>
    public Proxy? MaterializeRemote(ProxyState state)
    {
        if (!definitions.TryGet(state.XmlGroup, state.XmlName, out ProxyDefinition? definition))
        {
            return null;
        }

        var proxy = new Proxy(session, state.GlobalId, definition, registry.TryGet(state.ParentGlobalId));
        LinkSubProxies(proxy, state);
        registry.Track(proxy);
        return proxy;
    }

    private void LinkSubProxies(Proxy proxy, ProxyState state)
    {
        foreach (SubProxyState sub in state.SubProxies)
        {
            if (registry.TryGet(sub.GlobalId) is { } subProxy)
            {
                proxy.AddSubProxy(sub.Name, subProxy);
            }
        }
    }
}
