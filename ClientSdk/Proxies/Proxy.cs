using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// The client's replica of one proxy. Setting and reading properties is local (kind 1) and validated
/// against the XML definition at once; <see cref="UpdateVTKObjects"/> pushes what changed (kind 2).
/// </summary>
public sealed partial class Proxy
{
    private readonly Dictionary<string, PropertyValue> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _modified = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Proxy> _subProxies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _pushed;

    internal Proxy(Session session, ulong globalId, ProxyDefinition definition, Proxy? parent)
    {
        Session = session;
        GlobalId = globalId;
        Definition = definition;
        Parent = parent;
    }

    public Session Session { get; }

    /// <summary>Cluster-unique id; assigned locally from a reserved block (no round trip).</summary>
    public ulong GlobalId { get; }

    public ProxyDefinition Definition { get; }

    /// <summary>XML group, e.g. "sources".</summary>
    public string Group => Definition.Group;

    /// <summary>XML name, e.g. "RTAnalyticSource".</summary>
    public string XmlName => Definition.Name;

    /// <summary>The proxy this one belongs to as a sub-proxy or proxy-list entry, or null.</summary>
    public Proxy? Parent { get; }

    /// <summary>Sub-proxies by name: XML sub-proxies, and "Property/ProxyName" for proxy-list entries.</summary>
    public IReadOnlyDictionary<string, Proxy> SubProxies => _subProxies;

    /// <summary>The registered name if any, else XmlName(GlobalId): what error messages call this proxy.</summary>
    public string Label => Session.RegisteredNameOf(this) ?? $"{XmlName}({GlobalId})";

    /// <summary>Sets a property by XML name or label (paraview.simple's names); validated now, sent by UpdateVTKObjects.</summary>
    public void SetProperty(string name, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        PropertyDefinition property = FindProperty(name);
        if (ExposingSubProxy(property) is { } sub)
        {
            sub.SetProperty(property.SubProxyPropertyName ?? property.Name, values);
            return;
        }

        if (property.InformationOnly)
        {
            throw new PropertyValueException($"{Label}.{property.Name} is information-only: the server fills it, it cannot be set.");
        }

        object?[] arguments = values.Select(v => v is Proxy p ? new ProxyReference((long)p.GlobalId, 0) : v).ToArray();
        PropertyValue value = property.Parse(arguments);
        if (value.SelectedProxyName is { } selected)
        {
            value = PropertyValue.OfProxies(new ProxyReference((long)ResolveProxyListEntry(property, selected).GlobalId, 0));
        }

        property.Validate(value, Label);
        lock (_gate)
        {
            _values[property.Name] = value;
            _modified.Add(property.Name);
        }
    }

    /// <summary>Connects <paramref name="input"/>'s output <paramref name="outputPort"/> to an InputProperty.</summary>
    public void SetInput(string name, Proxy input, int outputPort = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        PropertyDefinition property = FindProperty(name);
        if (property.Kind != PropertyKind.Input)
        {
            throw new PropertyValueException($"{Label}.{property.Name} is not an input property.");
        }

        SetProperty(property.Name, new ProxyReference((long)input.GlobalId, outputPort));
    }

    /// <summary>The current value (the XML default until set).</summary>
    public Property GetProperty(string name)
    {
        PropertyDefinition property = FindProperty(name);
        if (ExposingSubProxy(property) is { } sub)
        {
            return sub.GetProperty(property.SubProxyPropertyName ?? property.Name);
        }

        PropertyValue value;
        lock (_gate)
        {
            value = _values.TryGetValue(property.Name, out PropertyValue? set) ? set : property.DefaultValues;
        }

        return new Property(Session, this, property, value);
    }

    /// <summary>Pushes modified properties (and those of sub-proxies) to the cluster; returns at once (kind 2).</summary>
    public void UpdateVTKObjects()
    {
        Task push = Session.PushProxyAsync(this, CancellationToken.None);
        if (Session.Connection.Options.SynchronousPushes)
        {
            push.GetAwaiter().GetResult();
        }
    }

    /// <summary>Pushes modified properties and waits until the cluster applied them (throws if rejected).</summary>
    public Task UpdateVTKObjectsAsync(CancellationToken cancellationToken = default) => Session.PushProxyAsync(this, cancellationToken, wait: true);

