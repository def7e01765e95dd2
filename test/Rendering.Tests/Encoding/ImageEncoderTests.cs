using OrleansPV.Processing.DataModel;
using OrleansPV.Processing.Execution;
using OrleansPV.Processing.Sources;
using OrleansPV.Rendering.Encoding;
using OrleansPV.Rendering.Scenes;
using OrleansPV.Rendering.Tests.Comparison;
using Xunit;

namespace OrleansPV.Rendering.Tests.Encoding;

public class ImageEncoderTests
{
    private static RenderResult RenderSphere()
    {
        var sphere = (PolyData)Executive.Update(new SphereSource { ThetaResolution = 32, PhiResolution = 32 });
        var scene = new Scene(200, 150, new OrleansPV.Rendering.Cameras.Camera(), [new SceneObject(sphere, new DisplayProperties { Representation = Representation.SurfaceWithEdges })]);
        return new Renderer().Render(scene.WithResetCamera());
    }

    [Fact]
    public void Png_round_trips_every_pixel()
    {
        using RenderResult frame = RenderSphere();
        byte[] png = frame.EncodePng();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        DecodedImage decoded = ImageDecoder.Decode(png);
        Assert.Equal((200, 150), (decoded.Width, decoded.Height));
        Assert.True(frame.Rgba.SequenceEqual(decoded.Rgba));
    }

    [Fact]
    public void Jpeg_decodes_close_to_the_frame_and_lower_quality_is_smaller()
    {
        using RenderResult frame = RenderSphere();
        byte[] high = frame.EncodeJpeg(90), low = frame.EncodeJpeg(50);
        Assert.Equal(new byte[] { 0xFF, 0xD8 }, high[..2]);
        Assert.True(low.Length < high.Length, $"q50 {low.Length} bytes, q90 {high.Length} bytes");
        DecodedImage decoded = ImageDecoder.Decode(high);
        var mad = ImageMetrics.MeanAbsoluteDifference(frame.Rgba, decoded.Rgba, 200, 150);
        // Measured (1.12, 0.96, 6.64): 4:2:0 chroma subsampling smears the one-pixel dark-blue edges in blue.
        Assert.True(mad.R < 1.5 && mad.G < 1.5 && mad.B < 7, $"MAD {mad}");
    }

    [Fact]
    public void Encoding_rejects_a_buffer_too_small_for_the_size()
    {
        var error = Assert.Throws<ArgumentException>(() => ImageEncoder.EncodePng(new byte[10], 2, 2));
        Assert.Contains("cannot hold 2x2 RGBA pixels", error.Message, StringComparison.Ordinal);
    }
}
