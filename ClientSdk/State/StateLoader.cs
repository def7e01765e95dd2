using System.Globalization;
using OrleansPV.Definitions;

namespace OrleansPV.Client.State;

/// <summary>
/// Turns a state file into local proxies of a session, as vtkSMStateLoader does: the registered proxies
/// and what they refer to are created (new global ids), proxy-list entries are matched to the owner's
/// own entries by type, exposed properties go to their sub-proxies (the RenderView's camera to
/// ActiveCamera), and every value is typed and checked against the definitions. Only local work: the
/// caller pushes the result, or forgets it when anything here throws.
/// </summary>
internal sealed class StateLoader
{
    private const string HelperPrefix = "pq_helper_proxies.";

    private readonly ProxyFactory _proxies;
    private readonly StateDocument _file;
    private readonly DefinitionManager _definitions;

    /// <summary>null: loadable (or being resolved); otherwise why the proxy is skipped.</summary>
    private readonly Dictionary<ulong, string?> _resolution = [];
    private readonly List<ulong> _loadOrder = [];
    private readonly Dictionary<ulong, Proxy> _mapped = [];
    private readonly List<SkippedStateProxy> _skippedProxies = [];
    private readonly List<SkippedStateProperty> _skippedProperties = [];

    public StateLoader(ProxyFactory proxies, StateDocument file, DefinitionManager definitions)
    {
        _proxies = proxies;
        _file = file;
        _definitions = definitions;
    }

    /// <summary>The top-level proxies created, inputs and referred proxies before those using them.</summary>
    public List<(ulong FileId, Proxy Proxy)> Created { get; } = [];

    public IReadOnlyDictionary<ulong, Proxy> Mapped => _mapped;

    public IReadOnlyList<SkippedStateProxy> SkippedProxies => _skippedProxies;

    public IReadOnlyList<SkippedStateProperty> SkippedProperties => _skippedProperties;

    /// <summary>Creates and sets every proxy locally; throws <see cref="StateFileException"/> (the caller then forgets <see cref="Created"/>).</summary>
    public void Build()
    {
        foreach (StateRegistration registration in _file.Registrations.Where(r => !IsHelper(r.Group)))
        {
            Resolve(registration.Id, $"line {registration.Line}: registration {registration.Group}/{registration.Name}");
        }

        foreach (ulong id in _loadOrder)
        {
            StateProxy element = _file.Proxies[id];
            Proxy proxy = _proxies.Create(_definitions.Get(element.Group, element.Type), parent: null);
            Created.Add((id, proxy));
            _mapped[id] = proxy;
            MapProxyListEntries(element, proxy);
        }

        foreach ((ulong id, Proxy proxy) in _mapped.ToArray())
        {
            StateProxy element = _file.Proxies[id];
            foreach (StateProperty property in element.Properties)
            {
                Apply(element, proxy, property);
            }
        }

        foreach (StateRegistration helper in _file.Registrations.Where(r => IsHelper(r.Group) && !_mapped.ContainsKey(r.Id)))
        {
            if (_file.Proxies.TryGetValue(helper.Id, out StateProxy? element) && !_resolution.ContainsKey(helper.Id))
            {
                _resolution[helper.Id] = "helper";
                Skip(element, $"ParaView's helper for property '{helper.Name}' of proxy {helper.Group[HelperPrefix.Length..]}, a property (or entry) this client's definition does not have");
            }
        }
    }

    private static bool IsHelper(string group) => group.StartsWith(HelperPrefix, StringComparison.Ordinal);

    /// <summary>Whether the proxy <paramref name="id"/> can be created here; inputs and referred proxies are resolved (and ordered) first.</summary>
    private bool Resolve(ulong id, string referrer)
    {
        if (_resolution.TryGetValue(id, out string? known))
        {
            return known is null;
        }

        StateProxy element = Find(id, referrer);
        if (!_definitions.TryGet(element.Group, element.Type, out ProxyDefinition? definition))
        {
            return Skip(element, $"no definition of {element.Group}/{element.Type} in this client");
        }

        _resolution[id] = null;
        foreach (StateProperty property in element.Properties)
        {
            if (Own(definition, property.Name) is not { } own || own.InformationOnly || own.Kind is not (PropertyKind.Input or PropertyKind.Proxy) || IsProxyList(own))
            {
                continue;
            }

            foreach (StateReference reference in property.References)
            {
                if (!Resolve(reference.Id, $"line {property.Line}: {Describe(element)}.{property.Name}") && own.Kind == PropertyKind.Input)
                {
                    return Skip(element, $"its input {property.Name} is {_file.Proxies[reference.Id]}, which is skipped");
                }
            }
        }

        _loadOrder.Add(id);
        return true;
    }

    private bool Skip(StateProxy element, string reason)
    {
        _resolution[element.Id] = reason;
        _skippedProxies.Add(new SkippedStateProxy(element.Id, element.Group, element.Type, reason));
        return false;
    }

