using Xunit;

namespace OrleansPV.Definitions.Tests;

public sealed class BuiltInDefinitionsTests
{
    private static readonly DefinitionManager Definitions = DefinitionManager.CreateDefault();

    [Theory]
    [InlineData("sources", "SphereSource", "vtkSphereSource", "Sphere")]
    [InlineData("sources", "RTAnalyticSource", "vtkRTAnalyticSource", "Wavelet")]
    [InlineData("sources", "ConeSource", "vtkConeSource", "Cone")]
    [InlineData("sources", "TimeSource", "vtkTimeSourceExample", "Time Source")]
    [InlineData("sources", "PlaneSource", "vtkPlaneSource", "Plane")]
    [InlineData("filters", "Calculator", "vtkPVArrayCalculator", "Calculator")]
    [InlineData("filters", "Contour", "vtkPVContourFilter", "Contour")]
    [InlineData("filters", "Clip", "vtkPVMetaClipDataSet", "Clip")]
    [InlineData("filters", "Cut", "vtkPVMetaSliceDataSet", "Slice")]
    [InlineData("filters", "ShrinkFilter", "vtkShrinkFilter", "Shrink")]
    [InlineData("filters", "ElevationFilter", "vtkElevationFilter", "Elevation")]
    [InlineData("filters", "Threshold", "vtkPVThreshold", "Threshold")]
    [InlineData("filters", "OutlineFilter", "vtkPOutlineFilter", "Outline")]
    [InlineData("filters", "DataSetSurfaceFilter", "vtkGeometryFilter", "Extract Surface")]
    [InlineData("implicit_functions", "Plane", "vtkPVPlane", "Plane")]
    [InlineData("implicit_functions", "Box", "vtkPVBox", "Box")]
    [InlineData("implicit_functions", "Sphere", "vtkSphere", "Sphere")]
    [InlineData("implicit_functions", "Cylinder", "vtkPVCylinder", "Cylinder")]
    [InlineData("implicit_functions", "Scalar", "", "Scalar")]
    [InlineData("views", "RenderView", "vtkPVRenderView", "Render View")]
    [InlineData("representations", "GeometryRepresentation", "vtkPVCompositeRepresentation", "GeometryRepresentation")]
    public void Every_shipped_proxy_loads_with_its_ParaView_class_and_label(string group, string name, string className, string label)
    {
        var definition = Definitions.Get(group, name);

        Assert.Equal(group, definition.Group);
        Assert.Equal(name, definition.Name);
        Assert.Equal(className, definition.ClassName);
        Assert.Equal(label, definition.Label);
        foreach (var property in definition.Properties.Where(p => !p.RepeatCommand && p.Kind is not (PropertyKind.Input or PropertyKind.Proxy)))
        {
            Assert.Equal(property.NumberOfElements, property.DefaultValues.Count);
        }
    }

    [Fact]
    public void All_lists_every_shipped_definition_and_each_default_passes_its_own_validation()
    {
        var all = Definitions.All.ToArray();

        Assert.Equal(50, all.Length);
        foreach (var definition in all)
        {
            foreach (var property in definition.Properties.Where(p => !p.InformationOnly))
            {
                Assert.Null(property.FindViolation(property.DefaultValues));
            }
        }
    }

