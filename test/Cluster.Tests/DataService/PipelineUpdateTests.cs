using OrleansPV.Client;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Filters.Contour;
using OrleansPV.Processing.Sources;
using DataInformation = OrleansPV.GrainInterfaces.DataInformation;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.DataService;

[Collection(ClusterCollection.Name)]
public sealed class PipelineUpdateTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Wavelet_to_contour_reports_ParaViews_figures()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, Proxy contour) = WaveletContour(session, halfWidth: 16, value: 157);

        DataInformation waveletInfo = await wavelet.UpdatePipelineAsync();
        DataInformation contourInfo = await contour.UpdatePipelineAsync();

        ReferenceCases.AssertMatches("wavelet_32", waveletInfo);
        ReferenceCases.AssertMatches("wavelet_32_contour_157", contourInfo);
    }

    [Fact]
    public async Task Two_pipelines_of_one_session_update_independently()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy small) = WaveletContour(session, halfWidth: 16, value: 157);
        (_, Proxy large) = WaveletContour(session, halfWidth: 32, value: 157);

        DataInformation first = await small.UpdatePipelineAsync();
        DataInformation second = await large.UpdatePipelineAsync();
        large.SetProperty("ContourValues", 200.0);
        DataInformation changed = await large.UpdatePipelineAsync();
        DataInformation again = await small.UpdatePipelineAsync();

        ReferenceCases.AssertMatches("wavelet_32_contour_157", first);
        ReferenceCases.AssertMatches("wavelet_64_contour_157", second);
        Assert.NotEqual(second.NumberOfPoints, changed.NumberOfPoints);
        ReferenceCases.AssertMatches("wavelet_32_contour_157", again);
    }

    [Fact]
    public async Task Moving_the_slice_plane_re_executes_the_slice_with_the_new_plane()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, _) = WaveletContour(session, halfWidth: 16, value: 157);
        Proxy slice = session.CreateProxy("filters", "Cut");
        slice.SetInput("Input", wavelet);
        Proxy plane = slice.GetProperty("CutFunction").AsProxy()!;
        plane.SetProperty("Normal", 0.0, 0.0, 1.0);

        DataInformation horizontal = await slice.UpdatePipelineAsync();
        plane.SetProperty("Normal", 1.0, 0.0, 0.0);
        plane.UpdateVTKObjects();
        DataInformation vertical = await slice.UpdatePipelineAsync();

        ReferenceCases.AssertMatches("wavelet_32_slice_z0", horizontal);
        Assert.Equal([0.0, 0.0, -16.0, 15.0, -16.0, 15.0], vertical.Bounds);
    }

    [Fact]
    public async Task Fetched_data_equals_what_the_server_computed()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = WaveletContour(session, halfWidth: 16, value: 157);

        DataObject fetched = await contour.FetchDataAsync();

        var localWavelet = new WaveletSource { WholeExtent = new Extent(-16, 15, -16, 15, -16, 15) };
        var localContour = new ContourFilter { ContourValues = [157.0], SelectInputScalars = "RTData", ComputeNormals = true, ComputeScalars = true };
        localContour.SetInputConnection(localWavelet);
        var expected = (PolyData)Executive.Update(localContour);
        var actual = Assert.IsType<PolyData>(fetched.ToDataSet());
        Assert.Equal(((DataArray<float>)expected.Points).ReadOnlyValues.ToArray(), ((DataArray<float>)actual.Points).ReadOnlyValues.ToArray());
        Assert.Equal(expected.Polys.Connectivity.ToArray(), actual.Polys.Connectivity.ToArray());
        Assert.Equal(expected.PointData.Select(a => a.Name).Order(), actual.PointData.Select(a => a.Name).Order());
        foreach (DataArray array in expected.PointData)
        {
            Assert.Equal(((DataArray<float>)array).ReadOnlyValues.ToArray(), ((DataArray<float>)actual.PointData.Get(array.Name)!).ReadOnlyValues.ToArray());
        }
    }

    [Fact]
    public async Task An_algorithm_error_names_proxy_and_algorithm_and_the_next_update_succeeds()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (Proxy wavelet, Proxy contour) = WaveletContour(session, halfWidth: 16, value: 157);
        Proxy calculator = session.CreateProxy("filters", "Calculator");
        calculator.SetInput("Input", wavelet);
        calculator.SetProperty("Function", "RTData*)");
        session.RegisterProxy("sources", "Calculator1", calculator);

        PipelineException error = await Assert.ThrowsAsync<PipelineException>(() => calculator.UpdatePipelineAsync());
        ReferenceCases.AssertMatches("wavelet_32_contour_157", await contour.UpdatePipelineAsync());
        calculator.SetProperty("Function", "RTData*2+coordsX");
        calculator.SetProperty("ResultArrayName", "Result");
        DataInformation fixedInfo = await calculator.UpdatePipelineAsync();

        Assert.Contains("Calculator", error.Message, StringComparison.Ordinal);
        Assert.Contains("position 7", error.Message, StringComparison.Ordinal);
        ReferenceCases.AssertMatches("wavelet_32_calc", fixedInfo);
    }

    [Fact]
    public async Task Contouring_an_array_the_input_lacks_fails_naming_the_array()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        (_, Proxy contour) = WaveletContour(session, halfWidth: 8, value: 157);
        contour.SetProperty("ContourBy", "POINTS", "Pressure");

        PipelineException error = await Assert.ThrowsAsync<PipelineException>(() => contour.UpdatePipelineAsync());

        Assert.Contains("Pressure", error.Message, StringComparison.Ordinal);
        Assert.Contains("Contour", error.Message, StringComparison.Ordinal);
    }

    internal static (Proxy Wavelet, Proxy Contour) WaveletContour(Session session, int halfWidth, double value)
    {
        Proxy wavelet = session.CreateProxy("sources", "RTAnalyticSource");
        wavelet.SetProperty("WholeExtent", -halfWidth, halfWidth - 1, -halfWidth, halfWidth - 1, -halfWidth, halfWidth - 1);
        Proxy contour = session.CreateProxy("filters", "Contour");
        contour.SetInput("Input", wavelet);
        contour.SetProperty("ContourBy", "POINTS", "RTData");
        contour.SetProperty("ContourValues", value);
        wavelet.UpdateVTKObjects();
        contour.UpdateVTKObjects();
        return (wavelet, contour);
    }
}
