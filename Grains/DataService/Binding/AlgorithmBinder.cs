using System.Runtime.CompilerServices;
using OrleansPV.Definitions;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.ImplicitFunctions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>
/// Maps proxy state onto Processing algorithms: the algorithm for a definition's VTK class, and
/// every property value through the algorithm's <c>[Command]</c> properties (reflection once per
/// algorithm type, compiled setters). Setting an unchanged value leaves the algorithm's modified
/// time alone, so re-applying a snapshot re-executes only what changed.
/// </summary>
public sealed class AlgorithmBinder
{
    private readonly AlgorithmRegistry _registry;

    // Each algorithm's values as constructed, for properties whose XML default is empty: VTK keeps
    // its own default for those until a value is set (e.g. Slice's single offset 0).
    private readonly ConditionalWeakTable<Algorithm, Dictionary<ParameterBinding, object?>> _pristine = [];

    // The values each built implicit function came from, so an equal function is not set again.
    private readonly ConditionalWeakTable<ImplicitFunction, string> _functionKeys = [];

    public AlgorithmBinder(AlgorithmRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <summary>The algorithm implementing the proxy's definition (by ClassName); AlgorithmException naming proxy and class if none.</summary>
    public Algorithm Create(ProxySnapshot proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        string className = proxy.Definition.ClassName;

        // ParaView's meta-readers (vtkFileSeriesReader) wrap the reader their "Reader" sub-proxy names.
        if (proxy.Definition.SubProxies.FirstOrDefault(static s => s.Name == "Reader") is { } reader
            && _registry.Contains(Processing.Sources.Readers.ReaderCatalog.Key(className, reader.ProxyName)))
        {
            return _registry.Create(Processing.Sources.Readers.ReaderCatalog.Key(className, reader.ProxyName));
        }

        if (className.Length == 0 || !_registry.Contains(className))
        {
            string named = className.Length == 0 ? "no VTK class" : $"VTK class '{className}'";
            throw new AlgorithmException(
                className.Length == 0 ? proxy.Definition.Name : className,
                $"proxy {proxy.Label} ({proxy.Definition}) names {named}, which no algorithm implements. Known: {string.Join(", ", _registry.ClassNames.Order(StringComparer.Ordinal))}.");
        }

        return _registry.Create(className);
    }

    /// <summary>
    /// Sets every parameter of <paramref name="algorithm"/> from the proxy's values (or XML defaults)
    /// through the [Command] mapping. Input properties are left to the caller. Proxy properties
    /// (implicit functions) are resolved with <paramref name="resolve"/>; the "Scalar" and "None"
    /// entries (NullProxy) set no function. Throws <see cref="PropertyValueException"/> naming proxy,
    /// property and reason for a value the algorithm refuses, and <see cref="AlgorithmException"/>
    /// when the algorithm lacks a command the definition needs.
    /// </summary>
    public void Apply(Algorithm algorithm, ProxySnapshot proxy, Func<ulong, ProxySnapshot?> resolve)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(proxy);
        ArgumentNullException.ThrowIfNull(resolve);
        BoundType type = BoundType.For(algorithm.GetType());
        Dictionary<ParameterBinding, object?> pristine = _pristine.GetValue(algorithm, a => Capture(type, a));

        // Every value is converted and checked before the first is assigned, so a refused value
        // leaves the algorithm as it was.
        var pending = new List<(ParameterBinding Binding, PropertyDefinition Property, object? Value)>();
        foreach (PropertyDefinition property in proxy.Definition.Properties)
        {
            if (property.Kind == PropertyKind.Input || property.InformationOnly || property.Command.Length == 0)
            {
                continue;
            }

            PropertyValue? set = SetValue(proxy, property, resolve);
            if (!type.TryGet(property.Command, out ParameterBinding[] bindings))
            {
                CheckUnbound(algorithm.ClassName, proxy, property, set);
                continue;
            }

            foreach (ParameterBinding binding in bindings)
            {
                if (binding.IsImplicitFunction)
                {
                    if (BuildFunction(algorithm, binding, proxy, property, set ?? property.DefaultValues, resolve) is (true, var function))
                    {
                        pending.Add((binding, property, function));
                    }
                }
                else if (set is null && property.DefaultValues.Count == 0 && property.Kind != PropertyKind.Proxy)
                {
                    pending.Add((binding, property, pristine[binding]));
                }
                else
                {
                    pending.Add((binding, property, Convert(algorithm, binding, proxy, property, set ?? property.DefaultValues)));
                }
            }

            CheckAssociation(proxy, property, set, bindings);
        }

        foreach ((ParameterBinding binding, PropertyDefinition property, object? value) in pending)
        {
            Assign(algorithm, binding, proxy, property, value);
        }
    }