    [Fact]
    public void Sources_have_ParaView_defaults()
    {
        Assert.Equal(PropertyValue.OfInts(-10, 10, -10, 10, -10, 10), Default("sources", "RTAnalyticSource", "WholeExtent"));
        Assert.Equal(PropertyValue.OfDoubles(255.0), Default("sources", "RTAnalyticSource", "Maximum"));
        Assert.Equal(PropertyValue.OfDoubles(60.0), Default("sources", "RTAnalyticSource", "XFreq"));
        Assert.Equal(PropertyValue.OfDoubles(0.5), Default("sources", "RTAnalyticSource", "StandardDeviation"));
        Assert.Equal(PropertyValue.OfInts(8), Default("sources", "SphereSource", "ThetaResolution"));
        Assert.Equal(PropertyValue.OfInts(8), Default("sources", "SphereSource", "PhiResolution"));
        Assert.Equal(PropertyValue.OfDoubles(0.5), Default("sources", "SphereSource", "Radius"));
        Assert.Equal(PropertyValue.OfDoubles(360.0), Default("sources", "SphereSource", "EndTheta"));
        Assert.Equal(PropertyValue.OfInts(6), Default("sources", "ConeSource", "Resolution"));
        Assert.Equal(PropertyValue.OfDoubles(1.0, 0.0, 0.0), Default("sources", "ConeSource", "Direction"));
        Assert.Equal(PropertyValue.OfDoubles(-0.5, -0.5, 0.0), Default("sources", "PlaneSource", "Origin"));
        Assert.Equal(PropertyValue.OfDoubles(0.5, -0.5, 0.0), Default("sources", "PlaneSource", "Point1"));
    }

    [Fact]
    public void Filters_have_ParaView_defaults()
    {
        Assert.Equal(PropertyValue.OfDoubles(), Default("filters", "Contour", "ContourValues"));
        Assert.Equal(PropertyValue.OfInts(1), Default("filters", "Contour", "ComputeNormals"));
        Assert.Equal(PropertyValue.OfInts(0), Default("filters", "Contour", "ComputeGradients"));
        Assert.Equal(PropertyValue.OfInts(2), Default("filters", "Contour", "OutputPointsPrecision"));
        Assert.Equal(PropertyValue.OfStrings("", "", "", "", ""), Default("filters", "Contour", "SelectInputScalars"));
        Assert.Equal(PropertyValue.OfInts(1), Default("filters", "Clip", "Invert"));
        Assert.Equal(PropertyValue.OfSelectedProxy("Plane"), Default("filters", "Clip", "ClipFunction"));
        Assert.Equal(PropertyValue.OfSelectedProxy("Plane"), Default("filters", "Cut", "CutFunction"));
        Assert.Equal(PropertyValue.OfInts(1), Default("filters", "Cut", "Triangulate the slice"));
        Assert.Equal(PropertyValue.OfDoubles(0.5), Default("filters", "ShrinkFilter", "ShrinkFactor"));
        Assert.Equal(PropertyValue.OfDoubles(0, 0, 1), Default("filters", "ElevationFilter", "HighPoint"));
        Assert.Equal(PropertyValue.OfStrings("Result"), Default("filters", "Calculator", "ResultArrayName"));
        Assert.Equal(PropertyValue.OfStrings(""), Default("filters", "Calculator", "Function"));
        Assert.Equal(PropertyValue.OfInts(11), Default("filters", "Calculator", "ResultArrayType"));
        Assert.Equal(PropertyValue.OfInts(0), Default("filters", "Threshold", "ThresholdMethod"));
        Assert.Equal(PropertyValue.OfInts(1), Default("filters", "DataSetSurfaceFilter", "PieceInvariant"));
        Assert.Equal(PropertyValue.OfInputs(), Default("filters", "Contour", "Input"));
    }

