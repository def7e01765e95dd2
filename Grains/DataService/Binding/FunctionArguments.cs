using System.Globalization;
using System.Text;
using OrleansPV.Definitions;
using OrleansPV.Processing.DataModel;

namespace OrleansPV.Grains.DataService.Binding;

/// <summary>
/// Reads an implicit-function proxy's values by VTK command (XML default when unset), and records
/// every number read so two functions built from equal values compare equal (<see cref="Key"/>).
/// </summary>
internal sealed class FunctionArguments
{
    private readonly ProxySnapshot _proxy;
    private readonly StringBuilder _key;

    public FunctionArguments(ProxySnapshot proxy)
    {
        _proxy = proxy;
        _key = new StringBuilder(proxy.Definition.ClassName);
    }

    /// <summary>The class and every value read: equal keys mean equal functions.</summary>
    public string Key => _key.ToString();

    public Vector3d Vector(string command)
    {
        (PropertyDefinition property, PropertyValue value) = Find(command);
        return Convert(property, value, static v =>
        {
            PropertyElements.RequireCount(v, 3);
            return new Vector3d(PropertyElements.Double(v, 0), PropertyElements.Double(v, 1), PropertyElements.Double(v, 2));
        });
    }

    public double Number(string command)
    {
        (PropertyDefinition property, PropertyValue value) = Find(command);
        return Convert(property, value, static v =>
        {
            PropertyElements.RequireCount(v, 1);
            return PropertyElements.Double(v, 0);
        });
    }

    private T Convert<T>(PropertyDefinition property, PropertyValue value, Func<PropertyValue, T> convert)
    {
        T result;
        try
        {
            result = convert(value);
        }
        catch (BindingValueException ex)
        {
            throw new PropertyValueException(_proxy.Label, property.Name, ex.Message);
        }

        _key.Append(';').Append(string.Join(",", PropertyElements.Doubles(value).Select(static d => d.ToString("R", CultureInfo.InvariantCulture))));
        return result;
    }

    private (PropertyDefinition Property, PropertyValue Value) Find(string command)
    {
        foreach (PropertyDefinition property in _proxy.Definition.Properties)
        {
            if (property.Command == command && property.Kind != PropertyKind.Input && !property.InformationOnly)
            {
                return (property, PropertyValues.Current(_proxy, property));
            }
        }

        throw new PropertyValueException(_proxy.Label, command, $"the definition {_proxy.Definition} has no property with command {command}");
    }
}
