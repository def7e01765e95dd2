using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// This client's replicas of the session's proxies, by global id, and the proxy manager's
/// registrations (group, name) in registration order. Local bookkeeping only: nothing is sent here.
/// </summary>
internal sealed class ProxyRegistry(string sessionId)
{
    private readonly Dictionary<ulong, Proxy> _proxies = [];
    private readonly List<RegisteredProxy> _registrations = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<RegisteredProxy> Registrations
    {
        get
        {
            lock (_gate)
            {
                return _registrations.ToArray();
            }
        }
    }

    public void Track(Proxy proxy)
    {
        lock (_gate)
        {
            _proxies[proxy.GlobalId] = proxy;
        }
    }

    public Proxy? TryGet(ulong globalId)
    {
        lock (_gate)
        {
            return _proxies.GetValueOrDefault(globalId);
        }
    }

    public Proxy Get(ulong globalId)
        => TryGet(globalId) ?? throw new SessionException($"Session '{sessionId}' has no proxy {globalId} on this client.");

    /// <summary>Adds (group, name) → proxy; registering the same proxy again is a no-op, another one under its name is refused.</summary>
    public void Register(string group, string name, Proxy proxy)
    {
        lock (_gate)
        {
            RegisteredProxy? existing = _registrations.Find(r => r.Group == group && r.Name == name);
            if (existing is not null && existing.Proxy != proxy)
            {
                throw new SessionException($"{group}/{name} is already registered to {existing.Proxy.XmlName}({existing.Proxy.GlobalId}).");
            }

            if (existing is null)
            {
                _registrations.Add(new RegisteredProxy(group, name, proxy));
            }
        }
    }

    public RegisteredProxy Unregister(string group, string name)
    {
        lock (_gate)
        {
            RegisteredProxy registration = _registrations.Find(r => r.Group == group && r.Name == name)
                ?? throw new SessionException($"{group}/{name} is not registered in session '{sessionId}'.");
            _registrations.Remove(registration);
            return registration;
        }
    }

    public Proxy? Find(string group, string name)
    {
        lock (_gate)
        {
            return _registrations.Find(r => r.Group == group && r.Name == name)?.Proxy;
        }
    }

    /// <summary>The first name <paramref name="proxy"/> is registered under, or null.</summary>
    public string? NameOf(Proxy proxy)
    {
        lock (_gate)
        {
            return _registrations.Find(r => r.Proxy == proxy)?.Name;
        }
    }

    /// <summary><paramref name="stem"/>, or stem2, stem3, … : the first name not registered in <paramref name="group"/>.</summary>
    public string UniqueName(string group, string stem)
    {
        for (int n = 1; ; n++)
        {
            string name = n == 1 ? stem : $"{stem}{n}";
            if (Find(group, name) is null)
            {
                return name;
            }
        }
    }

    /// <summary>The proxies outside <paramref name="doomed"/> that use one of them as input.</summary>
    public Proxy[] ConsumersOf(IReadOnlyCollection<Proxy> doomed)
    {
        lock (_gate)
        {
            return _proxies.Values.Where(p => !doomed.Contains(p) && p.InputProxies().Any(doomed.Contains)).ToArray();
        }
    }

    /// <summary>Applies another client's registrations and unregistrations (of proxies this client knows).</summary>
    public void Apply(ProxyManagerChange change)
    {
        lock (_gate)
        {
            _registrations.RemoveAll(r => change.Unregistered.Any(u => u.Group == r.Group && u.Name == r.Name && u.GlobalId == r.Proxy.GlobalId));
            foreach (Registration registration in change.Registered)
            {
                if (_proxies.TryGetValue(registration.GlobalId, out Proxy? proxy) && !_registrations.Any(r => r.Group == registration.Group && r.Name == registration.Name))
                {
                    _registrations.Add(new RegisteredProxy(registration.Group, registration.Name, proxy));
                }
            }
        }
    }

    /// <summary>Removes deleted proxies and their registrations.</summary>
    public void Forget(IEnumerable<ulong> deleted)
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
