using System.Text;
using System.Text.Json.Nodes;
using OrleansPV.Definitions;

namespace OrleansPV.Silo.Web;

/// <summary>
/// The loaded proxy definitions as the page needs them to generate its menus and panels: each
/// property's ParaView label, documentation and the widget its domains call for (range → slider,
/// enumeration → select, boolean → checkbox, array selection → input arrays, proxy list → select).
/// </summary>
internal static class WebDefinitionsJson
{
    /// <summary>The groups the page shows: its menus (sources, filters) and proxy-list entries.</summary>
    private static readonly string[] Groups = ["sources", "filters", "implicit_functions", "representations"];

    public static JsonArray Describe(DefinitionManager definitions)
    {
        var all = new JsonArray();
        foreach (ProxyDefinition definition in definitions.All.Where(d => Groups.Contains(d.Group) && !d.Name.Contains('/', StringComparison.Ordinal)))
        {
            var properties = new JsonArray();
            foreach (PropertyDefinition property in definition.Properties.Where(IsEditable))
            {
                properties.Add(Describe(property));
            }

            all.Add(new JsonObject
            {
                ["group"] = definition.Group,
                ["name"] = definition.Name,
                ["label"] = definition.Label,
                ["documentation"] = definition.Documentation,
                ["inputs"] = definition.Properties.Count(p => p.Kind == PropertyKind.Input),
                ["properties"] = properties,
            });
        }

        return all;
    }

    /// <summary>ParaView's panel shows what is not information-only, hidden or a pipeline connection.</summary>
    private static bool IsEditable(PropertyDefinition property) =>
        !property.InformationOnly
        && property.Kind != PropertyKind.Input
        && property.PanelVisibility != "never";

    private static JsonObject Describe(PropertyDefinition property) => new()
    {
        ["name"] = property.Name,
        ["label"] = PrettyLabel(property.Label),
        ["kind"] = property.Kind.ToString().ToLowerInvariant(),
        ["elements"] = property.NumberOfElements,
        ["repeat"] = property.RepeatCommand || (property.NumberOfElements == 0 && property.Kind is PropertyKind.Int or PropertyKind.Double or PropertyKind.IdType),
        ["advanced"] = property.PanelVisibility == "advanced",
        ["documentation"] = property.Documentation,
        ["widget"] = Widget(property),
    };

    private static JsonObject Widget(PropertyDefinition property)
    {
        if (property.IsArraySelection)
        {
            return new JsonObject { ["type"] = "array", ["attribute"] = property.FindDomain<ArrayListDomain>()?.AttributeType };
        }

        if (property.FindDomain<BooleanDomain>() is not null)
        {
            return new JsonObject { ["type"] = "bool" };
        }

        if (property.FindDomain<EnumerationDomain>() is { } enumeration)
        {
            return new JsonObject
            {
                ["type"] = "enum",
                ["entries"] = new JsonArray([.. enumeration.Entries.Select(e => (JsonNode)new JsonObject { ["text"] = e.Text, ["value"] = e.Value })]),
            };
        }

        if (property.FindDomain<StringListDomain>() is { } strings)
        {
            return new JsonObject { ["type"] = "strings", ["values"] = new JsonArray([.. strings.Strings.Select(s => (JsonNode)JsonValue.Create(s))]) };
        }

        if (property.FindDomain<ProxyListDomain>() is { } list)
        {
            return new JsonObject
            {
                ["type"] = "proxylist",
                ["entries"] = new JsonArray([.. list.Proxies.Select(e => (JsonNode)new JsonObject { ["group"] = e.Group, ["name"] = e.Name })]),
            };
        }

        if (property.FindDomain<DoubleRangeDomain>() is { } doubles && doubles.Min.Length > 0 && doubles.Max.Length > 0)
        {
            return new JsonObject { ["type"] = "range", ["min"] = doubles.Min[0], ["max"] = doubles.Max[0] };
        }

        if (property.FindDomain<IntRangeDomain>() is { } ints && ints.Min.Length > 0 && ints.Max.Length > 0)
        {
            return new JsonObject { ["type"] = "range", ["min"] = ints.Min[0], ["max"] = ints.Max[0] };
        }

        return new JsonObject { ["type"] = property.Kind is PropertyKind.String or PropertyKind.Proxy ? "text" : "number" };
    }

    /// <summary>vtkSMObject::CreatePrettyLabel: "WholeExtent" → "Whole Extent", "XFreq" → "X Freq"; given labels stay.</summary>
    public static string PrettyLabel(string label)
    {
        if (label.Contains(' ', StringComparison.Ordinal))
        {
            return label;
        }

        var pretty = new StringBuilder(label.Length + 4);
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            bool split = i > 0 && char.IsUpper(c)
                && (char.IsLower(label[i - 1]) || (char.IsUpper(label[i - 1]) && i + 1 < label.Length && char.IsLower(label[i + 1])));
            if (split)
            {
                pretty.Append(' ');
            }

            pretty.Append(c);
        }

        return pretty.ToString();
    }
}
