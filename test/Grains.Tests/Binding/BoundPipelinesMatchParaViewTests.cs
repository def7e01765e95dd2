namespace OrleansPV.Grains.Tests.Binding;

/// <summary>
/// Every anchor pipeline of reference.json, built from proxies with values set as a client sets
/// them, bound by the AlgorithmBinder and executed: ParaView 5.11's counts, bounds and ranges.
/// </summary>
public class BoundPipelinesMatchParaViewTests
{
    [Theory]
    [InlineData("wavelet_32", 16)]
    [InlineData("wavelet_32_contour_157", 16)]
    [InlineData("wavelet_32_slice_z0", 16)]
    [InlineData("wavelet_32_clip_x0", 16)]
    [InlineData("wavelet_32_calc", 16)]
    [InlineData("wavelet_32_threshold_100_200", 16)]
    [InlineData("wavelet_32_shrink", 16)]
    [InlineData("wavelet_32_elevation", 16)]
    [InlineData("wavelet_64", 32)]
    [InlineData("wavelet_64_contour_157", 32)]
    [InlineData("wavelet_64_slice_z0", 32)]
    [InlineData("wavelet_64_clip_x0", 32)]
    [InlineData("wavelet_64_calc", 32)]
    [InlineData("wavelet_64_threshold_100_200", 32)]
    [InlineData("wavelet_64_shrink", 32)]
    [InlineData("wavelet_64_elevation", 32)]
    public void Bound_pipeline_matches_ParaView_figures(string caseName, int half)
    {
        var session = new TestSession();
        TestProxy pipeline = AnchorPipelines.Build(session, caseName, half);

        ReferenceFigures.AssertMatches(caseName, session.Update(pipeline));
    }

    [Fact]
    public void Sphere_and_cone_sources_bind_their_resolutions()
    {
        var session = new TestSession();
        TestProxy sphere = session.Create("sources", "SphereSource").Set("ThetaResolution", 64).Set("PhiResolution", 64);
        TestProxy cone = session.Create("sources", "ConeSource").Set("Resolution", 32);

        ReferenceFigures.AssertMatches("sphere_64", session.Update(sphere));
        ReferenceFigures.AssertMatches("cone_32", session.Update(cone));
    }
}
