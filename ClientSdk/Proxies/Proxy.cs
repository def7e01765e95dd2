using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// The client's replica of one proxy. Setting and reading properties is local (kind 1) and validated
/// against the XML definition at once; <see cref="UpdateVTKObjects"/> pushes what changed (kind 2).
/// Values and their change tracking live in <see cref="ProxyValues"/>; pipeline, view and colour
/// verbs in <see cref="PipelineCommands"/>, <see cref="ViewCommands"/> and <see cref="ColorMapping"/>.
/// </summary>
public sealed class Proxy
{
    private readonly Dictionary<string, Proxy> _subProxies = new(StringComparer.Ordinal);
    private readonly ProxyValues _values;

    internal Proxy(Session session, ulong globalId, ProxyDefinition definition, Proxy? parent)
    {
        Session = session;
        GlobalId = globalId;
        Definition = definition;
        Parent = parent;
        _values = new ProxyValues(definition);
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
    public string Label => Session.Registry.NameOf(this) ?? $"{XmlName}({GlobalId})";

    /// <summary>True when this proxy is a proxy-list entry of its parent (not an XML sub-proxy).</summary>
    internal bool IsProxyListEntry => Parent is { } parent && parent._subProxies.Any(s => s.Value == this && s.Key.Contains('/', StringComparison.Ordinal));

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
        _values.Set(property.Name, value);
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

        return new Property(Session, this, property, _values.Get(property));
    }

    /// <summary>Pushes modified properties (and those of sub-proxies) to the cluster; returns at once (kind 2).</summary>
    public void UpdateVTKObjects()
    {
        Task push = Session.Pushes.PushProxyAsync(this, CancellationToken.None);
        if (Session.Pushes.Synchronous)
        {
            push.GetAwaiter().GetResult();
        }
    }

    /// <summary>Pushes modified properties and waits until the cluster applied them (throws if rejected).</summary>
    public Task UpdateVTKObjectsAsync(CancellationToken cancellationToken = default) => Session.Pushes.PushProxyAsync(this, cancellationToken, wait: true);

    /// <summary>Waits for every earlier push, then refreshes information-only properties from the cluster (kind 3).</summary>
    public async Task UpdatePropertyInformationAsync(CancellationToken cancellationToken = default)
    {
        await Session.FlushAsync(cancellationToken);
        string[] names = Definition.Properties.Where(p => p.InformationOnly).Select(p => p.Name).ToArray();
        var pull = new PullState { Header = Session.Pushes.NewHeader(GlobalId) };
        pull.PropertyNames.AddRange(names);

        ProxyState state = await Session.Transport.PullAsync(pull, cancellationToken);
        ApplyRemote(state, informationOnly: true);
        if (Definition.Properties.Any(p => p.InformationOnly))
        {
            // Data-derived information (e.g. InputBounds) comes from the session's data service.
            ApplyRemote(await Session.Recovery.RunAsync("information update", token => Session.Transport.DataService.GetInformationAsync(GlobalId, token), cancellationToken), informationOnly: true);
        }
    }

    /// <summary>
    /// Pushes the changes of this proxy and its upstream proxies and, in the same breath, has the
    /// session's data service execute its pipeline once those and every earlier push of this client
    /// have arrived; returns the output's data information (kind 3). A change to the pipeline while it
    /// runs restarts it: the result is that of the newest state.
    /// </summary>
    public Task<DataInformation> UpdatePipelineAsync(int outputPort = 0, CancellationToken cancellationToken = default)
        => PipelineCommands.UpdatePipelineAsync(this, time: null, outputPort, cancellationToken);

    /// <summary>
    /// As <see cref="UpdatePipelineAsync(int, CancellationToken)"/>, for <paramref name="time"/> (ParaView's
    /// UpdatePipeline(time)): time-varying sources produce that time (the step at or before it, for
    /// discrete ones; see the TimestepValues information property), and the result's Time says which.
    /// </summary>
    public Task<DataInformation> UpdatePipelineAsync(double? time, int outputPort = 0, CancellationToken cancellationToken = default)
        => PipelineCommands.UpdatePipelineAsync(this, time, outputPort, cancellationToken);

    /// <summary>Executes the pipeline and copies its output to this client, in chunks (kind 3).</summary>
    public Task<DataObject> FetchDataAsync(int outputPort = 0, CancellationToken cancellationToken = default)
        => PipelineCommands.FetchDataAsync(this, time: null, outputPort, cancellationToken);

    /// <summary>Executes the pipeline for <paramref name="time"/> and copies its output to this client (kind 3).</summary>
    public Task<DataObject> FetchDataAsync(double? time, int outputPort = 0, CancellationToken cancellationToken = default)
        => PipelineCommands.FetchDataAsync(this, time, outputPort, cancellationToken);

    /// <summary>
    /// Renders this view once on the session's render service (kind 3), after pushing the view, its
    /// representations and their pipelines and bringing their geometry up to date, as ParaView's
    /// Render does. A PNG at ViewSize unless <paramref name="request"/> says otherwise.
    /// </summary>
    public Task<Frame> RenderAsync(RenderRequest? request = null, CancellationToken cancellationToken = default)
        => ViewCommands.RenderAsync(this, request, cancellationToken);

