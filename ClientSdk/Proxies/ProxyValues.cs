using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// One proxy's property values on this client and what of them is still to send or in flight: the
/// bookkeeping that lets local changes, this client's pushes and other clients' changes meet in the
/// session's order.
/// </summary>
internal sealed class ProxyValues(ProxyDefinition definition)
{
    private readonly Dictionary<string, PropertyValue> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _modified = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _pushed;

    /// <summary>The current value: the one set, else the XML default.</summary>
    public PropertyValue Get(PropertyDefinition property)
    {
        lock (_gate)
        {
            return _values.TryGetValue(property.Name, out PropertyValue? set) ? set : property.DefaultValues;
        }
    }

    /// <summary>Sets a validated value; the next push sends it.</summary>
    public void Set(string name, PropertyValue value)
    {
        lock (_gate)
        {
            _values[name] = value;
            _modified.Add(name);
        }
    }

    /// <summary>The value set on this client (by the user, or another client's change), or null for the XML default.</summary>
    public PropertyValue? SetValueOf(string name)
    {
        lock (_gate)
        {
            return _values.GetValueOrDefault(name);
        }
    }

    /// <summary>Sets a value derived from the input's data unless the property has a value already: a user's value always wins.</summary>
    public bool SetDefault(PropertyDefinition property, PropertyValue value)
    {
        if (property.FindViolation(value) is not null)
        {
            return false;
        }

        lock (_gate)
        {
            if (!_values.TryAdd(property.Name, value))
            {
                return false;
            }

            _modified.Add(property.Name);
            return true;
        }
    }

    /// <summary>Takes the changes to send: the full state (with sub-proxies) the first time, then only modified properties.</summary>
    public ProxyState? TakeChanges(Proxy owner)
    {
        lock (_gate)
        {
            if (_pushed && _modified.Count == 0)
            {
                return null;
            }

            var state = new ProxyState { GlobalId = owner.GlobalId, XmlGroup = owner.Group, XmlName = owner.XmlName, ParentGlobalId = owner.Parent?.GlobalId ?? 0 };
            IEnumerable<string> names = _pushed ? _modified : _values.Keys;
            foreach (string name in names)
            {
                state.Properties.Add(PropertyStates.FromValue(name, _values[name]));
                _inFlight[name] = _inFlight.GetValueOrDefault(name) + 1;
            }

            if (!_pushed)
            {
                foreach ((string name, Proxy sub) in owner.SubProxies)
                {
                    state.SubProxies.Add(new SubProxyState { Name = name, GlobalId = sub.GlobalId, XmlGroup = sub.Group, XmlName = sub.XmlName });
                }
            }

            _modified.Clear();
            _pushed = true;
            return state;
        }
    }

    /// <summary>
    /// Applies a change from the session's order. The session's order decides: a value this client has
    /// set but not yet seen come back (modified, or pushed and in flight) is later in that order than
    /// any change arriving now, so it is kept; a client's own change coming back only clears its flight.
    /// </summary>
    public void ApplyChange(ProxyState state, bool own)
    {
        lock (_gate)
        {
            foreach (PropertyState property in state.Properties)
            {
                if (own)
                {
                    Land(property.Name);
                }
                else if (!_modified.Contains(property.Name) && !_inFlight.ContainsKey(property.Name) && definition.FindProperty(property.Name) is { } found)
                {
                    _values[found.Name] = PropertyStates.ToValue(property, found);
                }
            }

            _pushed = true;
        }
    }

    /// <summary>A push of these properties was refused: they will not come back in the session's order.</summary>
    public void ReleaseInFlight(ProxyState state)
    {
        lock (_gate)
        {
            foreach (PropertyState property in state.Properties)
            {
                Land(property.Name);
            }
        }
    }

    /// <summary>Applies state received from the cluster (join snapshot, pulls).</summary>
    public void ApplyRemote(ProxyState state, bool informationOnly)
    {
        lock (_gate)
        {
            foreach (PropertyState property in state.Properties)
            {
                PropertyDefinition? found = definition.FindProperty(property.Name);
                if (found is null || (informationOnly && !found.InformationOnly))
                {
                    continue;
                }

                _values[found.Name] = PropertyStates.ToValue(property, found);
            }

            if (!informationOnly)
            {
                _pushed = true;
            }
        }
    }

    private void Land(string name)
    {
        if (_inFlight.TryGetValue(name, out int count))
        {
            if (count <= 1)
            {
                _inFlight.Remove(name);
            }
            else
            {
                _inFlight[name] = count - 1;
            }
        }
    }
}