    /// <summary>Waits for every earlier push, then refreshes information-only properties from the cluster (kind 3).</summary>
    public async Task UpdatePropertyInformationAsync(CancellationToken cancellationToken = default)
    {
        await Session.FlushAsync(cancellationToken);
        string[] names = Definition.Properties.Where(p => p.InformationOnly).Select(p => p.Name).ToArray();
        var pull = new PullState { Header = Session.NewHeader(GlobalId) };
        pull.PropertyNames.AddRange(names);

        ProxyState state = await Session.Channel.Grain.PullAsync(pull, cancellationToken);
        ApplyRemote(state, informationOnly: true);
        if (Definition.Properties.Any(p => p.InformationOnly))
        {
            // Data-derived information (e.g. InputBounds) comes from the session's data service.
            ApplyRemote(await Session.DataService.GetInformationAsync(GlobalId, cancellationToken), informationOnly: true);
        }
    }

    public override string ToString() => Label;

    internal PropertyDefinition FindProperty(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Definition.FindProperty(name)
            ?? throw new UnknownPropertyException($"{Label} ({Group}/{XmlName}) has no property '{name}'. Properties: {string.Join(", ", Definition.Properties.Where(p => !p.InformationOnly).Select(p => p.Name))}.");
    }

    internal void AddSubProxy(string name, Proxy proxy) => _subProxies[name] = proxy;

    /// <summary>The value set on this client (by the user, or another client's change), or null for the XML default.</summary>
    internal PropertyValue? SetValueOf(string name)
    {
        lock (_gate)
        {
            return _values.GetValueOrDefault(name);
        }
    }

    /// <summary>Sets a value derived from the input's data unless the property has a value already: a user's value always wins.</summary>
    internal bool SetDefault(PropertyDefinition property, PropertyValue value)
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

    /// <summary>Takes the changes to send: the full state the first time, then only modified properties.</summary>
    internal ProxyState? TakeChanges()
    {
        lock (_gate)
        {
            if (_pushed && _modified.Count == 0)
            {
                return null;
            }

            var state = new ProxyState { GlobalId = GlobalId, XmlGroup = Group, XmlName = XmlName, ParentGlobalId = Parent?.GlobalId ?? 0 };
            IEnumerable<string> names = _pushed ? _modified : _values.Keys;
            foreach (string name in names)
            {
                state.Properties.Add(PropertyStates.FromValue(name, _values[name]));
                _inFlight[name] = _inFlight.GetValueOrDefault(name) + 1;
            }

            if (!_pushed)
            {
                foreach ((string name, Proxy sub) in _subProxies)
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
    internal void ApplyChange(ProxyState state, bool own)
    {
        lock (_gate)
        {
            foreach (PropertyState property in state.Properties)
            {
                if (own)
                {
                    Land(property.Name);
                }
                else if (!_modified.Contains(property.Name) && !_inFlight.ContainsKey(property.Name) && Definition.FindProperty(property.Name) is { } definition)
                {
                    _values[definition.Name] = PropertyStates.ToValue(property, definition);
                }
            }

            _pushed = true;
        }
    }

    /// <summary>A push of these properties was refused: they will not come back in the session's order.</summary>
    internal void ReleaseInFlight(ProxyState state)
    {
        lock (_gate)
        {
            foreach (PropertyState property in state.Properties)
            {
                Land(property.Name);
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

    /// <summary>Applies state received from the cluster (join snapshot, pulls).</summary>
    internal void ApplyRemote(ProxyState state, bool informationOnly)
    {
        lock (_gate)
        {
            foreach (PropertyState property in state.Properties)
            {
                PropertyDefinition? definition = Definition.FindProperty(property.Name);
                if (definition is null || (informationOnly && !definition.InformationOnly))
                {
                    continue;
                }

                _values[definition.Name] = PropertyStates.ToValue(property, definition);
            }

            if (!informationOnly)
            {
                _pushed = true;
            }
        }
    }

    /// <summary>The sub-proxy that really holds an exposed property (XML ExposedProperties), or null.</summary>
    private Proxy? ExposingSubProxy(PropertyDefinition property)
        => property.SubProxyName is { } subName && _subProxies.TryGetValue(subName, out Proxy? sub) ? sub : null;

    private Proxy ResolveProxyListEntry(PropertyDefinition property, string proxyName)
    {
        if (_subProxies.TryGetValue($"{property.Name}/{proxyName}", out Proxy? entry))
        {
            return entry;
        }

        string[] choices = _subProxies.Keys.Where(k => k.StartsWith(property.Name + "/", StringComparison.Ordinal)).Select(k => k[(property.Name.Length + 1)..]).ToArray();
        throw new PropertyValueException($"{Label}.{property.Name}: '{proxyName}' is not one of the proxies it offers ({string.Join(", ", choices)}).");
    }
}
