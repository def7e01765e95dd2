using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrleansPV.Definitions;

namespace OrleansPV.Silo.Web;

/// <summary>Turns a page's field values (JSON) into SetProperty arguments of the property's element type.</summary>
internal static class WebValues
{
    public static object?[] Arguments(PropertyDefinition property, JsonNode? value, string proxyLabel)
    {
        if (value is JsonObject { } selection && selection["selected"] is { } selected)
        {
            // A proxy-list entry by name (Slice's "Plane"), as paraview.simple takes it.
            return [selected.GetValue<string>()];
        }

        JsonNode?[] items = value is JsonArray array ? [.. array] : [value];
        return [.. items.Select((item, index) => Element(property, item, index, proxyLabel))];
    }

    private static object? Element(PropertyDefinition property, JsonNode? item, int index, string proxyLabel)
    {
        if (item is null)
        {
            throw new PropertyValueException(proxyLabel, property.Name, $"element {index} is empty");
        }

        JsonElement element = item.GetValue<JsonElement>();
        string text = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        if (property.Kind == PropertyKind.String || property.Kind == PropertyKind.Proxy)
        {
            return text;
        }

        if (element.ValueKind == JsonValueKind.True || element.ValueKind == JsonValueKind.False)
        {
            return element.GetBoolean() ? 1 : 0;
        }

        // An enumeration's text is accepted as the SDK accepts it; anything else must be a number.
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            return property.FindDomain<EnumerationDomain>() is not null
                ? text
                : throw new PropertyValueException(proxyLabel, property.Name, $"'{text}' (element {index}) is not a number");
        }

        return property.Kind switch
        {
            PropertyKind.Double => number,
            PropertyKind.IdType when number == Math.Floor(number) => (long)number,
            PropertyKind.Int when number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (int)number,
            _ => throw new PropertyValueException(proxyLabel, property.Name, $"'{text}' (element {index}) is not a whole number"),
        };
    }
}
