using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.DataService;

/// <summary>
/// Registering a proxy gives the properties whose domains follow the input the values ParaView's
/// controller gives them (pvpython 5.11 figures: the default Wavelet's bounds are ±10 and its RTData
/// range is [37.35310363769531, 276.8288269042969]); a value the user set always wins.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class InputDefaultsTests(ClusterFixture fixture)
{
    private const double RTDataMin = 37.35310363769531;
    private const double RTDataMax = 276.8288269042969;

    [Fact]
    public async Task A_registered_slice_cuts_through_the_centre_of_its_input()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", 0, 20, -4, 10, -10, 0);
        Proxy slice = session.CreateProxy("filters", "Cut");
        slice.SetInput("Input", wavelet);

        session.RegisterProxy("sources", "Slice1", slice);
        await session.FlushAsync();

        Proxy plane = slice.GetProperty("CutFunction").AsProxy()!;
        Assert.Equal([10.0, 3.0, -5.0], plane.GetProperty("Origin").AsDoubles());
        Assert.Equal([1.0, 0.0, 0.0], plane.GetProperty("Normal").AsDoubles());
        DataInformation sliced = await slice.UpdatePipelineAsync();
        Assert.Equal([10.0, 10.0, -4.0, 10.0, -10.0, 0.0], sliced.Bounds);
    }

    [Fact]
    public async Task A_registered_clip_and_elevation_take_their_points_from_the_input_bounds()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        Proxy elevation = session.CreateProxy("filters", "ElevationFilter");
        elevation.SetInput("Input", wavelet);
        Proxy clip = session.CreateProxy("filters", "Clip");
        clip.SetInput("Input", wavelet);

        session.RegisterProxy("sources", "Elevation1", elevation);
        session.RegisterProxy("sources", "Clip1", clip);
        await session.FlushAsync();

        Assert.Equal([-10.0, -10.0, -10.0], elevation.GetProperty("LowPoint").AsDoubles());
        Assert.Equal([10.0, 10.0, 10.0], elevation.GetProperty("HighPoint").AsDoubles());
        Assert.Equal([0.0, 0.0, 0.0], clip.GetProperty("ClipFunction").AsProxy()!.GetProperty("Origin").AsDoubles());
        Assert.Equal(["RTData"], clip.GetProperty("SelectInputScalars").AsStrings()[^1..]);
        Assert.Equal((RTDataMin + RTDataMax) / 2, clip.GetProperty("Value").AsDouble(), 1e-9);
        DataInformation elevated = await elevation.UpdatePipelineAsync();
        Assert.Equal((0.0, 1.0), elevated.GetPointArray("Elevation")!.Range(0));
    }

    [Fact]
    public async Task A_registered_contour_contours_its_first_array_at_the_middle_of_its_range()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);

        session.RegisterProxy("sources", "Contour1", contour);
        DataInformation contoured = await contour.UpdatePipelineAsync();

        Assert.Equal(["RTData"], contour.GetProperty("ContourBy").AsStrings()[^1..]);
        double value = Assert.Single(contour.GetProperty("ContourValues").AsDoubles());
        Assert.Equal(157.0909652709961, value, 1e-9);
        Assert.True(contoured.NumberOfPoints > 0);
        (double min, double max) = contoured.GetPointArray("RTData")!.Range(0);
        Assert.Equal(value, min, 1e-4);
        Assert.Equal(value, max, 1e-4);
    }

    [Fact]
    public async Task Values_the_user_set_win_and_unregistered_proxies_keep_the_XML_defaults()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourValues", 200.0);
        Proxy elevation = session.CreateProxy("filters", "ElevationFilter");
        elevation.SetInput("Input", wavelet);
        elevation.SetProperty("LowPoint", 1.0, 2.0, 3.0);
        Proxy unregistered = session.CreateProxy("filters", "ElevationFilter");
        unregistered.SetInput("Input", wavelet);

        session.RegisterProxy("sources", "Contour1", contour);
        session.RegisterProxy("sources", "Elevation1", elevation);
        elevation.SetProperty("HighPoint", 4.0, 5.0, 6.0);
        await unregistered.UpdatePipelineAsync();
        await session.FlushAsync();

        Assert.Equal([200.0], contour.GetProperty("ContourValues").AsDoubles());
        Assert.Equal([1.0, 2.0, 3.0], elevation.GetProperty("LowPoint").AsDoubles());
        Assert.Equal([4.0, 5.0, 6.0], elevation.GetProperty("HighPoint").AsDoubles());
        Assert.Equal([0.0, 0.0, 0.0], unregistered.GetProperty("LowPoint").AsDoubles());
        Assert.Equal([0.0, 0.0, 1.0], unregistered.GetProperty("HighPoint").AsDoubles());
    }
}
