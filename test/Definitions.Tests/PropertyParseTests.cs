using Xunit;

namespace OrleansPV.Definitions.Tests;

public sealed class PropertyParseTests
{
    private static readonly DefinitionManager Definitions = DefinitionManager.CreateDefault();

    [Fact]
    public void Integer_lists_parse_into_int_values()
    {
        var value = Property("sources", "RTAnalyticSource", "WholeExtent").Parse([-32, 31, -32, 31, -32, 31]);

        Assert.Equal(PropertyValue.OfInts(-32, 31, -32, 31, -32, 31), value);
    }

    [Fact]
    public void An_array_argument_is_spread_into_elements()
    {
        var value = Property("sources", "RTAnalyticSource", "WholeExtent").Parse([new[] { 0, 1, 0, 1, 0, 1 }]);

        Assert.Equal(PropertyValue.OfInts(0, 1, 0, 1, 0, 1), value);
    }

    [Fact]
    public void An_int_given_for_a_double_property_is_accepted()
    {
        Assert.Equal(PropertyValue.OfDoubles(157.0), Property("filters", "Contour", "ContourValues").Parse([157]));
        Assert.Equal(PropertyValue.OfDoubles(0.0, 0.0, 1.0), Property("implicit_functions", "Plane", "Normal").Parse([0, 0.0, 1L]));
    }

    [Fact]
    public void Bools_become_zero_or_one()
    {
        Assert.Equal(PropertyValue.OfInts(0), Property("filters", "Clip", "Invert").Parse([false]));
        Assert.Equal(PropertyValue.OfInts(1), Property("filters", "Contour", "ComputeScalars").Parse([true]));
    }

    [Fact]
    public void Array_selection_short_form_becomes_the_five_ParaView_elements()
    {
        var contourBy = Property("filters", "Contour", "ContourBy");

        Assert.Equal(PropertyValue.OfStrings("0", "0", "0", "0", "RTData"), contourBy.Parse(["POINTS", "RTData"]));
        Assert.Equal(PropertyValue.OfStrings("0", "0", "0", "1", "Normals"), contourBy.Parse(["CELLS", "Normals"]));
        Assert.Equal(PropertyValue.OfStrings("0", "0", "0", "2", "Time"), contourBy.Parse(["FIELD", "Time"]));
        Assert.Equal(PropertyValue.OfStrings("0", "0", "0", "0", "RTData"), contourBy.Parse(["RTData"]));
        Assert.Equal(PropertyValue.OfStrings("0", "0", "0", "1", "a"), contourBy.Parse(["0", "0", "0", "1", "a"]));
        Assert.Equal(
            PropertyValue.OfStrings("0", "0", "0", "0", ""),
            Property("representations", "GeometryRepresentation", "ColorArrayName").Parse(["POINTS", ""]));
    }

    [Fact]
    public void An_unknown_array_association_is_refused()
    {
        var error = Assert.Throws<PropertyValueException>(
            () => Property("filters", "Contour", "ContourBy").Parse(["FACES", "RTData"], "Contour1"));

        Assert.Equal(
            "Contour1.SelectInputScalars: 'FACES' is not an array association (POINTS, CELLS, FIELD, VERTICES, EDGES, ROWS)",
            error.Message);
    }

    [Fact]
    public void Enumeration_accepts_entry_text_or_integer_value()
    {
        var method = Property("filters", "Threshold", "ThresholdMethod");

        Assert.Equal(PropertyValue.OfInts(1), method.Parse(["Below Lower Threshold"]));
        Assert.Equal(PropertyValue.OfInts(2), method.Parse([2]));
        var error = Assert.Throws<PropertyValueException>(() => method.Parse(["Above"], "Threshold1"));
        Assert.Equal(
            "Threshold1.ThresholdMethod: 'Above' is not one of Between (0), Below Lower Threshold (1), Above Upper Threshold (2) (EnumerationDomain \"enum\")",
            error.Message);
    }

