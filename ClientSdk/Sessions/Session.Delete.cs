using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

public sealed partial class Session
{
    /// <summary>
    /// Deletes a proxy with its sub-proxies and registrations, for every client (kind 2), as
    /// paraview.simple's Delete. A proxy that another proxy uses as input is refused, naming the users.
    /// </summary>
    public void DeleteProxy(Proxy proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        List<Proxy> doomed = [];
        Collect(proxy, doomed);
        Proxy[] consumers;
        lock (_gate)
        {
            consumers = _proxies.Values.Where(p => !doomed.Contains(p) && p.InputProxies().Any(doomed.Contains)).ToArray();
        }

        if (consumers.Length > 0)
        {
            throw new SessionException($"{proxy.Label} cannot be deleted: {string.Join(", ", consumers.Select(c => c.Label))} use it as input; delete those first.");
        }

        var change = new ProxyManagerChange();
        // Sub-proxies last-created first, so that undoing the deletion creates them before their owner.
        change.Deleted.AddRange(doomed.Select(p => p.GlobalId).Reverse());
        Forget(change.Deleted);
        Complete([Send(change, CurrentUndoGroup())]);

        static void Collect(Proxy proxy, List<Proxy> into)
        {
            into.Add(proxy);
            foreach (Proxy sub in proxy.SubProxies.Values)
            {
                Collect(sub, into);
            }
        }
    }

    /// <summary>Removes deleted proxies and their registrations from this client.</summary>
    private void Forget(IEnumerable<ulong> deleted)
    {
        lock (_gate)
        {
            foreach (ulong globalId in deleted)
            {
                _proxies.Remove(globalId);
                _registrations.RemoveAll(r => r.Proxy.GlobalId == globalId);
            }
        }
    }
}
