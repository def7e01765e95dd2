using OrleansPV.Grains.DataService.Binding;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Clip;
using OrleansPV.Processing.Filters.Slice;
using OrleansPV.Processing.ImplicitFunctions;

namespace OrleansPV.Grains.Tests.Binding;

/// <summary>Re-applying proxy state re-executes only what changed: equal values leave modified times alone.</summary>
public class RebindingTests
{
    public static TheoryData<string> Cases { get; } = new()
    {
        "wavelet_8_contour_157", "wavelet_8_slice_z0", "wavelet_8_clip_x0", "wavelet_8_calc",
        "wavelet_8_threshold_100_200", "wavelet_8_shrink", "wavelet_8_elevation",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reapplying_the_same_values_changes_no_modified_time_and_executes_nothing(string caseName)
    {
        var session = new TestSession();
        TestProxy proxy = AnchorPipelines.Build(session, caseName, 4);
        Algorithm filter = session.Bind(proxy);
        Algorithm source = filter.GetInputConnection(0)!.Producer;
        Executive.Update(filter);
        (long filterModified, long sourceModified) = (filter.ModifiedTime, source.ModifiedTime);
        (long filterExecuted, long sourceExecuted) = (filter.ExecuteTime, source.ExecuteTime);

        Assert.Same(filter, session.Bind(proxy));
        Executive.Update(filter);

        Assert.Equal(filterModified, filter.ModifiedTime);
        Assert.Equal(sourceModified, source.ModifiedTime);
        Assert.Equal(filterExecuted, filter.ExecuteTime);
        Assert.Equal(sourceExecuted, source.ExecuteTime);
    }

    [Fact]
    public void Changing_a_contour_value_re_executes_the_contour_only()
    {
        var session = new TestSession();
        TestProxy contour = AnchorPipelines.Build(session, "wavelet_32_contour_157", 16);
        ReferenceFigures.AssertMatches("wavelet_32_contour_157", session.Update(contour));
        Algorithm filter = session.Bind(contour);
        Algorithm wavelet = filter.GetInputConnection(0)!.Producer;
        (long waveletExecuted, long contourExecuted) = (wavelet.ExecuteTime, filter.ExecuteTime);

        contour.Set("ContourValues", 200.0);
        DataInformation changed = session.Update(contour);

        Assert.Equal(waveletExecuted, wavelet.ExecuteTime);
        Assert.True(filter.ExecuteTime > contourExecuted);
        Assert.NotEqual(7671, changed.NumberOfPoints);
        Assert.Equal((200.0, 200.0), Assert.Single(changed.PointArrays, a => a.Name == "RTData").Range(0));
    }

    [Fact]
    public void Changing_the_plane_of_a_slice_re_executes_the_slice_only()
    {
        var session = new TestSession();
        TestProxy slice = AnchorPipelines.Build(session, "wavelet_32_slice_z0", 16);
        session.Update(slice);
        Algorithm filter = session.Bind(slice);
        Algorithm wavelet = filter.GetInputConnection(0)!.Producer;
        long waveletExecuted = wavelet.ExecuteTime;
        long sliceModified = filter.ModifiedTime;

        slice.Entry("CutFunction", "Plane").Set("Normal", 1, 0, 0);
        DataInformation changed = session.Update(slice);

        Assert.True(filter.ModifiedTime > sliceModified);
        Assert.Equal(waveletExecuted, wavelet.ExecuteTime);
        Assert.Equal([0.0, 0.0, -16, 15, -16, 15], changed.Bounds.ToArray());
    }

    [Fact]
    public void A_slice_depends_on_the_plane_it_cuts_with()
    {
        var session = new TestSession();
        TestProxy slice = AnchorPipelines.Build(session, "wavelet_8_slice_z0", 4);

        Assert.Equal([slice.Entry("CutFunction", "Plane").GlobalId], AlgorithmBinder.ReferencedProxies(slice.Snapshot()));
        Assert.Equal([("Input", 0)], AlgorithmBinder.InputProperties(slice.Definition));
    }

    [Fact]
    public void Switching_the_clip_type_sets_or_clears_the_function()
    {
        var session = new TestSession();
        TestProxy clip = AnchorPipelines.Build(session, "wavelet_8_clip_x0", 4);
        var filter = (ClipFilter)session.Bind(clip);
        var plane = Assert.IsType<PlaneFunction>(filter.ClipFunction);
        Assert.Equal(new Vector3d(1, 0, 0), plane.Normal);

        clip.Set("ClipFunction", "Scalar").Set("SelectInputScalars", "POINTS", "RTData").Set("Value", 150);
        session.Bind(clip);
        Assert.Null(filter.ClipFunction);
        Assert.Equal("RTData", filter.ArrayName);
        Assert.Equal(150, filter.Value);

        clip.Set("ClipFunction", "Sphere");
        session.Bind(clip);
        Assert.IsType<SphereFunction>(filter.ClipFunction);
    }

    [Fact]
    public void Unsetting_slice_offsets_restores_the_single_cut_and_empty_offsets_cut_nothing()
    {
        var session = new TestSession();
        TestProxy slice = AnchorPipelines.Build(session, "wavelet_32_slice_z0", 16).Set("ContourValues", 5.0);
        Assert.Equal([5.0, 5.0], session.Update(slice).Bounds.ToArray()[4..]);

        slice.Values.Remove("ContourValues");
        ReferenceFigures.AssertMatches("wavelet_32_slice_z0", session.Update(slice));
        Assert.Equal([0.0], ((SliceFilter)session.Bind(slice)).ContourValues);

        // ParaView 5.11: setting SliceOffsetValues to [] leaves the slice empty.
        slice.Set("ContourValues");
        Assert.Equal(0, session.Update(slice).NumberOfPoints);
    }
}