    [Fact]
    public void Implicit_functions_views_and_representations_have_ParaView_defaults()
    {
        Assert.Equal(PropertyValue.OfDoubles(1, 0, 0), Default("implicit_functions", "Plane", "Normal"));
        Assert.Equal(PropertyValue.OfDoubles(0, 1, 0), Default("implicit_functions", "Cylinder", "Axis"));
        Assert.Equal(PropertyValue.OfDoubles(1), Default("implicit_functions", "Sphere", "Radius"));
        Assert.Equal(PropertyValue.OfDoubles(1, 1, 1), Default("implicit_functions", "Box", "Length"));
        Assert.Equal(PropertyValue.OfInts(400, 400), Default("views", "RenderView", "ViewSize"));
        Assert.Equal(PropertyValue.OfDoubles(0, 0, 6.69), Default("views", "RenderView", "CameraPosition"));
        Assert.Equal(PropertyValue.OfDoubles(0, 1, 0), Default("views", "RenderView", "CameraViewUp"));
        Assert.Equal(PropertyValue.OfDoubles(30), Default("views", "RenderView", "CameraViewAngle"));
        Assert.Equal(PropertyValue.OfDoubles(1.73), Default("views", "RenderView", "CameraParallelScale"));
        Assert.Equal(PropertyValue.OfInts(0), Default("views", "RenderView", "CameraParallelProjection"));
        Assert.Equal(PropertyValue.OfDoubles(0.329, 0.349, 0.427), Default("views", "RenderView", "Background"));
        Assert.Equal(PropertyValue.OfInts(1), Default("views", "RenderView", "OrientationAxesVisibility"));
        Assert.Equal(PropertyValue.OfStrings("Surface"), Default("representations", "GeometryRepresentation", "Representation"));
        Assert.Equal(PropertyValue.OfDoubles(1.0), Default("representations", "GeometryRepresentation", "Opacity"));
        Assert.Equal(PropertyValue.OfDoubles(2.0), Default("representations", "GeometryRepresentation", "PointSize"));
        Assert.Equal(PropertyValue.OfDoubles(1.0), Default("representations", "GeometryRepresentation", "LineWidth"));
        Assert.Equal(PropertyValue.OfDoubles(0, 0, 0.5), Default("representations", "GeometryRepresentation", "EdgeColor"));
        Assert.Equal(PropertyValue.OfProxies(), Default("representations", "GeometryRepresentation", "LookupTable"));
    }

    [Theory]
    [InlineData("filters", "Contour", "ContourBy", "SelectInputScalars")]
    [InlineData("filters", "Contour", "Isosurfaces", "ContourValues")]
    [InlineData("filters", "Clip", "ClipType", "ClipFunction")]
    [InlineData("filters", "Clip", "Scalars", "SelectInputScalars")]
    [InlineData("filters", "Clip", "Crinkleclip", "PreserveInputCells")]
    [InlineData("filters", "Cut", "SliceType", "CutFunction")]
    [InlineData("filters", "Cut", "SliceOffsetValues", "ContourValues")]
    [InlineData("filters", "Cut", "Triangulatetheslice", "Triangulate the slice")]
    [InlineData("filters", "Calculator", "ReplaceInvalidResults", "ReplaceInvalidValues")]
    [InlineData("sources", "RTAnalyticSource", "WholeExtent", "WholeExtent")]
    [InlineData("filters", "ElevationFilter", "Low Point", "LowPoint")]
    public void Properties_are_found_by_XML_name_or_by_label_without_spaces(string group, string name, string lookup, string xmlName)
    {
        var property = Definitions.Get(group, name).FindProperty(lookup);

        Assert.NotNull(property);
        Assert.Equal(xmlName, property.Name);
    }

    [Fact]
    public void Property_lookup_is_case_sensitive_like_paraview_simple()
    {
        var contour = Definitions.Get("filters", "Contour");

        Assert.Null(contour.FindProperty("contourby"));
        Assert.Null(contour.FindProperty("isosurfaces"));
    }

    [Fact]
    public void An_unknown_property_names_the_proxy_the_property_and_the_available_names()
    {
        var sphere = Definitions.Get("sources", "SphereSource");

        var error = Assert.Throws<UnknownPropertyException>(() => sphere.GetProperty("Radious", "Sphere1"));

        Assert.Equal(
            "Sphere1 has no property 'Radious'. Available: Center, Radius, ThetaResolution, StartTheta, EndTheta, PhiResolution, StartPhi, EndPhi",
            error.Message);
        Assert.IsAssignableFrom<OrleansPVException>(error);
    }

    [Fact]
    public void An_unknown_proxy_names_group_and_name_and_suggests_close_names()
    {
        var error = Assert.Throws<DefinitionException>(() => Definitions.Get("filters", "Countour"));

        Assert.StartsWith("No proxy definition filters.Countour. Did you mean: filters.Contour", error.Message, StringComparison.Ordinal);
        Assert.False(Definitions.TryGet("filters", "Countour", out _));
    }

