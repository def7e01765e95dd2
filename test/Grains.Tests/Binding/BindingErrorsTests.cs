using OrleansPV.Definitions;
using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Calculator;

namespace OrleansPV.Grains.Tests.Binding;

/// <summary>Values the algorithms refuse, and definitions they cannot implement, give errors naming proxy and property.</summary>
public class BindingErrorsTests
{
    [Fact]
    public void A_class_without_algorithm_names_the_proxy_and_the_class()
    {
        var session = new TestSession();
        TestProxy plane = session.Create("implicit_functions", "Plane");

        var error = Assert.Throws<AlgorithmException>(() => session.Binder.Create(plane.Snapshot()));

        Assert.Contains($"Plane({plane.GlobalId})", error.Message, StringComparison.Ordinal);
        Assert.Contains("vtkPVPlane", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enumeration_value_the_algorithm_lacks_is_refused_naming_proxy_and_property()
    {
        var session = new TestSession();
        TestProxy calculator = session.Filter("Calculator", session.Wavelet(4)).Set("AttributeType", 2);

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => session.Bind(calculator));

        Assert.Equal($"Calculator({calculator.GlobalId})", error.ProxyLabel);
        Assert.Equal("AttributeType", error.PropertyName);
        Assert.Contains("PointData (0), CellData (1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_value_leaves_the_algorithm_as_it_was()
    {
        var session = new TestSession();
        TestProxy calculator = session.Filter("Calculator", session.Wavelet(4)).Set("Function", "RTData*2");
        var filter = (CalculatorFilter)session.Bind(calculator);
        long modified = filter.ModifiedTime;

        calculator.Set("Function", "RTData*3").Set("ResultArrayName", "Other").Set("AttributeType", 2);
        Assert.Throws<PropertyValueException>(() => session.Bind(calculator));

        Assert.Equal(modified, filter.ModifiedTime);
        Assert.Equal("RTData*2", filter.Function);
        Assert.Equal("Result", filter.ResultArrayName);
    }

    [Fact]
    public void A_value_outside_its_domain_is_refused_by_the_binder_as_well()
    {
        var session = new TestSession();
        TestProxy shrink = session.Filter("ShrinkFilter", session.Wavelet(4));
        shrink.Values["ShrinkFactor"] = PropertyValue.OfDoubles(2);

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => session.Bind(shrink));

        Assert.Equal("ShrinkFactor", error.PropertyName);
        Assert.Contains("DoubleRangeDomain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_only_command_at_another_value_is_refused_with_its_reason()
    {
        var session = new TestSession();
        TestProxy slice = session.Filter("Cut", session.Wavelet(4)).Set("SetDual", 1);

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => session.Bind(slice));

        Assert.Equal($"Cut({slice.GlobalId})", error.ProxyLabel);
        Assert.Equal("SetDual", error.PropertyName);
        Assert.Contains("dual-grid slicing is not implemented", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rotated_box_is_refused_naming_the_box_proxy()
    {
        var session = new TestSession();
        TestProxy clip = session.Filter("Clip", session.Wavelet(4)).Set("ClipFunction", "Box");
        TestProxy box = clip.Entry("ClipFunction", "Box").Set("Rotation", 0, 0, 30);

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => session.Bind(clip));

        Assert.Equal($"Box({box.GlobalId})", error.ProxyLabel);
        Assert.Equal("Rotation", error.PropertyName);
    }

    [Fact]
    public void Contouring_a_cell_array_is_refused()
    {
        var session = new TestSession();
        TestProxy contour = session.Filter("Contour", session.Wavelet(4)).Set("SelectInputScalars", "CELLS", "RTData");

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => session.Bind(contour));

        Assert.Equal("SelectInputScalars", error.PropertyName);
        Assert.Contains("association CELLS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_function_that_is_no_implicit_function_is_refused()
    {
        var session = new TestSession();
        TestProxy wavelet = session.Wavelet(4);
        TestProxy slice = session.Filter("Cut", wavelet).Set("CutFunction", new ProxyReference((long)wavelet.GlobalId));

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => session.Bind(slice));

        Assert.Equal("CutFunction", error.PropertyName);
        Assert.Contains("vtkRTAnalyticSource", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_proxy_the_session_lacks_is_reported()
    {
        var session = new TestSession();
        TestProxy slice = session.Filter("Cut", session.Wavelet(4)).Set("CutFunction", new ProxyReference(99999));

        PropertyValueException error = Assert.Throws<PropertyValueException>(() => session.Bind(slice));

        Assert.Equal("CutFunction", error.PropertyName);
        Assert.Contains("99999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_the_algorithm_lacks_and_no_list_names_is_an_error_not_silence()
    {
        var definitions = new DefinitionManager();
        definitions.Load(
            """
            <ServerManagerConfiguration>
              <ProxyGroup name="filters">
                <SourceProxy class="vtkShrinkFilter" name="OddShrink">
                  <InputProperty command="SetInputConnection" name="Input" />
                  <IntVectorProperty command="SetOddness" default_values="0" name="Oddness" number_of_elements="1" />
                </SourceProxy>
              </ProxyGroup>
            </ServerManagerConfiguration>
            """,
            "odd.xml");
        var binder = new AlgorithmBinder(AlgorithmRegistry.CreateDefault());
        var proxy = new ProxySnapshot(7, definitions.Get("filters", "OddShrink"), new Dictionary<string, PropertyValue>(), new Dictionary<string, ulong>());
        Algorithm algorithm = binder.Create(proxy);

        var error = Assert.Throws<AlgorithmException>(() => binder.Apply(algorithm, proxy, _ => null));

        Assert.Contains("OddShrink(7).Oddness", error.Message, StringComparison.Ordinal);
        Assert.Contains("SetOddness", error.Message, StringComparison.Ordinal);
    }
}
