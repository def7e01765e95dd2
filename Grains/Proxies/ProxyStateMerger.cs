using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Grains.Proxies;

/// <summary>
/// Computes the next state of a proxy from its current state and a pushed change, validating every
/// pushed property first so that a rejected push changes nothing.
/// </summary>
internal static class ProxyStateMerger
{
    public static ProxyState Merge(ProxyState current, ProxyState pushed, ProxyDefinition definition, ulong globalId)
    {
        string label = $"{definition.Name}({globalId})";
        var validated = new List<PropertyState>(pushed.Properties.Count);
        foreach (PropertyState property in pushed.Properties)
        {
            PropertyDefinition propertyDefinition = definition.FindProperty(property.Name)
                ?? throw new UnknownPropertyException($"{label}: no property '{property.Name}'.");
            if (propertyDefinition.InformationOnly)
            {
                throw new PropertyValueException($"{label}.{property.Name}: an information-only property cannot be set.");
            }

            PropertyValue value = PropertyStates.ToValue(property, propertyDefinition);
            propertyDefinition.Validate(value, label);
            validated.Add(PropertyStates.FromValue(propertyDefinition.Name, value));
        }

        ProxyState next = current.Clone();
        next.GlobalId = globalId;
        if (next.Version == 0)
        {
            next.XmlGroup = pushed.XmlGroup;
            next.XmlName = pushed.XmlName;
            next.ParentGlobalId = pushed.ParentGlobalId;
        }

        foreach (PropertyState property in validated)
        {
            PropertyDefinition propertyDefinition = definition.FindProperty(property.Name)!;
            int index = IndexOf(next, property.Name);
            bool isDefault = PropertyStates.ToValue(property, propertyDefinition).Equals(propertyDefinition.DefaultValues);
            if (isDefault)
            {
                if (index >= 0)
                {
                    next.Properties.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                next.Properties[index] = property;
            }
            else
            {
                next.Properties.Add(property);
            }
        }

        foreach (SubProxyState sub in pushed.SubProxies)
        {
            if (!next.SubProxies.Any(s => s.Name == sub.Name))
            {
                next.SubProxies.Add(sub.Clone());
            }
        }

        next.Version++;
        return next;
    }

    /// <summary>The values the pushed properties had before (their XML default where unset), to undo the push.</summary>
    public static ProxyState PreviousValues(ProxyState current, ProxyState pushed, ProxyDefinition definition, ulong globalId)
    {
        var before = new ProxyState { GlobalId = globalId, XmlGroup = definition.Group, XmlName = definition.Name };
        foreach (PropertyState property in pushed.Properties)
        {
            int index = IndexOf(current, property.Name);
            if (index >= 0)
            {
                before.Properties.Add(current.Properties[index].Clone());
                continue;
            }

            // A proxy-list default names its entry; until the client picks one, the property points nowhere.
            PropertyValue defaults = definition.FindProperty(property.Name)!.DefaultValues;
            before.Properties.Add(PropertyStates.FromValue(property.Name, defaults.SelectedProxyName is null ? defaults : PropertyValue.Empty(defaults.Kind)));
        }

        return before;
    }

    private static int IndexOf(ProxyState state, string name)
    {
        for (int i = 0; i < state.Properties.Count; i++)
        {
            if (state.Properties[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