    [Fact]
    public void Clip_type_lists_ParaView_clip_implicit_functions_with_Scalar_as_a_null_proxy()
    {
        var clipFunction = Definitions.Get("filters", "Clip").GetProperty("ClipType");
        var domain = clipFunction.FindDomain<ProxyListDomain>();

        Assert.NotNull(domain);
        Assert.Equal(["Plane", "Box", "Sphere", "Cylinder", "Scalar"], domain.Proxies.Select(p => p.Name));
        Assert.All(domain.Proxies, p => Assert.Equal("implicit_functions", p.Group));
        Assert.Equal("Plane", domain.DefaultProxyName);
        Assert.Equal("NullProxy", Definitions.Get("implicit_functions", "Scalar").Kind);
        Assert.Equal("vtkPVPlane", Definitions.Get("clip_implicit_functions", "Plane").ClassName);
        Assert.Equal(
            ["Plane", "Box", "Sphere", "Cylinder"],
            Definitions.Get("filters", "Cut").GetProperty("SliceType").FindDomain<ProxyListDomain>()!.Proxies.Select(p => p.Name));
    }

    [Fact]
    public void Render_view_inherits_from_ViewBase_and_exposes_its_camera_sub_proxy()
    {
        var view = Definitions.Get("views", "RenderView");

        Assert.Equal("RenderViewProxy", view.Kind);
        Assert.Equal(["ViewTime", "ViewSize", "Representations"], view.Properties.Take(3).Select(p => p.Name));
        Assert.Null(view.Properties[0].SubProxyName);
        var camera = Assert.Single(view.SubProxies);
        Assert.Equal(("ActiveCamera", "camera", "Camera"), (camera.Name, camera.ProxyGroup, camera.ProxyName));
        Assert.Contains(new ExposedProperty("CameraPosition", "CameraPosition"), camera.ExposedProperties);
        var position = view.GetProperty("CameraPosition");
        Assert.Equal("ActiveCamera", position.SubProxyName);
        Assert.Equal("SetPosition", position.Command);
        Assert.Equal("CameraPositionInfo", position.InformationProperty);
        Assert.Equal("never", position.PanelVisibility);
        Assert.True(view.GetProperty("CameraPositionInfo").InformationOnly);
        Assert.Equal("CameraParallelScaleInfo", view.Properties.First(p => p.SubProxyName is not null && p.Name.EndsWith("Info", StringComparison.Ordinal) && p.Name.Contains("Parallel", StringComparison.Ordinal)).Name);
        Assert.Equal(
            ["ViewTime", "ViewSize", "Representations", "CameraPositionInfo"],
            view.Properties.Take(4).Select(p => p.Name));
        Assert.True(view.GetProperty("Representations").RepeatCommand);
    }

    [Fact]
    public void Documentation_hints_and_input_ports_are_kept()
    {
        var contour = Definitions.Get("filters", "Contour");

        Assert.Equal("Isolines or isosurfaces of a point scalar array at the given values.", contour.Documentation);
        Assert.Equal("The scalar array to contour.", contour.GetProperty("ContourBy").Documentation);
        Assert.Equal("2", contour.Hints?.Element("Visibility")?.Attribute("replace_input")?.Value);
        Assert.Equal([new PortDefinition("Input", 0)], contour.InputPorts);
        Assert.Equal(
            ["ArrayListDomain"],
            contour.GetProperty("ContourBy").Domains.Select(d => d.ElementName));
        Assert.Equal([StringElementType.Int, StringElementType.Int, StringElementType.Int, StringElementType.Int, StringElementType.String],
            contour.GetProperty("ContourBy").ElementTypes.ToArray());
        Assert.True(contour.GetProperty("ContourBy").IsArraySelection);
    }

    private static PropertyValue Default(string group, string name, string property) =>
        Definitions.Get(group, name).GetProperty(property).DefaultValues;
}
