using Xunit;

namespace OrleansPV.Definitions.Tests;

public sealed class PropertyValidateTests
{
    private static readonly DefinitionManager Definitions = DefinitionManager.CreateDefault();

    [Theory]
    [InlineData("sources", "SphereSource", "ThetaResolution", 2, "Sphere1.ThetaResolution: 2 is below the minimum 3 (IntRangeDomain \"range\")")]
    [InlineData("sources", "ConeSource", "Resolution", 513, "Sphere1.Resolution: 513 is above the maximum 512 (IntRangeDomain \"range\")")]
    [InlineData("filters", "Clip", "Invert", 2, "Sphere1.Invert: 2 is not a boolean (0 or 1) (BooleanDomain \"bool\")")]
    [InlineData("filters", "Contour", "OutputPointsPrecision", 5, "Sphere1.OutputPointsPrecision: 5 is not one of Single (0), Double (1), Same as input (2) (EnumerationDomain \"enum\")")]
    public void Integer_domains_refuse_values_with_exact_messages(string group, string name, string property, int value, string message)
    {
        var definition = Definitions.Get(group, name).GetProperty(property);

        var error = Assert.Throws<PropertyValueException>(() => definition.Validate(PropertyValue.OfInts(value), "Sphere1"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Double_ranges_check_each_element_against_its_bound()
    {
        var background = Definitions.Get("views", "RenderView").GetProperty("Background");

        var error = Assert.Throws<PropertyValueException>(
            () => background.Validate(PropertyValue.OfDoubles(0.5, 1.5, 0.5), "RenderView1"));

        Assert.Equal("RenderView1.Background: element 1 (1.5) is above the maximum 1 (DoubleRangeDomain \"range\")", error.Message);
        background.Validate(PropertyValue.OfDoubles(1, 1, 1), "RenderView1");
    }

    [Fact]
    public void A_single_bound_applies_to_every_element()
    {
        var radius = Definitions.Get("sources", "SphereSource").GetProperty("Radius");

        var error = Assert.Throws<PropertyValueException>(() => radius.Validate(PropertyValue.OfDoubles(-0.25), "Sphere1"));

        Assert.Equal("Sphere1.Radius: -0.25 is below the minimum 0 (DoubleRangeDomain \"range\")", error.Message);
    }

    [Fact]
    public void String_lists_and_proxy_lists_refuse_unknown_entries()
    {
        var representation = Definitions.Get("representations", "GeometryRepresentation").GetProperty("Representation");
        var clipType = Definitions.Get("filters", "Clip").GetProperty("ClipType");

        var listError = Assert.Throws<PropertyValueException>(
            () => representation.Validate(PropertyValue.OfStrings("Volume"), "Repr1"));
        var proxyError = Assert.Throws<PropertyValueException>(
            () => clipType.Validate(PropertyValue.OfSelectedProxy("Torus"), "Clip1"));

        Assert.Equal(
            "Repr1.Representation: 'Volume' is not one of 'Outline', 'Feature Edges', 'Points', 'Wireframe', 'Surface', 'Surface With Edges', '3D Glyphs', 'Point Gaussian' (StringListDomain \"list\")",
            listError.Message);
        Assert.Equal(
            "Clip1.ClipFunction: 'Torus' is not one of Plane, Box, Sphere, Cylinder, Scalar (ProxyListDomain \"proxy_list\")",
            proxyError.Message);
        representation.Validate(PropertyValue.OfStrings("Surface With Edges"), "Repr1");
        clipType.Validate(PropertyValue.OfSelectedProxy("Scalar"), "Clip1");
    }

    [Fact]
    public void Counts_and_types_are_checked()
    {
        var extent = Definitions.Get("sources", "RTAnalyticSource").GetProperty("WholeExtent");
        var contourValues = Definitions.Get("filters", "Contour").GetProperty("ContourValues");
        var input = Definitions.Get("filters", "Contour").GetProperty("Input");

        Assert.Equal(
            "Wavelet1.WholeExtent: expected 6 elements, got 2",
            Assert.Throws<PropertyValueException>(() => extent.Validate(PropertyValue.OfInts(0, 1), "Wavelet1")).Message);
        Assert.Equal(
            "Wavelet1.WholeExtent: expected Int values, got Double",
            Assert.Throws<PropertyValueException>(() => extent.Validate(PropertyValue.OfDoubles(0, 1, 0, 1, 0, 1), "Wavelet1")).Message);
        Assert.Equal(
            "Contour1.Input: expected at most 1 proxy, got 2",
            Assert.Throws<PropertyValueException>(
                () => input.Validate(PropertyValue.OfInputs(new ProxyReference(1), new ProxyReference(2)), "Contour1")).Message);
        contourValues.Validate(PropertyValue.OfDoubles(), "Contour1");
        contourValues.Validate(PropertyValue.OfDoubles(100, 157, 200), "Contour1");
    }

    [Fact]
    public void Data_dependent_domains_are_skipped()
    {
        var contourBy = Definitions.Get("filters", "Contour").GetProperty("ContourBy");
        var origin = Definitions.Get("implicit_functions", "Plane").GetProperty("Origin");

        contourBy.Validate(PropertyValue.OfStrings("0", "0", "0", "0", "NoSuchArray"), "Contour1");
        origin.Validate(PropertyValue.OfDoubles(1e9, -1e9, 0), "Plane1");
    }

    [Fact]
    public void A_failed_validation_changes_nothing()
    {
        var definition = Definitions.Get("sources", "SphereSource");
        var theta = definition.GetProperty("ThetaResolution");
        var value = PropertyValue.OfInts(2);
        var before = definition.Properties.Select(p => p.DefaultValues).ToArray();

        Assert.Throws<PropertyValueException>(() => theta.Validate(value, "Sphere1"));

        Assert.Equal(PropertyValue.OfInts(2), value);
        Assert.Equal(PropertyValue.OfInts(8), theta.DefaultValues);
        Assert.Equal(before, definition.Properties.Select(p => p.DefaultValues));
        Assert.Same(definition, Definitions.Get("sources", "SphereSource"));
    }

    [Fact]
    public void Values_compare_by_content_and_print_readably()
    {
        Assert.Equal(PropertyValue.OfInts(1, 2), PropertyValue.OfInts(1, 2));
        Assert.NotEqual(PropertyValue.OfInts(1, 2), PropertyValue.OfInts(2, 1));
        Assert.NotEqual(PropertyValue.OfInputs(), PropertyValue.OfProxies());
        Assert.Equal(PropertyValue.OfStrings("a").GetHashCode(), PropertyValue.OfStrings("a").GetHashCode());
        Assert.Equal("Int[-10, 10]", PropertyValue.OfInts(-10, 10).ToString());
        Assert.Equal("Double[0.5, 157]", PropertyValue.OfDoubles(0.5, 157).ToString());
        Assert.Equal("String[\"0\", \"RTData\"]", PropertyValue.OfStrings("0", "RTData").ToString());
        Assert.Equal("Input[#7, #8:1]", PropertyValue.OfInputs(new ProxyReference(7), new ProxyReference(8, 1)).ToString());
    }
}