    /// <summary>The file's proxy-list entries (Slice's Plane, Box, ...) become the owner's own entries of the same type.</summary>
    private void MapProxyListEntries(StateProxy element, Proxy proxy)
    {
        foreach (StateProperty property in element.Properties)
        {
            if (Own(proxy.Definition, property.Name) is not { } own || !IsProxyList(own))
            {
                continue;
            }

            foreach (ulong id in property.ProxyListEntries.Concat(property.References.Select(r => r.Id)).Distinct())
            {
                StateProxy entryElement = Find(id, $"line {property.Line}: {Describe(element)}.{property.Name}");
                if (_mapped.ContainsKey(id) || _resolution.ContainsKey(id))
                {
                    continue;
                }

                Proxy? entry = proxy.ProxyListEntries(own.Name).Where(e => e.EntryName == entryElement.Type).Select(e => e.Entry).FirstOrDefault();
                if (entry is null)
                {
                    Skip(entryElement, $"{Describe(element)}.{own.Name} offers no '{entryElement.Type}' in this client");
                }
                else
                {
                    _resolution[id] = null;
                    _mapped[id] = entry;
                }
            }
        }
    }

    private void Apply(StateProxy element, Proxy proxy, StateProperty property)
    {
        if (Own(proxy.Definition, property.Name) is not { } own)
        {
            _skippedProperties.Add(new SkippedStateProperty(element.Id, element.Type, property.Name, $"not in this client's definition of {element.Group}/{element.Type}"));
            return;
        }

        if (own.InformationOnly)
        {
            // ParaView does not load information-only properties either: the server fills them.
            return;
        }

        string where = $"line {property.Line}: {Describe(element)}.{own.Name}";
        PropertyValue value;
        if (own.Kind is PropertyKind.Input or PropertyKind.Proxy)
        {
            if (property.Elements.Count > 0)
            {
                throw new StateFileException(_file.FileName, $"{where} holds values, but it is a {own.Kind} property (proxy references expected).");
            }

            var references = new List<ProxyReference>();
            foreach (StateReference reference in property.References)
            {
                StateProxy referred = Find(reference.Id, where);
                if (_mapped.TryGetValue(reference.Id, out Proxy? target))
                {
                    references.Add(new ProxyReference((long)target.GlobalId, reference.OutputPort));
                }
                else
                {
                    _skippedProperties.Add(new SkippedStateProperty(element.Id, element.Type, own.Name, $"refers to {referred}, which is skipped"));
                }
            }

            if (IsProxyList(own) && references.Count == 0)
            {
                return;
            }

            value = own.Kind == PropertyKind.Input ? PropertyValue.OfInputs([.. references]) : PropertyValue.OfProxies([.. references]);
        }
        else
        {
            if (property.HasReferences)
            {
                throw new StateFileException(_file.FileName, $"{where} holds proxy references, but it is a {own.Kind} property.");
            }

            value = Parse(own, property.Elements, where);
        }

        if (own.FindViolation(value) is { } reason)
        {
            throw new StateFileException(_file.FileName, $"{where}: {reason}.");
        }

        // A default stays unset, so that what depends on "never set" (a camera nobody placed) behaves as before saving.
        if (value != own.DefaultValues || IsProxyList(own))
        {
            proxy.SetStateValue(own, value);
        }
    }

    private PropertyValue Parse(PropertyDefinition property, IReadOnlyList<string> texts, string where)
    {
        try
        {
            return property.Kind switch
            {
                PropertyKind.Int => PropertyValue.OfInts([.. texts.Select(t => int.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture))]),
                PropertyKind.Double => PropertyValue.OfDoubles([.. texts.Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture))]),
                PropertyKind.IdType => PropertyValue.OfIds([.. texts.Select(t => long.Parse(t, NumberStyles.Integer, CultureInfo.InvariantCulture))]),
                _ => PropertyValue.OfStrings([.. ArraySelection(property, texts)]),
            };
        }
        catch (FormatException ex)
        {
            throw new StateFileException(_file.FileName, $"{where}: ({string.Join(", ", texts)}) are not {property.Kind} values.", ex);
        }
        catch (OverflowException ex)
        {
            throw new StateFileException(_file.FileName, $"{where}: ({string.Join(", ", texts)}) are out of the {property.Kind} range.", ex);
        }
    }

    /// <summary>ParaView writes an array selection's three unused leading elements as empty strings; they are integers here.</summary>
    private static IEnumerable<string> ArraySelection(PropertyDefinition property, IReadOnlyList<string> texts)
        => property.IsArraySelection && texts.Count == 5
            ? texts.Select((t, i) => i < 3 && t.Length == 0 ? "0" : t)
            : texts;

    private StateProxy Find(ulong id, string referrer)
        => _file.Proxies.TryGetValue(id, out StateProxy? element)
            ? element
            : throw new StateFileException(_file.FileName, $"{referrer} refers to proxy {id}, which the file does not hold.");

    /// <summary>"Contour 'Contour1' (id 321)": the type, the registered name, the file's id.</summary>
    private string Describe(StateProxy element)
    {
        string? name = _file.Registrations.FirstOrDefault(r => r.Id == element.Id && !IsHelper(r.Group))?.Name;
        return name is null ? $"{element.Type} (id {element.Id})" : $"{element.Type} '{name}' (id {element.Id})";
    }

    /// <summary>The definition's property with exactly this XML name (a file names properties by name, never by label).</summary>
    private static PropertyDefinition? Own(ProxyDefinition definition, string name)
        => definition.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    private static bool IsProxyList(PropertyDefinition property)
        => property.SubProxyName is null && property.FindDomain<ProxyListDomain>() is not null;
}
