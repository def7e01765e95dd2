using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Session
{
    /// <summary>Creates a proxy and, as ParaView does, its XML sub-proxies and one proxy per proxy-list entry.</summary>
    private Proxy CreateProxy(ProxyDefinition definition, Proxy? parent)
    {
        var proxy = new Proxy(this, _ids.Take(), definition, parent);
        Track(proxy);
        foreach (SubProxyDefinition sub in definition.SubProxies)
        {
            proxy.AddSubProxy(sub.Name, CreateProxy(Connection.Definitions.Get(sub.ProxyGroup, sub.ProxyName), proxy));
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
                if (Connection.Definitions.TryGet(entry.Group, entry.Name, out ProxyDefinition? entryDefinition))
                {
                    Proxy created = CreateProxy(entryDefinition, proxy);
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

    private void Track(Proxy proxy)
    {
        lock (_gate)
        {
            _proxies[proxy.GlobalId] = proxy;
        }
    }

    /// <summary>Builds local replicas of every proxy in a snapshot, then links sub-proxies and registrations.</summary>
    private void Materialize(SessionSnapshot snapshot)
    {
        var created = new List<(Proxy Proxy, ProxyState State)>();
        foreach (ProxyState state in snapshot.Proxies.OrderBy(p => p.GlobalId))
        {
            if (!Connection.Definitions.TryGet(state.XmlGroup, state.XmlName, out ProxyDefinition? definition))
            {
                throw new DefinitionException($"Session '{Id}' holds proxy {state.GlobalId} of type {state.XmlGroup}/{state.XmlName}, which this client has no definition for.");
            }

            // Parents take their ids before their sub-proxies, so in id order a parent is always there first.
            Proxy? parent = state.ParentGlobalId == 0 ? null : _proxies.GetValueOrDefault(state.ParentGlobalId);
            var proxy = new Proxy(this, state.GlobalId, definition, parent);
            Track(proxy);
            created.Add((proxy, state));
        }

        foreach ((Proxy proxy, ProxyState state) in created)
        {
            proxy.ApplyRemote(state, informationOnly: false);
            foreach (SubProxyState sub in state.SubProxies)
            {
                if (_proxies.TryGetValue(sub.GlobalId, out Proxy? subProxy))
                {
                    proxy.AddSubProxy(sub.Name, subProxy);
                }
            }
        }

        foreach (Registration registration in snapshot.ProxyManager.Registrations)
        {
            if (_proxies.TryGetValue(registration.GlobalId, out Proxy? proxy))
            {
                _registrations.Add(new RegisteredProxy(registration.Group, registration.Name, proxy));
            }
        }
    }
}
