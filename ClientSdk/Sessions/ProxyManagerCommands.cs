using OrleansPV.Client.Messaging;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// The proxy manager's verbs (kind 2): register, unregister and delete proxies. Each changes the
/// registry here at once and sends one proxy-manager change through the push pipeline.
/// </summary>
internal sealed class ProxyManagerCommands(ProxyRegistry registry, PushPipeline pushes, InputDefaultsApplier defaults)
{
    public void Register(string group, string name, Proxy proxy, bool applyInputDefaults)
    {
        ArgumentException.ThrowIfNullOrEmpty(group);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(proxy);
        registry.Register(group, name, proxy);
        var change = new ProxyManagerChange();
        change.Registered.Add(new Registration { Group = group, Name = name, GlobalId = proxy.GlobalId });
        pushes.PushRegistration(proxy, change);
        if (applyInputDefaults)
        {
            defaults.Start(proxy);
        }
    }

    public void Unregister(string group, string name)
    {
        RegisteredProxy registration = registry.Unregister(group, name);
        var change = new ProxyManagerChange();
        change.Unregistered.Add(new Registration { Group = group, Name = name, GlobalId = registration.Proxy.GlobalId });
        pushes.PushProxyManagerChange(change);
    }

    /// <summary>Deletes a proxy with its sub-proxies and registrations; refused, naming them, while other proxies use it as input.</summary>
    public void Delete(Proxy proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        List<Proxy> doomed = [];
        Collect(proxy, doomed);
        Proxy[] consumers = registry.ConsumersOf(doomed);
        if (consumers.Length > 0)
        {
            throw new SessionException($"{proxy.Label} cannot be deleted: {string.Join(", ", consumers.Select(c => c.Label))} use it as input; delete those first.");
        }

        var change = new ProxyManagerChange();

        // Sub-proxies last-created first, so that undoing the deletion creates them before their owner.
        change.Deleted.AddRange(doomed.Select(p => p.GlobalId).Reverse());
        registry.Forget(change.Deleted);
        pushes.PushProxyManagerChange(change);

        static void Collect(Proxy proxy, List<Proxy> into)
        {
            into.Add(proxy);
            foreach (Proxy sub in proxy.SubProxies.Values)
            {
                Collect(sub, into);
            }
        }
    }
}