    /// <summary>The input property names of the definition with their port index, in XML order ("Input" is port 0).</summary>
    public static IReadOnlyList<(string Property, int Port)> InputProperties(ProxyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        List<string> names = definition.Properties
            .Where(static p => p.Kind == PropertyKind.Input && p.SubProxyName is null)
            .Select(static p => p.Name)
            .ToList();
        if (names.Remove("Input"))
        {
            names.Insert(0, "Input");
        }

        return names.Select(static (name, port) => (name, port)).ToArray();
    }

    /// <summary>
    /// The proxies whose values <see cref="Apply"/> reads besides <paramref name="proxy"/> itself: the
    /// implicit functions its proxy properties select (or default to) and the sub-proxies holding its
    /// exposed properties. A change to any of them means the proxy must be applied again. Inputs are not included.
    /// </summary>
    public static IReadOnlyList<ulong> ReferencedProxies(ProxySnapshot proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        var ids = new List<ulong>();
        foreach (PropertyDefinition property in proxy.Definition.Properties)
        {
            if (property.SubProxyName is { } subName && proxy.SubProxies.TryGetValue(subName, out ulong subId))
            {
                ids.Add(subId);
            }

            if (property.Kind != PropertyKind.Proxy || property.InformationOnly)
            {
                continue;
            }

            PropertyValue value = proxy.Values.TryGetValue(property.Name, out PropertyValue? set) ? set : property.DefaultValues;
            if (value.SelectedProxyName is { } selected && proxy.SubProxies.TryGetValue($"{property.Name}/{selected}", out ulong entryId))
            {
                ids.Add(entryId);
            }

            foreach (ProxyReference reference in value.Proxies)
            {
                ids.Add((ulong)reference.GlobalId);
            }
        }

        return ids.Distinct().ToArray();
    }

    private static Dictionary<ParameterBinding, object?> Capture(BoundType type, Algorithm algorithm)
    {
        var values = new Dictionary<ParameterBinding, object?>();
        foreach (ParameterBinding binding in type.All)
        {
            values[binding] = binding.Get(algorithm);
        }

        return values;
    }

    /// <summary>The value set on the proxy (or, for an exposed property, on its sub-proxy), validated; null when unset.</summary>
    private static PropertyValue? SetValue(ProxySnapshot proxy, PropertyDefinition property, Func<ulong, ProxySnapshot?> resolve)
    {
        if (PropertyValues.Set(proxy, property) is { } value)
        {
            return value;
        }

        // An exposed property's value lives on the sub-proxy that defines it, possibly through several levels of exposure.
        if (property.SubProxyName is { } subName
            && proxy.SubProxies.TryGetValue(subName, out ulong subId)
            && resolve(subId) is { } sub
            && sub.Definition.FindProperty(property.SubProxyPropertyName ?? property.Name) is { } subProperty
            && SetValue(sub, subProperty, resolve) is { } subValue)
        {
            property.Validate(subValue, proxy.Label);
            return subValue;
        }

        return null;
    }

    private static void CheckUnbound(string algorithmClass, ProxySnapshot proxy, PropertyDefinition property, PropertyValue? set)
    {
        string className = proxy.Definition.ClassName;
        if (UnboundCommands.IsIgnored(className, property.Command))
        {
            return;
        }

        if (UnboundCommands.DefaultOnlyReason(className, property.Command) is { } reason)
        {
            if (set is not null && set != property.DefaultValues)
            {
                throw new PropertyValueException(proxy.Label, property.Name, $"{set} is not supported: {reason} (only the default {property.DefaultValues} is)");
            }

            return;
        }

        throw new AlgorithmException(algorithmClass, $"{proxy.Label}.{property.Name}: the algorithm implements no command {property.Command} and it is not listed in {nameof(UnboundCommands)}.");
    }

