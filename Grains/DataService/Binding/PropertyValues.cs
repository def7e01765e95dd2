using OrleansPV.Definitions;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>A proxy's current value of a property: the value set (checked against its definition), else the XML default.</summary>
internal static class PropertyValues
{
    /// <summary>The value set on the proxy, validated; null when unset.</summary>
    public static PropertyValue? Set(ProxySnapshot proxy, PropertyDefinition property)
    {
        if (!proxy.Values.TryGetValue(property.Name, out PropertyValue? value))
        {
            return null;
        }

        property.Validate(value, proxy.Label);
        return value;
    }

    public static PropertyValue Current(ProxySnapshot proxy, PropertyDefinition property) => Set(proxy, property) ?? property.DefaultValues;
}
