using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.State;

/// <summary>
/// ParaView state files (.pvsm): a pipeline saved and loaded into another session gives the same data and
/// the same frame; ParaView 5.11's own state file (Fixtures/State, written by ParaView from
/// Wavelet → Contour 157, Wavelet → Slice z=0 and a Sphere in a render view) loads to what it says.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StateFileTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private static readonly string ParaViewState = TestFixtures.PathOf("State", "wavelet_contour_slice.pvsm");

    [Fact]
    public async Task A_saved_pipeline_loads_into_a_new_session_with_the_same_data_and_frame()
    {
        await using Connection connection = await fixture.ConnectAsync(0);
        Session original = await connection.CreateSessionAsync("ada");
        (Proxy view, Dictionary<string, Proxy> built) = await BuildWaveletContourSliceAsync(original);
        Dictionary<string, string> expectedData = await DataOfAsync(built);
        Frame expectedFrame = await view.RenderAsync();
        string path = Path.Combine(Path.GetTempPath(), $"opv-{Guid.NewGuid():N}.pvsm");
        try
        {
            await original.SaveStateAsync(path);
            Session loaded = await connection.CreateSessionAsync("bob");
            LoadStateSummary summary = await loaded.LoadStateAsync(path);

            Dictionary<string, Proxy> found = built.Keys.ToDictionary(name => name, name => loaded.FindProxy("sources", name)!);
            Assert.Equal(expectedData, await DataOfAsync(found));
            Proxy loadedView = loaded.FindProxy("views", "RenderView1")!;
            Frame frame = await loadedView.RenderAsync();
            Assert.Equal(expectedFrame.Camera.Position, frame.Camera.Position);
            Assert.Equal(expectedFrame.Camera.FocalPoint, frame.Camera.FocalPoint);
            Assert.Equal(expectedFrame.Camera.ViewUp, frame.Camera.ViewUp);
            Assert.Equal((expectedFrame.Width, expectedFrame.Height), (frame.Width, frame.Height));
            Assert.Equal(expectedFrame.Bytes, frame.Bytes);

            // Everything of ours is known to ours: nothing skipped; the registrations keep their names.
            Assert.Empty(summary.SkippedProxies);
            Assert.Empty(summary.SkippedProperties);
            Assert.Equal(
                original.RegisteredProxies.Select(r => $"{r.Group}/{r.Name}/{r.Proxy.XmlName}").Order(),
                loaded.RegisteredProxies.Select(r => $"{r.Group}/{r.Name}/{r.Proxy.XmlName}").Order());
            Assert.Equal([0.0, 0.0, 0.5], loaded.FindProxy("sources", "Slice1")!.GetProperty("CutFunction").AsProxy()!.GetProperty("Origin").AsDoubles());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_saved_file_is_in_ParaViews_format()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy view, Dictionary<string, Proxy> built) = await BuildWaveletContourSliceAsync(session);
        using var stream = new MemoryStream();
        await session.SaveStateAsync(stream);
        XElement state = XDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).Root!.Element("ServerManagerState")!;

        Assert.Equal("5.11.0", state.Attribute("version")!.Value);
        XElement contour = ProxyElement(state, built["Contour1"].GlobalId);
        Assert.Equal(("filters", "Contour"), (contour.Attribute("group")!.Value, contour.Attribute("type")!.Value));
        XElement values = PropertyElement(contour, "ContourValues");
        Assert.Equal($"{built["Contour1"].GlobalId}.ContourValues", values.Attribute("id")!.Value);
        Assert.Equal(["157"], values.Elements("Element").Select(e => e.Attribute("value")!.Value));
        XElement input = PropertyElement(contour, "Input").Element("Proxy")!;
        Assert.Equal((built["Wavelet1"].GlobalId.ToString(), "0"), (input.Attribute("value")!.Value, input.Attribute("output_port")!.Value));

        // The slice's plane is a proxy of its own, listed by the property's proxy_list domain and
        // registered as ParaView's client registers it; the camera is written on the view.
        XElement cut = PropertyElement(ProxyElement(state, built["Slice1"].GlobalId), "CutFunction");
        string plane = cut.Element("Proxy")!.Attribute("value")!.Value;
        Assert.Contains(plane, cut.Element("Domain")!.Elements("Proxy").Select(p => p.Attribute("value")!.Value));
        Assert.Equal("Plane", ProxyElement(state, ulong.Parse(plane)).Attribute("type")!.Value);
        Assert.Contains(state.Elements("ProxyCollection"), c => c.Attribute("name")!.Value == $"pq_helper_proxies.{built["Slice1"].GlobalId}");
        double[] position = view.GetProperty("CameraPosition").AsDoubles();
        Assert.Equal(position, PropertyElement(ProxyElement(state, view.GlobalId), "CameraPosition").Elements("Element").Select(e => double.Parse(e.Attribute("value")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(
            ["Contour1", "Slice1", "Wavelet1"],
            state.Elements("ProxyCollection").Single(c => c.Attribute("name")!.Value == "sources").Elements("Item").Select(i => i.Attribute("name")!.Value).Order());
    }

    [Fact]
    public async Task ParaViews_own_state_file_loads_its_pipeline_view_and_camera()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");

        LoadStateSummary summary = await session.LoadStateAsync(ParaViewState);

        // The file's ids: Wavelet 297, Contour 321, Slice 936 (its plane 947), Sphere 672, RenderView 277,
        // representations 626 (contour), 897 (sphere), 1168 (slice), the RTData lookup table 639.
        Proxy wavelet = session.FindProxy("sources", "Wavelet1")!;
        Assert.Same(wavelet, summary[297]);
        Assert.Equal([-16, 15, -16, 15, -16, 15], wavelet.GetProperty("WholeExtent").AsInts());
        Proxy contour = session.FindProxy("sources", "Contour1")!;
        Assert.Equal([157.0], contour.GetProperty("ContourValues").AsDoubles());
        Assert.Equal(["0", "0", "0", "0", "RTData"], contour.GetProperty("SelectInputScalars").AsStrings());
        Assert.Same(wavelet, contour.GetProperty("Input").AsProxy());
        Proxy slice = session.FindProxy("sources", "Slice1")!;
        Assert.Same(wavelet, slice.GetProperty("Input").AsProxy());
        Proxy plane = slice.GetProperty("CutFunction").AsProxy()!;
        Assert.Same(plane, summary[947]);
        Assert.Equal("Plane", plane.XmlName);
        Assert.Equal([0.0, 0.0, 1.0], plane.GetProperty("Normal").AsDoubles());
        Assert.Equal([0.0, 0.0, 0.0], plane.GetProperty("Origin").AsDoubles());
        Assert.Equal(32, session.FindProxy("sources", "Sphere1")!.GetProperty("ThetaResolution").AsInt());

        Proxy view = session.FindProxy("views", "RenderView1")!;
        Assert.Equal([800, 600], view.GetProperty("ViewSize").AsInts());
        Assert.Equal([48.601482287791704, 35.51348348096193, 83.46551746814066], view.GetProperty("CameraPosition").AsDoubles());
        Assert.Equal([0.0, 1.0, 0.0], view.GetProperty("CameraViewUp").AsDoubles());
        Assert.Equal(30.0, view.GetProperty("CameraViewAngle").AsDouble());
        Assert.Equal([summary[626], summary[897], summary[1168]], view.GetProperty("Representations").AsProxies());
        Assert.Equal(("Wireframe", 1), (summary[626].GetProperty("Representation").AsString(), summary[626].GetProperty("Visibility").AsInt()));
        Assert.Equal(("Surface With Edges", 0), (summary[897].GetProperty("Representation").AsString(), summary[897].GetProperty("Visibility").AsInt()));
        Proxy table = session.FindProxy("lookup_tables", "RTData.PVLookupTable")!;
        Assert.Same(table, summary[1168].GetProperty("LookupTable").AsProxy());
        Assert.Equal(77.65550994873047, table.GetProperty("RGBPoints").AsDoubles()[0]);

        // ParaView's figures for the same pipelines (Fixtures/reference.json).
        ReferenceCases.AssertMatches("wavelet_32", await wavelet.UpdatePipelineAsync());
        ReferenceCases.AssertMatches("wavelet_32_contour_157", await contour.UpdatePipelineAsync());
        ReferenceCases.AssertMatches("wavelet_32_slice_z0", await slice.UpdatePipelineAsync());

        // The camera is placed by the file: the render uses it, not a reset.
        view.SetProperty("ViewSize", 200, 150);
        Frame frame = await view.RenderAsync();
        Assert.Equal([48.601482287791704, 35.51348348096193, 83.46551746814066], frame.Camera.Position);

        // What this client's trimmed definitions do not have is skipped and listed.
        output.WriteLine($"skipped {summary.SkippedProxies.Count} proxies:");
        summary.SkippedProxies.ToList().ForEach(s => output.WriteLine($"  {s}"));
        output.WriteLine($"skipped {summary.SkippedProperties.Count} properties:");
        summary.SkippedProperties.GroupBy(s => s.Type).ToList().ForEach(g => output.WriteLine($"  {g.Key}: {g.Count()} ({string.Join(", ", g.Select(s => s.Property).Distinct().Take(8))}, ...)"));
        string[] skippedTypes = summary.SkippedProxies.Select(s => s.Type).Distinct().Order().ToArray();
        Assert.Contains("AnimationScene", skippedTypes);
        Assert.Contains("TimeKeeper", skippedTypes);
        Assert.Contains("PiecewiseFunction", skippedTypes);
        Assert.Contains("GridAxes3DActor", skippedTypes);
        Assert.Contains("MergePoints", skippedTypes);          // Contour's Locator list: no Locator property here
        Assert.DoesNotContain(summary.SkippedProxies, s => s.FileId is 297 or 321 or 936 or 947 or 672 or 277 or 626 or 897 or 1168 or 639);
        Assert.Contains(summary.SkippedProperties, s => s.FileId == 277 && s.Property == "OrientationAxesLabelColor");
        Assert.Contains(summary.SkippedProperties, s => s.FileId == 936 && s.Property == "HyperTreeGridImplicitFunction");
    }

    [Fact]
    public async Task Loading_is_one_undo_set()
    {
        await using Connection connection = await fixture.ConnectAsync(0);
        Session session = await connection.CreateSessionAsync("ada");
        await session.LoadStateAsync(ParaViewState);
        Assert.Equal(9, session.RegisteredProxies.Count); // 4 sources, 3 representations, the view, the lookup table

        Assert.True(await session.UndoAsync());

        Assert.Empty(session.RegisteredProxies);
    }

    public static TheoryData<string, string, string[]> BrokenFiles => new()
    {
        // A value outside its domain: a boolean of 7, an enumeration text ParaView does not have.
        { "321.ComputeNormals", "<Element index=\"0\" value=\"7\"/>", ["Contour 'Contour1' (id 321).ComputeNormals", "7"] },
        { "626.Representation", "<Element index=\"0\" value=\"Sculpture\"/>", ["GeometryRepresentation 'GeometryRepresentation1' (id 626).Representation", "Sculpture"] },
        // A number that is not one, and a wrong count.
        { "297.Maximum", "<Element index=\"0\" value=\"lots\"/>", ["RTAnalyticSource 'Wavelet1' (id 297).Maximum", "lots"] },
        // An input id the file does not hold.
        { "321.Input", "<Proxy value=\"4242\" output_port=\"0\"/>", ["Contour 'Contour1' (id 321).Input", "4242", "does not hold"] },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_is_refused_naming_file_proxy_and_property_and_nothing_is_pushed(string propertyId, string content, string[] expected)
    {
        XDocument document = XDocument.Load(ParaViewState);
        XElement property = document.Descendants("Property").Single(p => p.Attribute("id")?.Value == propertyId);
        property.Elements().Where(e => e.Name != "Domain").Remove();
        property.AddFirst(XElement.Parse(content));
        string path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.pvsm");
        document.Save(path);
        try
        {
            await AssertRefusedAsync(path, expected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_truncated_file_is_refused_naming_the_file_and_nothing_is_pushed()
    {
        string text = await File.ReadAllTextAsync(ParaViewState);
        string path = Path.Combine(Path.GetTempPath(), $"truncated-{Guid.NewGuid():N}.pvsm");
        await File.WriteAllTextAsync(path, text[..(text.Length / 2)]);
        try
        {
            await AssertRefusedAsync(path, ["not well-formed XML"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task AssertRefusedAsync(string path, string[] expected)
    {
        await using Connection connection = await fixture.ConnectAsync(0);
        Session session = await connection.CreateSessionAsync("ada");

        StateFileException error = await Assert.ThrowsAsync<StateFileException>(() => session.LoadStateAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        foreach (string part in expected)
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }

        // All or nothing: no registration and no proxy reached the session, on this client or another.
        Assert.Empty(session.RegisteredProxies);
        await session.SynchronizeAsync();
        await using Connection other = await fixture.ConnectAsync(1);
        Session joined = await other.JoinSessionAsync(session.Id, "bob");
        Assert.Empty(joined.RegisteredProxies);
    }

    /// <summary>Wavelet 32^3 → Contour 157 → Slice z=0, the contour and the slice shown coloured by RTData, the camera reset.</summary>
    private static async Task<(Proxy View, Dictionary<string, Proxy> Sources)> BuildWaveletContourSliceAsync(Session session)
    {
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -16, 15, -16, 15, -16, 15);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", 157.0);
        contour.SetProperty("ComputeScalars", 1);
        Proxy slice = session.CreateProxy("filters", "Cut");
        slice.SetInput("Input", contour);
        Proxy plane = slice.GetProperty("CutFunction").AsProxy()!;
        plane.SetProperty("Origin", 0.0, 0.0, 0.5);
        plane.SetProperty("Normal", 0.0, 0.0, 1.0);
        session.RegisterProxy("sources", "Wavelet1", wavelet);
        session.RegisterProxy("sources", "Contour1", contour);
        session.RegisterProxy("sources", "Slice1", slice);

        Proxy view = session.CreateProxy("views", "RenderView");
        view.SetProperty("ViewSize", 240, 180);
        session.RegisterProxy("views", "RenderView1", view);
        Proxy contourDisplay = session.Show(contour, view);
        contourDisplay.ColorBy("POINTS", "RTData");
        contourDisplay.SetProperty("Opacity", 0.5);
        contourDisplay.UpdateVTKObjects();
        Proxy sliceDisplay = session.Show(slice, view);
        sliceDisplay.SetProperty("LineWidth", 3.0);
        sliceDisplay.UpdateVTKObjects();
        await view.ResetCameraAsync();
        return (view, new Dictionary<string, Proxy> { ["Wavelet1"] = wavelet, ["Contour1"] = contour, ["Slice1"] = slice });
    }

    /// <summary>Each proxy's data information as JSON (without the pipeline version, which counts executions).</summary>
    private static async Task<Dictionary<string, string>> DataOfAsync(Dictionary<string, Proxy> proxies)
    {
        var data = new Dictionary<string, string>();
        foreach ((string name, Proxy proxy) in proxies)
        {
            DataInformation info = await proxy.UpdatePipelineAsync();
            data[name] = JsonSerializer.Serialize(info with { PipelineVersion = 0 });
        }

        return data;
    }

    private static XElement ProxyElement(XElement state, ulong id)
        => state.Elements("Proxy").Single(p => p.Attribute("id")!.Value == id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static XElement PropertyElement(XElement proxy, string name)
        => proxy.Elements("Property").Single(p => p.Attribute("name")!.Value == name);
}