    [Fact]
    public void String_list_text_is_taken_as_is()
    {
        var representation = Property("representations", "GeometryRepresentation", "Representation");

        Assert.Equal(PropertyValue.OfStrings("Surface With Edges"), representation.Parse(["Surface With Edges"]));
    }

    [Fact]
    public void A_proxy_list_entry_name_becomes_a_pending_selection()
    {
        var value = Property("filters", "Clip", "ClipType").Parse(["Scalar"]);

        Assert.Equal(PropertyKind.Proxy, value.Kind);
        Assert.Equal("Scalar", value.SelectedProxyName);
        Assert.Equal("Proxy[select \"Scalar\"]", value.ToString());
    }

    [Fact]
    public void Proxy_references_parse_for_input_and_proxy_properties()
    {
        Assert.Equal(PropertyValue.OfInputs(new ProxyReference(7, 0)), Property("filters", "Contour", "Input").Parse([new ProxyReference(7)]));
        Assert.Equal(
            PropertyValue.OfProxies(new ProxyReference(9, 0)),
            Property("representations", "GeometryRepresentation", "LookupTable").Parse([new ProxyReference(9, 0)]));
        Assert.Equal(PropertyValue.OfProxies(), Property("representations", "GeometryRepresentation", "LookupTable").Parse([null]));
    }

    [Fact]
    public void Strings_for_numbers_and_numbers_for_strings_follow_ParaView()
    {
        Assert.Equal(PropertyValue.OfStrings("3"), Property("filters", "Calculator", "ResultArrayName").Parse([3]));
        var error = Assert.Throws<PropertyValueException>(() => Property("sources", "SphereSource", "Radius").Parse(["big"], "Sphere1"));
        Assert.Equal("Sphere1.Radius: expected numbers, got the text 'big'", error.Message);
    }

    [Fact]
    public void A_fractional_number_for_an_integer_property_is_refused()
    {
        var error = Assert.Throws<PropertyValueException>(
            () => Property("sources", "SphereSource", "ThetaResolution").Parse([8.5], "Sphere1"));

        Assert.Equal("Sphere1.ThetaResolution: expected integers, got 8.5", error.Message);
        Assert.Equal(PropertyValue.OfInts(8), Property("sources", "SphereSource", "ThetaResolution").Parse([8.0]));
    }

    [Fact]
    public void A_wrong_element_count_is_refused_by_Parse()
    {
        var error = Assert.Throws<PropertyValueException>(
            () => Property("sources", "RTAnalyticSource", "WholeExtent").Parse([0, 1, 0, 1, 0], "Wavelet1"));

        Assert.Equal("Wavelet1.WholeExtent: expected 6 elements, got 5", error.Message);
        Assert.Equal("Wavelet1", error.ProxyLabel);
        Assert.Equal("WholeExtent", error.PropertyName);
    }

    [Fact]
    public void Text_for_a_proxy_property_without_a_proxy_list_is_refused()
    {
        var error = Assert.Throws<PropertyValueException>(
            () => Property("representations", "GeometryRepresentation", "LookupTable").Parse(["Cool to Warm"], "Repr1"));

        Assert.StartsWith("Repr1.LookupTable: expected proxies, got the text 'Cool to Warm'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Information_only_properties_cannot_be_parsed()
    {
        var error = Assert.Throws<PropertyValueException>(
            () => Property("views", "RenderView", "CameraPositionInfo").Parse([1.0, 2.0, 3.0], "RenderView1"));

        Assert.Equal("RenderView1.CameraPositionInfo: the property is information-only and cannot be set", error.Message);
    }

    [Fact]
    public void A_typed_value_passes_through_after_its_type_and_count_are_checked()
    {
        var extent = Property("sources", "RTAnalyticSource", "WholeExtent");
        var value = PropertyValue.OfInts(0, 9, 0, 9, 0, 9);

        Assert.Same(value, extent.Parse([value]));
        Assert.Throws<PropertyValueException>(() => extent.Parse([PropertyValue.OfDoubles(0, 9, 0, 9, 0, 9)]));
    }

    private static PropertyDefinition Property(string group, string name, string property) =>
        Definitions.Get(group, name).GetProperty(property);
}