    /// <summary>An array selection on an algorithm that takes only the name: the array must be a point array.</summary>
    private static void CheckAssociation(ProxySnapshot proxy, PropertyDefinition property, PropertyValue? set, ParameterBinding[] bindings)
    {
        if (!property.IsArraySelection || set is not { Count: 5 } || Array.Exists(bindings, static b => b.IsEnum))
        {
            return;
        }

        int association;
        try
        {
            association = PropertyElements.SelectionAssociationCode(set);
        }
        catch (BindingValueException ex)
        {
            throw new PropertyValueException(proxy.Label, property.Name, ex.Message);
        }

        if (association != ArrayAssociation.Points)
        {
            throw new PropertyValueException(proxy.Label, property.Name, $"association {ArrayAssociation.ToName(association)} is not supported; {proxy.Definition.ClassName} reads point arrays only");
        }
    }

    private static object? Convert(Algorithm algorithm, ParameterBinding binding, ProxySnapshot proxy, PropertyDefinition property, PropertyValue value)
    {
        if (binding.Converter is null)
        {
            throw new AlgorithmException(algorithm.ClassName, $"{proxy.Label}.{property.Name}: the binder cannot convert a value to {binding.Property.PropertyType.Name} ({binding}).");
        }

        try
        {
            return binding.Converter(value, property);
        }
        catch (BindingValueException ex)
        {
            throw new PropertyValueException(proxy.Label, property.Name, ex.Message);
        }
    }

    private static void Assign(Algorithm algorithm, ParameterBinding binding, ProxySnapshot proxy, PropertyDefinition property, object? value)
    {
        try
        {
            binding.Set(algorithm, value);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or AlgorithmException)
        {
            throw new PropertyValueException(proxy.Label, property.Name, $"{algorithm.ClassName} refused the value: {ex.Message}");
        }
    }

    /// <summary>The function the proxy property selects, and whether it differs from the algorithm's current one.</summary>
    private (bool Changed, ImplicitFunction? Function) BuildFunction(Algorithm algorithm, ParameterBinding binding, ProxySnapshot proxy, PropertyDefinition property, PropertyValue value, Func<ulong, ProxySnapshot?> resolve)
    {
        ImplicitFunction? function = null;
        string? key = null;
        ProxySnapshot? target = ResolveTarget(proxy, property, value, resolve);
        if (target is not null && target.Definition.ClassName.Length > 0)
        {
            if (!ImplicitFunctionBindings.TryGet(target.Definition.ClassName, out ImplicitFunctionBinding? functionBinding))
            {
                throw new PropertyValueException(proxy.Label, property.Name, $"{target.Label} ({target.Definition.ClassName}) is not an implicit function this server implements");
            }

            CheckFunctionProperties(functionBinding, target);
            var arguments = new FunctionArguments(target);
            function = functionBinding.Build(arguments);
            key = arguments.Key;
        }

        // A NullProxy ("Scalar", "None") or no proxy at all: no function.
        object? current = binding.Get(algorithm);
        bool same = function is null
            ? current is null
            : current is ImplicitFunction existing && _functionKeys.TryGetValue(existing, out string? existingKey) && existingKey == key;
        if (function is not null && !same)
        {
            _functionKeys.AddOrUpdate(function, key!);
        }

        return (!same, function);
    }

    private static ProxySnapshot? ResolveTarget(ProxySnapshot proxy, PropertyDefinition property, PropertyValue value, Func<ulong, ProxySnapshot?> resolve)
    {
        ulong id;
        if (value.SelectedProxyName is { } selected)
        {
            if (!proxy.SubProxies.TryGetValue($"{property.Name}/{selected}", out id) && !proxy.SubProxies.TryGetValue(selected, out id))
            {
                throw new PropertyValueException(proxy.Label, property.Name, $"'{selected}' is selected, but the proxy has no proxy-list entry {property.Name}/{selected}");
            }
        }
        else if (value.Proxies.Length == 0)
        {
            return null;
        }
        else
        {
            id = (ulong)value.Proxies[0].GlobalId;
        }

        return resolve(id) ?? throw new PropertyValueException(proxy.Label, property.Name, $"refers to proxy {id}, which the session does not hold");
    }

    /// <summary>Every property of an implicit-function proxy must be read by its binding, ignored, or at its default.</summary>
    private static void CheckFunctionProperties(ImplicitFunctionBinding binding, ProxySnapshot target)
    {
        foreach (PropertyDefinition property in target.Definition.Properties)
        {
            if (property.Kind == PropertyKind.Input || property.InformationOnly || property.Command.Length == 0 || binding.Commands.Contains(property.Command))
            {
                continue;
            }

            CheckUnbound(binding.ClassName, target, property, PropertyValues.Set(target, property));
        }
    }
}
