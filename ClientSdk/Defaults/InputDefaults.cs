using System.Globalization;
using OrleansPV.Definitions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Client;

/// <summary>
/// The defaults ParaView's controller derives from the input's data when a proxy is registered
/// (vtkSMParaViewPipelineController::PostInitializeProxy → ResetPropertiesToDomainDefaults):
/// a BoundsDomain in "normal" mode gives the bounds' min, mid or max per axis (Slice's and Clip's plane
/// origin at the centre, Elevation's low and high points at the corners), "scaled_extent" the largest
/// extent times its scale factor (a Sphere's radius); an ArrayListDomain picks the input's first point
/// array (ParaView prefers the active scalars, which a source's first point array is), then the first
/// cell array; an ArrayRangeDomain gives the min, mid or max of that array's range (Contour's
/// isosurface at the mid, Threshold's bounds at the ends). Other modes keep the XML default.
/// </summary>
internal static class InputDefaults
{
    /// <summary>The (property, value) defaults for <paramref name="definition"/>, in definition order (array selections first).</summary>
    public static IReadOnlyList<(PropertyDefinition Property, PropertyValue Value)> For(ProxyDefinition definition, DataInformation input, Func<string, PropertyValue?> current)
    {
        var defaults = new List<(PropertyDefinition, PropertyValue)>();
        var chosenArrays = new Dictionary<string, (string Association, ArrayInformation Array)>(StringComparer.Ordinal);
        foreach (PropertyDefinition property in definition.Properties.Where(p => !p.InformationOnly))
        {
            if (property.Domains.OfType<ArrayListDomain>().Any() && FirstArray(input) is { } first)
            {
                chosenArrays[property.Name] = first;
                defaults.Add((property, property.Parse([first.Association, first.Array.Name])));
            }
        }

        foreach (PropertyDefinition property in definition.Properties.Where(p => !p.InformationOnly && p.Kind == PropertyKind.Double))
        {
            foreach (UnknownDomain domain in property.Domains.OfType<UnknownDomain>())
            {
                double[]? value = domain.ElementName switch
                {
                    "BoundsDomain" => FromBounds(domain, input.Bounds),
                    "ArrayRangeDomain" => FromArrayRange(domain, SelectedArray(domain, definition, input, chosenArrays, current)),
                    _ => null,
                };
                if (value is not null)
                {
                    defaults.Add((property, PropertyValue.OfDoubles(value)));
                    break;
                }
            }
        }

        return defaults;
    }

    private static double[]? FromBounds(UnknownDomain domain, IReadOnlyList<double> bounds)
    {
        string mode = Attribute(domain, "mode") ?? "normal";
        string defaultMode = Attribute(domain, "default_mode") ?? "mid";
        if (bounds.Count < 6 || bounds[0] > bounds[1])
        {
            return null;
        }

        switch (mode)
        {
            case "normal":
                return [.. Enumerable.Range(0, 3).Select(axis => Pick(bounds[2 * axis], bounds[(2 * axis) + 1], defaultMode))];
            case "scaled_extent":
                double scale = double.Parse(Attribute(domain, "scale_factor") ?? "1", CultureInfo.InvariantCulture);
                double extent = Enumerable.Range(0, 3).Max(axis => bounds[(2 * axis) + 1] - bounds[2 * axis]) * scale;
                return [Pick(0, extent, defaultMode)];
            default:
                return null;
        }
    }

    private static double[]? FromArrayRange(UnknownDomain domain, ArrayInformation? array)
    {
        if (array is null || array.Minimums.Count == 0)
        {
            return null;
        }

        (double min, double max) = array.Range(array.NumberOfComponents == 1 ? 0 : -1);
        return [Pick(min, max, Attribute(domain, "default_mode") ?? "mid")];
    }

    /// <summary>The array an ArrayRangeDomain follows: its ArraySelection property's value (set, or just defaulted).</summary>
    private static ArrayInformation? SelectedArray(
        UnknownDomain domain,
        ProxyDefinition definition,
        DataInformation input,
        Dictionary<string, (string Association, ArrayInformation Array)> chosen,
        Func<string, PropertyValue?> current)
    {
        string? selection = domain.Element.Descendants("Property").FirstOrDefault(p => (string?)p.Attribute("function") == "ArraySelection")?.Attribute("name")?.Value;
        if (selection is null || definition.FindProperty(selection) is not { } property)
        {
            return null;
        }

        if (current(property.Name) is { Strings.Length: > 0 } set)
        {
            string name = set.Strings[^1];
            string association = set.Strings.Length > 1 ? set.Strings[^2] : "POINTS";
            bool cells = (int.TryParse(association, CultureInfo.InvariantCulture, out int code) || ArrayAssociation.TryParse(association, out code)) && code == ArrayAssociation.Cells;
            return cells ? input.GetCellArray(name) : input.GetPointArray(name);
        }

        return chosen.TryGetValue(property.Name, out var first) ? first.Array : null;
    }

    private static (string Association, ArrayInformation Array)? FirstArray(DataInformation input)
        => input.PointArrays.FirstOrDefault(a => a.NumberOfComponents == 1) is { } point ? ("POINTS", point)
            : input.CellArrays.FirstOrDefault(a => a.NumberOfComponents == 1) is { } cell ? ("CELLS", cell)
            : null;

    private static double Pick(double min, double max, string mode) => mode switch
    {
        "min" => min,
        "max" => max,
        _ => (min + max) / 2,
    };

    private static string? Attribute(UnknownDomain domain, string name) => domain.Element.Attribute(name)?.Value;
}
