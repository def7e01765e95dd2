using OrleansPV.Definitions;

namespace OrleansPV.GrainInterfaces;

/// <summary>Converts property values between the definitions' model and the protobuf wire form.</summary>
public static class PropertyStates
{
    public static PropertyState FromValue(string name, PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.SelectedProxyName is not null)
        {
            throw new ProtocolException($"Property {name}: a proxy selected by name ('{value.SelectedProxyName}') must be resolved to a proxy before it is sent.");
        }

        var state = new PropertyState { Name = name, Kind = ToWire(value.Kind) };
        switch (value.Kind)
        {
            case PropertyKind.Int:
                state.Ints.AddRange(value.Ints);
                break;
            case PropertyKind.Double:
                state.Doubles.AddRange(value.Doubles);
                break;
            case PropertyKind.IdType:
                state.Ids.AddRange(value.Ids);
                break;
            case PropertyKind.String:
                state.Strings.AddRange(value.Strings);
                break;
            default:
                foreach (ProxyReference reference in value.Proxies)
                {
                    state.Proxies.Add(new ProxyRef { GlobalId = (ulong)reference.GlobalId, OutputPort = reference.OutputPort });
                }

                break;
        }

        return state;
    }

    /// <summary>The value a wire state carries; its kind must be the definition's.</summary>
    public static PropertyValue ToValue(PropertyState state, PropertyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(definition);
        PropertyKind kind = FromWire(state.Kind, state.Name);
        if (kind != definition.Kind)
        {
            throw new PropertyValueException($"{definition.Name}: a {kind} value was sent for a {definition.Kind} property.");
        }

        return kind switch
        {
            PropertyKind.Int => PropertyValue.OfInts([.. state.Ints]),
            PropertyKind.Double => PropertyValue.OfDoubles([.. state.Doubles]),
            PropertyKind.IdType => PropertyValue.OfIds([.. state.Ids]),
            PropertyKind.String => PropertyValue.OfStrings([.. state.Strings]),
            PropertyKind.Input => PropertyValue.OfInputs([.. state.Proxies.Select(ToReference)]),
            _ => PropertyValue.OfProxies([.. state.Proxies.Select(ToReference)]),
        };
    }

    public static ValueKind ToWire(PropertyKind kind) => kind switch
    {
        PropertyKind.Int => ValueKind.Int,
        PropertyKind.Double => ValueKind.Double,
        PropertyKind.IdType => ValueKind.IdType,
        PropertyKind.String => ValueKind.String,
        PropertyKind.Proxy => ValueKind.Proxy,
        PropertyKind.Input => ValueKind.Input,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static PropertyKind FromWire(ValueKind kind, string name) => kind switch
    {
        ValueKind.Int => PropertyKind.Int,
        ValueKind.Double => PropertyKind.Double,
        ValueKind.IdType => PropertyKind.IdType,
        ValueKind.String => PropertyKind.String,
        ValueKind.Proxy => PropertyKind.Proxy,
        ValueKind.Input => PropertyKind.Input,
        _ => throw new ProtocolException($"Property {name}: value kind {kind} is not a value kind (unspecified or unknown)."),
    };

    private static ProxyReference ToReference(ProxyRef reference) => new((long)reference.GlobalId, reference.OutputPort);
}
