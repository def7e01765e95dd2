using OrleansPV.Client;
using OrleansPV.Cluster.Tests.DataService;
using OrleansPV.Cluster.Tests.Infrastructure;
using OrleansPV.Rendering.Encoding;
using OrleansPV.GrainInterfaces;

namespace OrleansPV.Cluster.Tests.RenderService;

/// <summary>Colouring through lookup-table proxies (ParaView's ColorBy, GetColorTransferFunction, RescaleTransferFunction).</summary>
[Collection(ClusterCollection.Name)]
public sealed class ColoringTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ColorBy_uses_the_sessions_lookup_table_for_the_array_and_matches_ParaView()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy view = ParaViewViews.Create(session, "contour157_rtdata");
        Proxy representation = session.Show(ComputeScalarsContour(session), view);

        representation.ColorBy("POINTS", "RTData");
        Frame frame = await view.RenderAsync();

        Proxy table = session.FindProxy("lookup_tables", "RTData.PVLookupTable")!;
        Assert.Same(table, representation.GetProperty("LookupTable").AsProxy());
        var (mad, ssim) = ParaViewViews.Compare(frame, "Contour157_matches_ParaView_surface");
        Assert.True(mad.R < 0.01 && mad.G < 0.01 && mad.B < 0.01 && ssim > 0.9999, $"MAD {mad}, SSIM {ssim:F4}");
    }

    [Fact]
    public async Task RescaleTransferFunction_moves_where_the_data_falls_in_the_table()
    {
        await using Connection connection = await fixture.ConnectAsync(1);
        Session session = await connection.CreateSessionAsync("ada");
        Proxy view = ParaViewViews.Create(session, "contour157_rtdata");
        Proxy representation = session.Show(ComputeScalarsContour(session), view);
        representation.ColorBy("POINTS", "RTData");
        Proxy table = session.GetColorTransferFunction("RTData");
        table.SetProperty("RGBPoints", 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0);
        table.SetProperty("ColorSpace", "RGB");

        // Every contour point has RTData 157: at the table's low end it is red, at its high end blue.
        table.RescaleTransferFunction(157, 1000);
        var (redWhenLow, blueWhenLow) = Dominance(ImageDecoder.Decode((await view.RenderAsync()).Bytes));
        table.RescaleTransferFunction(-1000, 157);
        var (redWhenHigh, blueWhenHigh) = Dominance(ImageDecoder.Decode((await view.RenderAsync()).Bytes));

        Assert.Equal(1.0, table.GetProperty("ScalarRangeInitialized").Value.Doubles[0]);
        Assert.True(redWhenLow > 0.95 && blueWhenLow < 0.01, $"low end: {redWhenLow:P1} red, {blueWhenLow:P1} blue");
        Assert.True(blueWhenHigh > 0.95 && redWhenHigh < 0.01, $"high end: {redWhenHigh:P1} red, {blueWhenHigh:P1} blue");
    }

    /// <summary>Of the pixels clearly not background, the fractions where red, or blue, dominates.</summary>
    private static (double Red, double Blue) Dominance(DecodedImage image)
    {
        int drawn = 0, red = 0, blue = 0;
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                var (r, g, b, _) = image.GetPixel(x, y);
                if (Math.Abs(r - 84) + Math.Abs(g - 89) + Math.Abs(b - 109) > 60)
                {
                    drawn++;
                    red += r > g + 30 && r > b + 30 ? 1 : 0;
                    blue += b > r + 30 && b > g + 30 ? 1 : 0;
                }
            }
        }

        Assert.True(drawn > 50_000, $"only {drawn} pixels drawn");
        return ((double)red / drawn, (double)blue / drawn);
    }

    [Fact]
    public async Task A_colour_space_the_renderer_does_not_draw_is_refused_by_name()
    {
        await using Connection connection = await fixture.ConnectAsync();
        Session session = await connection.CreateSessionAsync("ada");
        Proxy view = session.CreateProxy("views", "RenderView");
        Proxy representation = session.Show(ComputeScalarsContour(session), view);
        representation.ColorBy("POINTS", "RTData");
        Proxy table = session.GetColorTransferFunction("RTData");
        table.SetProperty("ColorSpace", "HSV");
        table.UpdateVTKObjects();

        RenderException error = await Assert.ThrowsAsync<RenderException>(() => view.RenderAsync());

        Assert.Contains($"PVLookupTable({table.GlobalId}).ColorSpace", error.Message, StringComparison.Ordinal);
        Assert.Contains("HSV", error.Message, StringComparison.Ordinal);
    }

    private static Proxy ComputeScalarsContour(Session session)
    {
        (_, Proxy contour) = PipelineUpdateTests.WaveletContour(session, halfWidth: 16, value: 157);
        contour.SetProperty("ComputeScalars", 1);
        contour.UpdateVTKObjects();
        return contour;
    }
}
