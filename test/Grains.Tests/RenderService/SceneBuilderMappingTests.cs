using OrleansPV.Grains.RenderService.Binding;
using OrleansPV.Grains.Tests.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.Scenes;

namespace OrleansPV.Grains.Tests.RenderService;

/// <summary>Each GeometryRepresentation property lands on the scene object as ParaView's strings and numbers say.</summary>
public class SceneBuilderMappingTests
{
    [Fact]
    public void Representation_properties_set_by_a_client_map_onto_display_properties()
    {
        var session = new TestSession();
        TestProxy view = session.Create("views", "RenderView").Set("ViewSize", 320, 200).Set("Background", 0.1, 0.2, 0.3);
        TestProxy representation = session.Create("representations", "GeometryRepresentation")
            .Set("Representation", "Wireframe")
            .Set("Opacity", 0.25)
            .Set("DiffuseColor", 1, 0, 0)
            .Set("AmbientColor", 0, 1, 0)
            .Set("EdgeColor", 0, 0, 1)
            .Set("PointSize", 5)
            .Set("LineWidth", 3)
            .Set("Visibility", 0);
        PolyData sphere = (PolyData)Executive.Update(new SphereSource());

        Scene scene = SceneBuilder.Build(view.Snapshot(), [(representation.Snapshot(), sphere)], session.Resolve);

        DisplayProperties p = scene.Objects[0].Properties;
        Assert.Equal((320, 200), (scene.Width, scene.Height));
        Assert.Equal(new ColorRgb(0.1, 0.2, 0.3), scene.Background);
        Assert.Equal((Representation.Wireframe, 0.25, 5.0, 3.0, false), (p.Representation, p.Opacity, p.PointSize, p.LineWidth, p.Visibility));
        Assert.Equal((new ColorRgb(1, 0, 0), new ColorRgb(0, 1, 0), new ColorRgb(0, 0, 1)), (p.DiffuseColor, p.AmbientColor, p.EdgeColor));
        Assert.Null(p.Coloring);
        Assert.False(scene.VisibleBounds().IsValid);
    }

    [Fact]
    public void The_orientation_axes_are_shown_unless_the_view_hides_them_as_in_ParaView()
    {
        var session = new TestSession();
        TestProxy shown = session.Create("views", "RenderView");
        TestProxy hidden = session.Create("views", "RenderView").Set("OrientationAxesVisibility", 0);

        Assert.True(SceneBuilder.Build(shown.Snapshot(), [], session.Resolve).OrientationAxesVisibility);
        Assert.False(SceneBuilder.Build(hidden.Snapshot(), [], session.Resolve).OrientationAxesVisibility);
    }

    [Theory]
    [InlineData("Surface", Representation.Surface)]
    [InlineData("Surface With Edges", Representation.SurfaceWithEdges)]
    [InlineData("Wireframe", Representation.Wireframe)]
    [InlineData("Points", Representation.Points)]
    [InlineData("Outline", Representation.Outline)]
    public void ParaViews_representation_names_map_onto_the_renderers(string name, Representation expected)
    {
        var session = new TestSession();
        TestProxy representation = session.Create("representations", "GeometryRepresentation").Set("Representation", name);
        Scene scene = SceneBuilder.Build(session.Create("views", "RenderView").Snapshot(), [(representation.Snapshot(), new PolyData())], session.Resolve);
        Assert.Equal(expected, scene.Objects[0].Properties.Representation);
    }

    [Fact]
    public void An_image_is_drawn_as_its_outer_surface()
    {
        var image = (ImageData)Executive.Update(new WaveletSource { WholeExtent = new Extent(-16, 15, -16, 15, -16, 15) });
        PolyData surface = RenderableGeometry.From(image);

        // 32³ points less the 30³ inside; 6 faces of 31² quads; RTData follows the points.
        Assert.Equal((5768, 5766), (surface.NumberOfPoints, surface.NumberOfCells));
        Assert.NotNull(surface.PointData.Get("RTData"));
        Assert.Equal(image.GetBounds(), surface.GetBounds());
    }

    [Fact]
    public void Poly_data_is_drawn_as_it_is()
    {
        PolyData sphere = (PolyData)Executive.Update(new SphereSource());
        Assert.Same(sphere, RenderableGeometry.From(sphere));
    }
}