    /// <summary>
    /// Every frame the render service makes of this view, from the newest on (kind 4): JPEG frames while
    /// its camera moves, a PNG still when it rests or new geometry arrives. A slow reader skips frames.
    /// </summary>
    public IAsyncEnumerable<Frame> FramesAsync(CancellationToken cancellationToken = default)
        => ViewCommands.FramesAsync(this, cancellationToken);

    /// <summary>ParaView's SaveScreenshot: renders a still PNG of this view at any size (0: ViewSize) and writes it.</summary>
    public Task<Frame> SaveScreenshotAsync(string path, int width = 0, int height = 0, CancellationToken cancellationToken = default)
        => ViewCommands.SaveScreenshotAsync(this, path, width, height, cancellationToken);

    /// <summary>
    /// ParaView's ResetCamera: frames the visible geometry. The camera properties of this view are set
    /// to the result and pushed, so every client sees the same camera.
    /// </summary>
    public Task<FrameCamera> ResetCameraAsync(CancellationToken cancellationToken = default)
        => ViewCommands.ResetCameraAsync(this, cancellationToken);

    /// <summary>
    /// ParaView's ColorBy for a representation: colours by (<paramref name="association"/>,
    /// <paramref name="arrayName"/>) through the session's lookup table for that array, or solid colour
    /// for an empty name. Pushes the representation (kind 2).
    /// </summary>
    public void ColorBy(string association, string arrayName) => ColorMapping.ColorBy(this, association, arrayName);

    /// <summary>
    /// ParaView's RescaleTransferFunction for a lookup table: stretches RGBPoints over [min, max] and
    /// marks the range as set, so the render service no longer fits it to the data. Pushes (kind 2).
    /// </summary>
    public void RescaleTransferFunction(double min, double max) => ColorMapping.RescaleTransferFunction(this, min, max);

    public override string ToString() => Label;

    internal PropertyDefinition FindProperty(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Definition.FindProperty(name)
            ?? throw new UnknownPropertyException($"{Label} ({Group}/{XmlName}) has no property '{name}'. Properties: {string.Join(", ", Definition.Properties.Where(p => !p.InformationOnly).Select(p => p.Name))}.");
    }

    internal void AddSubProxy(string name, Proxy proxy) => _subProxies[name] = proxy;

    /// <summary>The proxies connected to this one's input properties.</summary>
    internal IEnumerable<Proxy> InputProxies()
    {
        foreach (PropertyDefinition property in Definition.Properties.Where(p => p.Kind == PropertyKind.Input))
        {
            foreach (ProxyReference input in GetProperty(property.Name).Value.Proxies)
            {
                yield return Session.GetProxy((ulong)input.GlobalId);
            }
        }
    }

    /// <summary>
    /// Sets an already typed and validated value (a state file's), following exposure to the sub-proxy that
    /// holds the property, as <see cref="SetProperty"/> does for user arguments; sent by the next push.
    /// </summary>
    internal void SetStateValue(PropertyDefinition property, PropertyValue value)
    {
        if (ExposingSubProxy(property) is { } sub)
        {
            sub.SetStateValue(sub.Definition.GetProperty(property.SubProxyPropertyName ?? property.Name, sub.Label), value);
            return;
        }

        _values.Set(property.Name, value);
    }

    /// <summary>The proxy-list entries of <paramref name="property"/> (sub-proxies "Property/Name"), by entry name.</summary>
    internal IEnumerable<(string EntryName, Proxy Entry)> ProxyListEntries(string property)
    {
        string prefix = property + "/";
        foreach ((string name, Proxy entry) in _subProxies)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return (name[prefix.Length..], entry);
            }
        }
    }

    /// <inheritdoc cref="ProxyValues.SetValueOf"/>
    internal PropertyValue? SetValueOf(string name) => _values.SetValueOf(name);

    /// <inheritdoc cref="ProxyValues.SetDefault"/>
    internal bool SetDefault(PropertyDefinition property, PropertyValue value) => _values.SetDefault(property, value);

    /// <inheritdoc cref="ProxyValues.TakeChanges"/>
    internal ProxyState? TakeChanges() => _values.TakeChanges(this);

    /// <inheritdoc cref="ProxyValues.ApplyChange"/>
    internal void ApplyChange(ProxyState state, bool own) => _values.ApplyChange(state, own);

    /// <inheritdoc cref="ProxyValues.ReleaseInFlight"/>
    internal void ReleaseInFlight(ProxyState state) => _values.ReleaseInFlight(state);

    /// <inheritdoc cref="ProxyValues.ApplyRemote"/>
    internal void ApplyRemote(ProxyState state, bool informationOnly)
    {
        _values.ApplyRemote(state, informationOnly);
        if (informationOnly)
        {
            // An exposed Info property (a reader's PointArrayInfo) lives on the sub-proxy that holds it.
            foreach (PropertyState property in state.Properties)
            {
                if (Definition.FindProperty(property.Name) is { InformationOnly: true } exposed && ExposingSubProxy(exposed) is { } sub)
                {
                    var forwarded = new ProxyState { GlobalId = sub.GlobalId };
                    forwarded.Properties.Add(new PropertyState(property) { Name = exposed.SubProxyPropertyName ?? exposed.Name });
                    sub.ApplyRemote(forwarded, informationOnly: true);
                }
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
